package org.stance4j.benchmarks.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.datasets.DatasetWriter;
import org.stance4j.datasets.Split;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peer baselines (the scikit-learn SVM and fastText scripts in the shared peers folder) on
 * exactly the split stance4j is scored on: the split is written in the project's CSV format and each
 * script prints one JSON object of scores.
 */
public final class Peers {
    public static final String INSTALL_HINT = "the peers need Debian's python3-sklearn and fasttext: apt-get install -y python3-sklearn fasttext";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The longest a peer may take on one split before it is stopped. */
    static final Duration TIMEOUT = Duration.ofHours(2);

    private final Path dir;
    private final Duration timeout;

    public Peers(Path dir) {
        this(dir, TIMEOUT);
    }

    Peers(Path dir, Duration timeout) {
        this.dir = dir.toAbsolutePath();
        this.timeout = timeout;
    }

    /** Why the peers cannot run here, or null when they can. */
    public String problem() {
        if (!Files.isRegularFile(dir.resolve("svm.py")) || !Files.isRegularFile(dir.resolve("fasttext.sh"))) {
            return "no peer scripts in " + dir + " (expected svm.py and fasttext.sh)";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/python3")) || !onPath("fasttext")) {
            return INSTALL_HINT;
        }
        return null;
    }

    /** @param perEvent run the SVM with one model per event, as the SemEval-2016 organisers did */
    List<Scores> run(Split split, boolean perEvent, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path train = work.resolve("train.csv");
        Path test = work.resolve("test.csv");
        write(split.train(), train);
        write(split.test(), test);
        List<Scores> scores = new ArrayList<>();
        List<String> svm = new ArrayList<>(List.of("/usr/bin/python3", dir.resolve("svm.py").toString(), train.toString(), test.toString()));
        if (perEvent) {
            svm.add("--per-event");
        }
        scores.add(parse(this.execute(svm, work)));
        scores.add(parse(this.execute(List.of("bash", dir.resolve("fasttext.sh").toString(), train.toString(), test.toString()), work)));
        return scores;
    }

    private static void write(List<org.stance4j.datasets.LabeledStatement> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DatasetWriter.write(rows, w);
        }
    }

    /**
     * Runs a peer with its output going to a file, so that waiting is bounded by the timeout (reading
     * a pipe to its end would wait for as long as the peer runs, and the timeout could never fire).
     */
    String execute(List<String> command, Path work) throws IOException, InterruptedException {
        Path output = work.resolve("peer-output.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(output.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " timed out after " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + ")");
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static Scores parse(String output) throws IOException {
        String line = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("a peer printed no JSON: " + output));
        JsonNode j = JSON.readTree(line);
        return new Scores(j.get("peer").asText(), j.get("examples").asLong(), j.get("accuracy").asDouble(),
                j.get("macro_f1").asDouble(), j.get("f_avg").asDouble(), j.get("train_s").asDouble(), j.get("predict_per_s").asDouble());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}

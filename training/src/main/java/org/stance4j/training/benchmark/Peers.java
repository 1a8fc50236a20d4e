package org.stance4j.training.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.datasets.DatasetWriter;
import org.stance4j.datasets.Split;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Path dir;

    public Peers(Path dir) {
        this.dir = dir.toAbsolutePath();
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
        scores.add(parse(execute(svm, work)));
        scores.add(parse(execute(List.of("bash", dir.resolve("fasttext.sh").toString(), train.toString(), test.toString()), work)));
        return scores;
    }

    private static void write(List<org.stance4j.datasets.LabeledStatement> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DatasetWriter.write(rows, w);
        }
    }

    private static String execute(List<String> command, Path work) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + ")");
        }
        return out;
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

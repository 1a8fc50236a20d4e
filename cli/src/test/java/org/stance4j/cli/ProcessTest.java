package org.stance4j.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.DatasetWriter;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.training.TinyTraining;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a separate process: Ctrl-C during training, and prediction in constant memory. */
class ProcessTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void writeData() throws Exception {
        data = dir.resolve("data.csv");
        try (Writer w = Files.newBufferedWriter(data)) {
            DatasetWriter.write(TinyTraining.statements(1200), w);
        }
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /**
     * Ctrl-C once the first epoch is reported. On a loaded machine the run can end before the signal
     * arrives, which proves nothing either way, so the run is repeated on more data (longer epochs) up
     * to three times; only if every run outruns its signal is the test abandoned rather than failed.
     */
    @Test
    void ctrlCDuringTrainingKeepsTheBestModelAndResumeFinishesIt() throws Exception {
        Assumptions.assumeTrue(interruptsReachThisProcess(), "SIGINT is ignored in this process, and so in the processes it starts "
                + "(a non-interactive shell ignores it in what it runs in the background): Ctrl-C cannot be tested here");
        for (int attempt = 1; attempt <= 3; attempt++) {
            Path attemptData = dir.resolve("ctrl-c-" + attempt + ".csv");
            try (Writer w = Files.newBufferedWriter(attemptData)) {
                DatasetWriter.write(TinyTraining.statements(1200 << (attempt - 1)), w);
            }
            Path model = dir.resolve("stopped-" + attempt + ".zip");
            String out = trainAndInterrupt(attemptData, model);
            if (out.contains("interrupted: the model holds the best epoch so far")) {
                checkKeptAndResumed(attemptData, model);
                return;
            }
            assertTrue(out.contains("saved the model"), "the run that outran its signal still ended well: " + out);
        }
        Assumptions.abort("training ended before Ctrl-C reached it, three times: the machine is too loaded to test this");
    }

    /**
     * Whether SIGINT can be caught here: in a process that inherits it ignored, HotSpot leaves it ignored
     * (and says so by returning SIG_IGN as the handler that was there), and so will the training process
     * this test starts. A handler that was installed is replaced by the one that was there.
     */
    private static boolean interruptsReachThisProcess() {
        try {
            sun.misc.Signal signal = new sun.misc.Signal("INT");
            sun.misc.SignalHandler previous = sun.misc.Signal.handle(signal, s -> { });
            sun.misc.Signal.handle(signal, previous);
            return previous != sun.misc.SignalHandler.SIG_IGN;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Trains in a process of its own, sends SIGINT when the first epoch is reported, and returns its standard output. */
    private static String trainAndInterrupt(Path trainingData, Path model) throws Exception {
        Process p = start("-Xmx1g", Stance4j.class.getName(), "train", "--data", trainingData.toString(), "--epochs", "200",
                "--out", model.toString(), "--no-progress");
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.contains("epoch 1/200")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                    break;
                }
            }
            err.transferTo(Writer.nullWriter());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static void checkKeptAndResumed(Path trainingData, Path model) throws Exception {
        try (StanceClassifier saved = StanceClassifier.load(model)) {
            assertTrue(saved.info().devMetrics().get("macro_f1") > 0);
        }
        Path checkpoint = Path.of(model + ".checkpoint");
        assertTrue(Files.exists(checkpoint), "the checkpoint stays for --resume");

        StringWriter sout = new StringWriter();
        StringWriter serr = new StringWriter();
        int code = Stance4j.run(new String[] {"train", "--data", trainingData.toString(), "--epochs", "200", "--out", model.toString(),
                "--no-progress", "--resume"}, new PrintWriter(sout, true), new PrintWriter(serr, true));
        assertEquals(0, code, serr.toString());
        assertFalse(sout.toString().contains("interrupted"), sout + "\n" + serr);
        assertFalse(Files.exists(checkpoint), "a finished run removes its checkpoint: " + sout + serr);
    }

    @Test
    void predictStreamsAnInputLargerThanItsHeap() throws Exception {
        Path model = dir.resolve("small.zip");
        StringWriter err = new StringWriter();
        assertEquals(0, Stance4j.run(new String[] {"train", "--data", data.toString(), "--epochs", "1", "--holdout", "0",
                "--out", model.toString(), "--no-progress"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        Path input = dir.resolve("large.csv");
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            w.write("id,text\n");
            while (rows < 400_000) {
                w.write(rows + ",\"Statement number " + rows + " says the ruling is a fair and welcome step, officials said on Tuesday,"
                        + " adding that the court had weighed every argument put to it by both sides\"\n");
                rows++;
            }
        }
        long size = Files.size(input);
        assertTrue(size > 64L << 20, "input of " + size + " bytes");
        Path output = dir.resolve("large-out.csv");
        Process p = start("-Xmx64m", Stance4j.class.getName(), "predict", "--model", model.toString(), "--event", "Court upholds ban",
                "--input", input.toString(), "--output", output.toString(), "--no-progress");
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), stderr);
        try (var lines = Files.lines(output)) {
            assertEquals(rows + 1, lines.count());
        }
    }
}

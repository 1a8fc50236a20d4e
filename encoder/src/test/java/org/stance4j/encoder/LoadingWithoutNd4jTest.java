package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.bundle.TrainingRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading an encoder bundle and scoring with it loads no class of ND4J or JavaCPP: checked in a JVM of
 * its own (this one has ND4J started by the other tests), which logs every class it loads.
 */
class LoadingWithoutNd4jTest {
    @TempDir
    Path dir;

    @Test
    void aBundleIsLoadedAndScoredWithoutLoadingNd4j() throws Exception {
        EncoderModel model = EncoderModel.untrained(TinyEncoders.BASE, TinyEncoders.settings(1, 1));
        Path bundle = dir.resolve("tiny.zip");
        EncoderBundle.write(bundle, model, new TrainingRecord(1, Map.of("recipe", "encoder"), List.of(), 0, 0, "none", 1.0),
                Map.of(), false);
        Path log = dir.resolve("classes.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), bundle.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("predicted "), output);
        List<String> loaded = java.nio.file.Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" ai.onnxruntime.OrtSession ")), "no ONNX Runtime in the log");
        List<String> native4j = loaded.stream().filter(l -> l.contains(" org.nd4j.") || l.contains(" org.bytedeco.")).toList();
        assertTrue(native4j.isEmpty(), "ND4J or JavaCPP classes loaded: " + native4j.stream().limit(5).toList());
    }

    /** Loads the bundle named by the argument as users do, and scores one pair. */
    static final class Child {
        public static void main(String[] args) throws IOException, org.stance4j.model.InvalidBundleException {
            try (StanceClassifier classifier = StanceClassifier.load(Path.of(args[0]))) {
                System.out.println("predicted " + classifier.predict("the city raises bus fares", "great news").stance());
            }
        }
    }
}

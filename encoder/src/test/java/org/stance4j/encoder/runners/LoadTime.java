package org.stance4j.encoder.runners;

import org.stance4j.encoder.EncoderModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.StanceInput;
import org.stance4j.nd4j.NativeBackend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The time from an encoder bundle to its first prediction, in a JVM of its own so that nothing is
 * loaded or compiled yet: {@code ort} loads it as users do ({@link StanceClassifier}, ONNX Runtime),
 * {@code nd4j} reads its entries into {@link EncoderModel} and scores with ND4J.
 */
public final class LoadTime {
    private LoadTime() {
    }

    /** Runs this class in a new JVM and returns the line it prints. */
    static String inNewJvm(String kind, Path bundle) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dorg.bytedeco.javacpp.maxbytes=3g", "-cp", System.getProperty("java.class.path"),
                LoadTime.class.getName(), kind, bundle.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        return output.lines().filter(l -> l.startsWith("load ")).findFirst().orElse("load " + kind + " failed: " + output);
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        StanceInput input = new StanceInput("Atheism", "Faith gives people hope every day, and that is worth a lot");
        String stance;
        if (args[0].equals("ort")) {
            try (StanceClassifier classifier = StanceClassifier.load(Path.of(args[1]))) {
                stance = classifier.predict(input).stance().label();
            }
        } else {
            NativeBackend.select();
            stance = EncoderModel.fromEntries(entries(Path.of(args[1]))).predict(List.of(input)).get(0).stance().label();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        System.out.printf("load %s: bundle to first prediction (%s) %.2f s, %.2f s since the JVM started; %s%n", args[0],
                stance, seconds, sinceJvmStart, ProcessMemory.describe());
    }

    private static Map<String, byte[]> entries(Path bundle) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("encoder")) {
                    entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        }
        return entries;
    }
}

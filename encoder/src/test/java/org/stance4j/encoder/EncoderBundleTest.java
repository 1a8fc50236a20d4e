package org.stance4j.encoder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.ModelBundle;
import org.stance4j.model.bundle.TrainingRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An encoder model as a bundle: written with the common manifest, read back by the kind the reader finds. */
class EncoderBundleTest {
    @TempDir
    static Path dir;
    static EncoderModel model;
    static Path bundle;
    static final List<StanceInput> INPUTS = TinyEncoders.examples().stream().map(LabeledStatement::input).toList();

    @BeforeAll
    static void write() throws Exception {
        model = EncoderModel.train(TinyEncoders.BASE, TinyEncoders.settings(3, 1), TinyEncoders.examples(), TrainingListener.NONE);
        bundle = dir.resolve("encoder.zip");
        EncoderBundle.write(bundle, model, new TrainingRecord(3, Map.of("recipe", "encoder"), List.of(), 1, 1, "all 1 epochs", 1.0),
                Map.of("macro_f1", 0.5), false);
    }

    @Test
    void theBundleReaderServesAnEncoderBundleThroughItsKind() throws Exception {
        ModelBundle read = BundleReader.read(bundle);
        ModelInfo info = read.info();
        assertEquals("encoder", info.kind());
        assertEquals("3.0", info.formatVersion());
        // served by ONNX Runtime: the same function, so the same probabilities but for rounding
        List<org.stance4j.model.Prediction> served = read.scorer().score(INPUTS);
        List<org.stance4j.model.Prediction> expected = model.predict(INPUTS);
        for (int i = 0; i < INPUTS.size(); i++) {
            for (org.stance4j.model.Stance stance : org.stance4j.model.Stance.values()) {
                assertEquals(expected.get(i).probability(stance), served.get(i).probability(stance), OrtEncoderTest.TOLERANCE);
            }
        }
        read.scorer().close();
        String manifest = new String(entries(bundle).get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"base\" : \"random\""), manifest);
    }

    @Test
    void anEntryThatIsNotTheEncodersIsRejected() throws Exception {
        Map<String, byte[]> entries = entries(bundle);
        entries.put("notes.txt", new byte[] {1});
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(zip(entries), "extra.zip"));
        assertTrue(e.getMessage().contains("unexpected entry 'notes.txt'"), e.getMessage());
    }

    @Test
    void damagedWeightsAreRejectedWithTheBundlesName() throws Exception {
        Map<String, byte[]> entries = entries(bundle);
        byte[] weights = entries.get(EncoderModel.WEIGHTS_ENTRY);
        entries.put(EncoderModel.WEIGHTS_ENTRY, java.util.Arrays.copyOf(weights, weights.length / 2));
        // the manifest's hash now disagrees: the reader says so before the kind sees the bytes
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(zip(entries), "half.zip"));
        assertTrue(e.getMessage().startsWith("half.zip: "), e.getMessage());
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

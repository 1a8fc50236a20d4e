package org.stance4j.model.bundle;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a model bundle: one zip with {@code manifest.json} first, then the network in DL4J's own
 * formats, the configuration from {@code ComputationGraphConfiguration.toJson()} and the weights
 * from {@code Nd4j.write} (the two entries DL4J's ModelSerializer writes; no updater state). The
 * manifest holds the SHA-256 of each. Written atomically (see {@link AtomicFile}).
 */
public final class BundleWriter {
    private BundleWriter() {
    }

    public static void write(Path target, Manifest manifest, ComputationGraph network) throws IOException {
        byte[] configuration = network.getConfiguration().toJson().getBytes(StandardCharsets.UTF_8);
        byte[] coefficients = coefficients(network.params());
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(BundleEntries.CONFIGURATION, Sha256.of(configuration));
        hashes.put(BundleEntries.COEFFICIENTS, Sha256.of(coefficients));
        byte[] manifestJson = BundleJson.mapper().writeValueAsBytes(manifest.withEntries(hashes));
        AtomicFile.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, BundleEntries.MANIFEST, manifestJson);
                put(zip, BundleEntries.CONFIGURATION, configuration);
                put(zip, BundleEntries.COEFFICIENTS, coefficients);
            }
        });
    }

    static byte[] coefficients(INDArray params) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, params.length() * 4 + 256));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Nd4j.write(params, out);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // a fixed time, so that the same model gives the same bytes
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}

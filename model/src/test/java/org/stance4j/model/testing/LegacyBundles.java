package org.stance4j.model.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stance4j.model.bundle.BundleJson;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.Sha256;
import org.stance4j.model.bundle.ZipEntries;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bundles as formats 1 and 2 wrote them: no kind, a DL4J configuration entry, and the weights in
 * Nd4j.write's layout (shape buffer, then data buffer, big-endian). Written here byte by byte,
 * without ND4J, as the real fixtures in the inference module were written by ND4J itself.
 */
public final class LegacyBundles {
    private LegacyBundles() {
    }

    public static void write(Path file, Manifest manifest, float[] parameters, String formatVersion) throws IOException {
        byte[] configuration = "{\"note\":\"DL4J configuration, not read\"}".getBytes(StandardCharsets.UTF_8);
        byte[] coefficients = nd4jWrite(parameters);
        ObjectNode tree = BundleJson.mapper().valueToTree(manifest);
        tree.put("formatVersion", formatVersion);
        tree.remove("kind");
        if (formatVersion.startsWith("1.")) {
            ((ObjectNode) tree.get("features")).remove("charCrossing");
        }
        ObjectNode entries = tree.putObject("entries");
        entries.put("network/configuration.json", Sha256.of(configuration));
        entries.put("network/coefficients.bin", Sha256.of(coefficients));
        Map<String, byte[]> zipEntries = new LinkedHashMap<>();
        zipEntries.put("manifest.json", BundleJson.mapper().writeValueAsBytes(tree));
        zipEntries.put("network/configuration.json", configuration);
        zipEntries.put("network/coefficients.bin", coefficients);
        ZipEntries.write(Files.newOutputStream(file), zipEntries);
    }

    /** A [1, n] float array as Nd4j.write lays it out. */
    static byte[] nd4jWrite(float[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            long[] shapeInfo = {2, 1, values.length, values.length, 1, 0, 1, 99};
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(shapeInfo.length);
            out.writeUTF("LONG");
            for (long v : shapeInfo) {
                out.writeLong(v);
            }
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(values.length);
            out.writeUTF("FLOAT");
            for (float v : values) {
                out.writeFloat(v);
            }
        }
        return bytes.toByteArray();
    }
}

package org.stance4j.model.bundle;

import org.stance4j.model.kind.NgramKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a model bundle: one zip with {@code manifest.json} first, then the kind's entries in the
 * order given, the manifest holding the SHA-256 of each. Written atomically (see {@link AtomicFile}),
 * and with fixed entry times, so the same model gives the same bytes.
 */
public final class BundleWriter {
    private BundleWriter() {
    }

    /** An n-gram model: its flat weight vector in {@link org.stance4j.model.network.NetworkLayout}'s order. */
    public static void writeNgram(Path target, Manifest manifest, float[] parameters) throws IOException {
        write(target, manifest, Map.of(NgramKind.PARAMETERS, NgramKind.encode(parameters)));
    }

    /** A model of any kind: the manifest, then {@code entries} (name to content) in their iteration order. */
    public static void write(Path target, Manifest manifest, Map<String, byte[]> entries) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        entries.forEach((name, content) -> hashes.put(name, Sha256.of(content)));
        byte[] manifestJson = BundleJson.mapper().writeValueAsBytes(manifest.withEntries(hashes));
        AtomicFile.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, BundleEntries.MANIFEST, manifestJson);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(zip, entry.getKey(), entry.getValue());
                }
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}

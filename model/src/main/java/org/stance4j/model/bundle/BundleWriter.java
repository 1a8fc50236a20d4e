package org.stance4j.model.bundle;

import org.stance4j.model.kind.NgramKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;

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
        write(target, manifest, Map.of(NgramKind.PARAMETERS, NgramKind.encode(parameters, manifest)));
    }

    /** A model of any kind: the manifest, then {@code entries} (name to content) in their iteration order. */
    public static void write(Path target, Manifest manifest, Map<String, byte[]> entries) throws IOException {
        if (entries.containsKey(BundleEntries.MANIFEST)) {
            // in one map the kind's entry would silently replace the manifest; a zip with the name
            // twice is what ZipOutputStream refuses, with this exception
            throw new ZipException("duplicate entry: " + BundleEntries.MANIFEST);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        entries.forEach((name, content) -> hashes.put(name, Sha256.of(content)));
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(BundleEntries.MANIFEST, BundleJson.mapper().writeValueAsBytes(manifest.withEntries(hashes)));
        all.putAll(entries);
        AtomicFile.write(target, out -> ZipEntries.write(out, all));
    }
}

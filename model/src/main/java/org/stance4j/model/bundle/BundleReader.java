package org.stance4j.model.bundle;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Stance;
import org.stance4j.model.kind.ModelKind;
import org.stance4j.model.kind.ModelKinds;
import org.stance4j.model.kind.Scorer;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads and checks a model bundle, trusting nothing in it: the zip must be complete, the manifest
 * first and of a format version this code reads, its labels the three stances, its kind one this
 * class path has, every entry one that kind knows and within the size limit the kind gives
 * (checked while inflating, so a zip bomb stops early), and every entry's SHA-256 must match the
 * manifest; the kind then checks its own settings and shapes. Nothing is written to disk and
 * nothing is deserialised as a Java object.
 */
public final class BundleReader {
    static final long MAX_BUNDLE_BYTES = 4L << 30;
    static final int MAX_MANIFEST_BYTES = 1 << 20;
    /** The end-of-central-directory record: its signature and the longest it can be (with a comment). */
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int EOCD_MAX = 22 + 0xFFFF;

    private BundleReader() {
    }

    public static ModelBundle read(Path file) throws InvalidBundleException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidBundleException(name + ": is a directory, not a model bundle");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidBundleException(name + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidBundleException(name + ": the file is empty, not a model bundle");
            }
            if (size > MAX_BUNDLE_BYTES) {
                throw new InvalidBundleException(name + ": " + size + " bytes is larger than any model bundle ("
                        + MAX_BUNDLE_BYTES + " at most)");
            }
            if (!hasEndRecord(file, size)) {
                throw new InvalidBundleException(name + ": not a complete zip file (truncated, or not a model bundle)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (IOException e) {
            throw new InvalidBundleException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a bundle held in memory, e.g. a class-path resource; {@code name} appears in messages. */
    public static ModelBundle read(byte[] bytes, String name) throws InvalidBundleException {
        if (!hasEndRecord(bytes)) {
            throw new InvalidBundleException(name + ": not a complete zip file (truncated, or not a model bundle)");
        }
        try {
            return read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new InvalidBundleException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static ModelBundle read(InputStream in, String name) throws IOException, InvalidBundleException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new InvalidBundleException(name + ": not a zip file, or an empty one");
            }
            if (!BundleEntries.MANIFEST.equals(first.getName())) {
                throw new InvalidBundleException(name + ": the first entry is '" + first.getName() + "', expected "
                        + BundleEntries.MANIFEST);
            }
            Manifest manifest = parseManifest(readEntry(zip, name, BundleEntries.MANIFEST, MAX_MANIFEST_BYTES), name);
            checkLabels(manifest, name);
            ModelKind kind = ModelKinds.find(manifest.kindName()).orElseThrow(() -> new InvalidBundleException(name
                    + ": a model of kind '" + manifest.kindName() + "', which this class path cannot load (it loads: "
                    + ModelKinds.names() + "); add the module of that kind"));
            kind.prepare(manifest);
            Map<String, byte[]> entries = new HashMap<>();
            Set<String> seen = new HashSet<>(Set.of(BundleEntries.MANIFEST));
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String entry = e.getName();
                checkEntryName(entry, name);
                long limit = kind.maxEntryBytes(entry, manifest);
                if (limit < 0) {
                    throw new InvalidBundleException(name + ": unexpected entry '" + entry + "'");
                }
                if (!seen.add(entry)) {
                    throw new InvalidBundleException(name + ": the entry '" + entry + "' appears twice");
                }
                entries.put(entry, readEntry(zip, name, entry, limit));
            }
            for (String expected : manifest.entries().keySet()) {
                if (!entries.containsKey(expected)) {
                    throw new InvalidBundleException(name + ": the entry '" + expected + "' is missing");
                }
            }
            for (String entry : entries.keySet()) {
                if (!manifest.entries().containsKey(entry)) {
                    throw new InvalidBundleException(name + ": the entry '" + entry + "' has no SHA-256 in the manifest");
                }
            }
            // Hashing the entries takes about as long as the kind takes to decode them (both about
            // 40 ms for the default model in a fresh JVM), so the two run at once. A bundle whose
            // hashes do not match is refused with that message, whatever the kind made of it.
            FutureTask<String> hashing = new FutureTask<>(() -> firstMismatch(manifest, entries));
            Thread hasher = new Thread(hashing, "stance4j-bundle-hashing");
            hasher.setDaemon(true);
            hasher.start();
            Scorer scorer;
            try {
                scorer = openScorer(kind, manifest, entries, name);
            } catch (InvalidBundleException | RuntimeException e) {
                requireHashesMatch(hashing, name);
                throw e;
            }
            requireHashesMatch(hashing, name);
            return new ModelBundle(manifest, scorer);
        } catch (ZipException | EOFException e) {
            throw new InvalidBundleException(name + ": damaged zip file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            // java.util.zip reports an entry name that is not valid UTF-8 this way
            throw new InvalidBundleException(name + ": damaged zip file (" + e.getMessage() + ")", e);
        }
    }

    /** The first entry whose SHA-256 is not the manifest's, or null. */
    private static String firstMismatch(Manifest manifest, Map<String, byte[]> entries) {
        for (Map.Entry<String, String> expected : manifest.entries().entrySet()) {
            if (!Sha256.of(entries.get(expected.getKey())).equals(expected.getValue())) {
                return expected.getKey();
            }
        }
        return null;
    }

    private static void requireHashesMatch(FutureTask<String> hashing, String name) throws InvalidBundleException {
        String mismatch;
        try {
            mismatch = hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidBundleException(name + ": interrupted while checking the entries' SHA-256", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing the entries failed", e.getCause());
        }
        if (mismatch != null) {
            throw new InvalidBundleException(name + ": the entry '" + mismatch
                    + "' does not match its SHA-256 in the manifest (the bundle was modified or damaged)");
        }
    }

    /** A kind's own checks may still meet settings that no model can have; that is a bad bundle too. */
    private static Scorer openScorer(ModelKind kind, Manifest manifest, Map<String, byte[]> entries, String name)
            throws InvalidBundleException {
        try {
            return kind.open(manifest, entries, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidBundleException(name + ": " + e.getMessage(), e);
        }
    }

    private static Manifest parseManifest(byte[] json, String name) throws InvalidBundleException {
        Manifest manifest = ManifestJson.read(json, name);
        if (manifest == null || !Manifest.FORMAT.equals(manifest.format())) {
            throw new InvalidBundleException(name + ": not a stance4j model bundle (format '"
                    + (manifest == null ? null : manifest.format()) + "')");
        }
        int major = Manifest.majorVersion(manifest.formatVersion());
        if (major < 0) {
            throw new InvalidBundleException(name + ": the manifest's formatVersion '" + manifest.formatVersion()
                    + "' is not MAJOR.MINOR");
        }
        if (major > Manifest.MAJOR_VERSION) {
            throw new InvalidBundleException(name + ": made by a newer stance4j (bundle format " + manifest.formatVersion()
                    + "); this version reads formats " + Manifest.OLDEST_MAJOR_VERSION + ".x to " + Manifest.MAJOR_VERSION
                    + ".x, so upgrade stance4j to use it");
        }
        if (major < Manifest.OLDEST_MAJOR_VERSION) {
            throw new InvalidBundleException(name + ": bundle format " + manifest.formatVersion() + " is no longer supported");
        }
        if (manifest.training() == null || manifest.entries() == null) {
            throw new InvalidBundleException(name + ": the manifest lacks training or entries");
        }
        return manifest;
    }

    /**
     * Every stance4j model predicts all three stances; a bundle that lists fewer (or others) would
     * load and then fail on every prediction, so it is refused here.
     */
    private static void checkLabels(Manifest manifest, String name) throws InvalidBundleException {
        List<String> labels = manifest.labels();
        List<Stance> order = new ArrayList<>();
        for (String label : labels == null ? List.<String>of() : labels) {
            Optional<Stance> stance = Stance.fromLabel(label);
            if (stance.isEmpty() || order.contains(stance.get())) {
                break;
            }
            order.add(stance.get());
        }
        if (labels == null || order.size() != Stance.values().length || labels.size() != order.size()) {
            throw new InvalidBundleException(name + ": the manifest's labels " + labels
                    + " must be the three stances (supportive, condemning, neutral), each once");
        }
    }

    /** Zip-slip and stray entries: only the known names, never a path that climbs or starts at the root. */
    private static void checkEntryName(String entry, String name) throws InvalidBundleException {
        if (entry.contains("..") || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")) {
            throw new InvalidBundleException(name + ": unsafe entry name '" + entry + "' (a path outside the bundle)");
        }
    }

    /**
     * Reads one entry, stopping as soon as it inflates past {@code limit} bytes. The buffer grows as
     * the entry inflates, so a lying size costs nothing until the bytes really arrive.
     */
    private static byte[] readEntry(ZipInputStream zip, String name, String entry, long limit)
            throws IOException, InvalidBundleException {
        byte[] buf = new byte[(int) Math.min(limit + 1, 1 << 16)];
        int total = 0;
        for (int n; (n = zip.read(buf, total, buf.length - total)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new InvalidBundleException(name + ": the entry '" + entry + "' inflates to more than " + limit
                        + " bytes, more than this model can need (a damaged or malicious bundle)");
            }
            if (total == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(limit + 1, 2L * buf.length));
            }
        }
        return total == buf.length ? buf : java.util.Arrays.copyOf(buf, total);
    }

    private static boolean hasEndRecord(Path file, long size) throws IOException {
        int tail = (int) Math.min(size, EOCD_MAX);
        byte[] bytes = new byte[tail];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - tail);
            raf.readFully(bytes);
        }
        return findEndRecord(bytes, 0, bytes.length);
    }

    private static boolean hasEndRecord(byte[] bytes) {
        int tail = Math.min(bytes.length, EOCD_MAX);
        return findEndRecord(bytes, bytes.length - tail, bytes.length);
    }

    private static boolean findEndRecord(byte[] b, int from, int to) {
        for (int i = to - 22; i >= from; i--) {
            int sig = (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
            if (sig == EOCD_SIGNATURE) {
                int commentLength = (b[i + 20] & 0xFF) | (b[i + 21] & 0xFF) << 8;
                if (i + 22 + commentLength == to) {
                    return true;
                }
            }
        }
        return false;
    }
}

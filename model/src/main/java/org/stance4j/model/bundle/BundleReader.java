package org.stance4j.model.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Stance;
import org.stance4j.model.network.NativeBackend;
import org.stance4j.model.network.NetworkFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads and checks a model bundle, trusting nothing in it: the zip must be complete, the manifest
 * first and of a format version this code reads, every entry one of the known names and within a
 * size limit (checked while inflating, so a zip bomb stops early), every entry's SHA-256 must match
 * the manifest, and the weights must have exactly the shape the manifest describes. Nothing is
 * written to disk and nothing is deserialised as a Java object.
 */
public final class BundleReader {
    static final long MAX_BUNDLE_BYTES = 4L << 30;
    static final int MAX_MANIFEST_BYTES = 1 << 20;
    static final int MAX_CONFIGURATION_BYTES = 16 << 20;
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
            List<Stance> outputOrder = outputOrder(manifest, name);
            long parameterCount = NetworkFactory.parameterCount(manifest.features(), manifest.network(), outputOrder.size());
            Map<String, byte[]> entries = new HashMap<>();
            Set<String> seen = new HashSet<>(Set.of(BundleEntries.MANIFEST));
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String entry = e.getName();
                checkEntryName(entry, name);
                if (!seen.add(entry)) {
                    throw new InvalidBundleException(name + ": the entry '" + entry + "' appears twice");
                }
                long limit = BundleEntries.COEFFICIENTS.equals(entry) ? coefficientBytes(parameterCount) : MAX_CONFIGURATION_BYTES;
                entries.put(entry, readEntry(zip, name, entry, limit));
            }
            for (Map.Entry<String, String> expected : manifest.entries().entrySet()) {
                byte[] content = entries.get(expected.getKey());
                if (content == null) {
                    throw new InvalidBundleException(name + ": the entry '" + expected.getKey() + "' is missing");
                }
                if (!Sha256.of(content).equals(expected.getValue())) {
                    throw new InvalidBundleException(name + ": the entry '" + expected.getKey()
                            + "' does not match its SHA-256 in the manifest (the bundle was modified or damaged)");
                }
            }
            for (String entry : entries.keySet()) {
                if (!manifest.entries().containsKey(entry)) {
                    throw new InvalidBundleException(name + ": the entry '" + entry + "' has no SHA-256 in the manifest");
                }
            }
            byte[] coefficients = entries.get(BundleEntries.COEFFICIENTS);
            if (coefficients == null) {
                throw new InvalidBundleException(name + ": the entry '" + BundleEntries.COEFFICIENTS + "' is missing");
            }
            INDArray parameters = parameters(coefficients, parameterCount, outputOrder.size(), manifest, name);
            return new ModelBundle(manifest, parameters, outputOrder);
        } catch (ZipException | EOFException e) {
            throw new InvalidBundleException(name + ": damaged zip file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            // java.util.zip reports an entry name that is not valid UTF-8 this way
            throw new InvalidBundleException(name + ": damaged zip file (" + e.getMessage() + ")", e);
        }
    }

    private static Manifest parseManifest(byte[] json, String name) throws InvalidBundleException {
        Manifest manifest;
        try {
            JsonNode tree = BundleJson.mapper().readTree(json);
            manifest = tree == null ? null : BundleJson.mapper().treeToValue(upgradeFromVersion1(tree), Manifest.class);
        } catch (JsonMappingException e) {
            throw new InvalidBundleException(name + ": the manifest is not valid" + field(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidBundleException(name + ": the manifest is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidBundleException(name + ": the manifest cannot be read: " + e.getMessage(), e);
        }
        if (manifest == null || !Manifest.FORMAT.equals(manifest.format())) {
            throw new InvalidBundleException(name + ": not a stance4j model bundle (format '"
                    + (manifest == null ? null : manifest.format()) + "')");
        }
        int major = majorVersion(manifest.formatVersion(), name);
        if (major > Manifest.MAJOR_VERSION) {
            throw new InvalidBundleException(name + ": made by a newer stance4j (bundle format " + manifest.formatVersion()
                    + "); this version reads formats " + Manifest.OLDEST_MAJOR_VERSION + ".x to " + Manifest.MAJOR_VERSION
                    + ".x, so upgrade stance4j to use it");
        }
        if (major < Manifest.OLDEST_MAJOR_VERSION) {
            throw new InvalidBundleException(name + ": bundle format " + manifest.formatVersion() + " is no longer supported");
        }
        if (manifest.text() == null || manifest.features() == null || manifest.network() == null
                || manifest.training() == null || manifest.entries() == null || manifest.labelWeights() == null) {
            throw new InvalidBundleException(name + ": the manifest lacks text, features, network, training, "
                    + "labelWeights or entries");
        }
        return manifest;
    }

    /** " at features.charCrossing": where in the manifest a mapping error is, when Jackson knows. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "" : " at " + path;
    }

    /**
     * Format 1 had no {@code features.charCrossing}: its bundles were made without it. Format 2 added
     * it, and as readers of format 1 would ignore it and featurise wrongly, it is a new major version.
     */
    private static JsonNode upgradeFromVersion1(JsonNode tree) {
        if (tree.path("formatVersion").asText().startsWith("1.") && tree.get("features") instanceof ObjectNode features
                && !features.has("charCrossing")) {
            features.put("charCrossing", false);
        }
        return tree;
    }

    private static int majorVersion(String version, String name) throws InvalidBundleException {
        try {
            return Integer.parseInt(String.valueOf(version).split("\\.", 2)[0]);
        } catch (NumberFormatException e) {
            throw new InvalidBundleException(name + ": the manifest's formatVersion '" + version + "' is not MAJOR.MINOR");
        }
    }

    private static List<Stance> outputOrder(Manifest manifest, String name) throws InvalidBundleException {
        List<String> labels = manifest.labels();
        if (labels == null || labels.size() < 2) {
            throw new InvalidBundleException(name + ": the manifest must list at least two labels");
        }
        List<Stance> order = new ArrayList<>();
        for (String label : labels) {
            Optional<Stance> stance = Stance.fromLabel(label);
            if (stance.isEmpty() || order.contains(stance.get())) {
                throw new InvalidBundleException(name + ": the manifest's labels " + labels
                        + " are not distinct stances (supportive, condemning, neutral)");
            }
            order.add(stance.get());
        }
        if (manifest.labelWeights().size() != labels.size()) {
            throw new InvalidBundleException(name + ": " + labels.size() + " labels but "
                    + manifest.labelWeights().size() + " label weights");
        }
        return order;
    }

    /** Zip-slip and stray entries: only the known names, never a path that climbs or starts at the root. */
    private static void checkEntryName(String entry, String name) throws InvalidBundleException {
        if (entry.contains("..") || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")) {
            throw new InvalidBundleException(name + ": unsafe entry name '" + entry + "' (a path outside the bundle)");
        }
        if (!BundleEntries.ALL.contains(entry)) {
            throw new InvalidBundleException(name + ": unexpected entry '" + entry + "'");
        }
    }

    /**
     * Reads one entry, stopping as soon as it inflates past {@code limit} bytes. Small entries grow
     * their buffer as they inflate; the weights, whose size the manifest gives, get theirs at once.
     */
    private static byte[] readEntry(ZipInputStream zip, String name, String entry, long limit)
            throws IOException, InvalidBundleException {
        // the weights' size is known from the manifest; start there rather than doubling up to it
        long start = BundleEntries.COEFFICIENTS.equals(entry) ? limit + 1 : 1 << 16;
        byte[] buf = new byte[(int) Math.min(limit + 1, start)];
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

    /** Size of Nd4j.write's output for a [1, n] float array: two headers of under 64 bytes each, the shape, the floats. */
    private static long coefficientBytes(long parameterCount) {
        return parameterCount * 4 + 256;
    }

    /**
     * Checks the header that Nd4j.write puts before the weights (shape buffer, then data buffer:
     * each an allocation-mode name, a length and a data type) before letting ND4J allocate anything.
     */
    private static INDArray parameters(byte[] bytes, long expected, int outputs, Manifest manifest, String name)
            throws InvalidBundleException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readUTF();
            long shapeLength = in.readLong();
            String shapeType = in.readUTF();
            if (shapeLength < 1 || shapeLength > 64 || !"LONG".equals(shapeType)) {
                throw new InvalidBundleException(name + ": the weights entry has an unexpected header");
            }
            in.skipNBytes(shapeLength * 8);
            in.readUTF();
            long length = in.readLong();
            String dataType = in.readUTF();
            if (!"FLOAT".equals(dataType)) {
                throw new InvalidBundleException(name + ": the weights are " + dataType + ", expected FLOAT");
            }
            if (length != expected) {
                throw new InvalidBundleException(name + ": " + describeMismatch(length, expected, outputs, manifest));
            }
            if (in.available() != length * 4) {
                throw new InvalidBundleException(name + ": the weights entry holds " + in.available()
                        + " bytes of weights, expected " + length * 4);
            }
        } catch (IOException e) {
            throw new InvalidBundleException(name + ": the weights entry is damaged (" + e.getMessage() + ")", e);
        }
        NativeBackend.select();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            INDArray params = Nd4j.read(in);
            return params.reshape(1, expected);
        } catch (IOException | RuntimeException e) {
            throw new InvalidBundleException(name + ": the weights cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Says whether the labels, rather than the other settings, disagree with the network. */
    private static String describeMismatch(long actual, long expected, int outputs, Manifest manifest) {
        for (int k = 1; k <= 8; k++) {
            if (k != outputs && NetworkFactory.parameterCount(manifest.features(), manifest.network(), k) == actual) {
                return "the network has " + k + " outputs but the manifest lists " + outputs + " labels";
            }
        }
        return "the network has " + actual + " weights but the manifest describes " + expected
                + " (its settings do not match the network)";
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

package org.stance4j.model.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.CompiledNetwork;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.model.testing.LegacyBundles;
import org.stance4j.model.testing.TestBundles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleTest {
    @TempDir
    static Path dir;
    static Path bundle;
    static float[] written;

    record Entry(String name, byte[] bytes) {
    }

    @BeforeAll
    static void writeBundle() throws IOException {
        bundle = dir.resolve("model.zip");
        written = TestBundles.write(bundle, 11);
    }

    @Test
    void roundTripKeepsWeightsAndPredictions() throws Exception {
        ModelBundle read = BundleReader.read(bundle);
        StanceScorer scorer = (StanceScorer) read.scorer();
        Featurizer featurizer = scorer.featurizer();
        List<StanceInput> inputs = List.of(new StanceInput("Court upholds ban", "A fair ruling at last"));
        float[] expected = CompiledNetwork.of(written, TestBundles.FEATURES, TestBundles.NETWORK, 3)
                .probabilities(featurizer.featurize(inputs));
        for (Stance s : Stance.values()) {
            assertEquals(expected[scorer.outputOrder().indexOf(s)], scorer.score(inputs).get(0).probability(s), 1e-7);
        }
        ModelInfo info = read.info();
        assertEquals("ngram", info.kind());
        assertEquals(List.of(Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL), info.labels());
        assertEquals(Manifest.CURRENT_VERSION, info.formatVersion());
        assertEquals(3, info.trainingData().get(0).rows());
    }

    @Test
    void manifestIsTheFirstEntryAndListsTheHashOfEveryOther() throws IOException {
        List<Entry> entries = entries(bundle);
        assertEquals(List.of("manifest.json", "ngram/parameters.bin"), entries.stream().map(Entry::name).toList());
        String manifest = new String(entries.get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(Sha256.of(entries.get(1).bytes())));

    }

    @Test
    void aModifiedEntryIsDetected() throws IOException {
        Path tampered = rewrite("tampered.zip", list -> {
            byte[] weights = list.get(1).bytes().clone();
            weights[weights.length - 3] ^= 0x01;
            list.set(1, new Entry(list.get(1).name(), weights));
            return list;
        });
        assertRejected(tampered, "does not match its SHA-256");
    }

    /** The kind decodes while the hashes are checked; a damaged entry is still reported as damaged. */
    @Test
    void aModifiedEntryThatNoLongerDecodesIsReportedAsModified() throws IOException {
        Path tampered = rewrite("cut.zip", list -> {
            byte[] weights = list.get(1).bytes();
            list.set(1, new Entry(list.get(1).name(), Arrays.copyOf(weights, weights.length / 2)));
            return list;
        });
        assertRejected(tampered, "does not match its SHA-256");
    }

    @Test
    void truncatedAndNonZipFilesAreRejected() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(truncated, "not a complete zip");
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "this is not a model\n");
        assertRejected(text, "not a complete zip");
        Path empty = dir.resolve("empty.zip");
        Files.write(empty, new byte[0]);
        assertRejected(empty, "empty");
        assertRejected(dir, "is a directory");
        assertRejected(dir.resolve("absent.zip"), "no such file");
    }

    @Test
    void missingManifestIsRejected() throws IOException {
        assertRejected(rewrite("no-manifest.zip", list -> new ArrayList<>(list.subList(1, 2))), "expected manifest.json");
    }

    @Test
    void aNewerOrTooOldFormatMajorVersionIsRejected() throws IOException {
        Path newer = rewriteManifest("newer.zip", m -> m.put("formatVersion", "4.0"));
        assertRejected(newer, "newer stance4j (bundle format 4.0); this version reads formats 1.x to 3.x");
        Path older = rewriteManifest("older.zip", m -> m.put("formatVersion", "0.9"));
        assertRejected(older, "no longer supported");
    }

    @Test
    void aFormat2BundleWithDl4jWeightsReadsWithoutNd4j() throws Exception {
        Path format2 = dir.resolve("format2.zip");
        LegacyBundles.write(format2, TestBundles.manifest(), written, "2.0");
        ModelBundle read = BundleReader.read(format2);
        ModelBundle current = BundleReader.read(bundle);
        List<StanceInput> inputs = List.of(new StanceInput("Court upholds ban", "A fair ruling at last"),
                new StanceInput("City raises fares", "Shameful."));
        assertEquals(current.scorer().score(inputs), read.scorer().score(inputs));
        assertEquals("2.0", read.info().formatVersion());
        assertEquals("ngram", read.info().kind());
    }

    @Test
    void aFormat1BundleReadsAsMadeWithoutCharacterCrossing() throws Exception {
        Path format1 = dir.resolve("format1.zip");
        LegacyBundles.write(format1, TestBundles.manifest(), written, "1.0");
        ModelBundle read = BundleReader.read(format1);
        assertFalse(((StanceScorer) read.scorer()).featurizer().settings().charCrossing());
        assertEquals("1.0", read.info().formatVersion());
    }

    @Test
    void aKindThatThisClassPathCannotLoadIsNamed() throws IOException {
        Path other = rewriteManifest("other-kind.zip", m -> m.put("kind", "hologram"));
        assertRejected(other, "a model of kind 'hologram', which this class path cannot load (it loads: ngram");
    }

    @Test
    void aWeightsEntryOfTheWrongLengthIsRejected() throws IOException {
        Path shorter = rewrite("short-weights.zip", list -> {
            byte[] weights = Arrays.copyOf(list.get(1).bytes(), list.get(1).bytes().length - 4);
            list.set(1, new Entry(list.get(1).name(), weights));
            return list;
        });
        // rehash so that only the length is wrong
        Path rehashed = rewriteManifest(shorter, "short-rehashed.zip", m -> ((ObjectNode) m.get("entries"))
                .put("ngram/parameters.bin", Sha256.of(uncheckedEntries(shorter).get(1).bytes())));
        assertRejected(rehashed, "bytes after the embedding tables, but the network's other layers need");
    }

    @Test
    void aFormat2BundleMustSayWhetherItCrossesCharacters() throws IOException {
        Path silent = rewriteManifest("silent.zip", m -> ((ObjectNode) m.get("features")).remove("charCrossing"));
        assertRejected(silent, "the manifest is not valid at features.charCrossing");
    }

    @Test
    void aBundleWithoutAllThreeStancesIsRejectedAtLoadNotAtPrediction() throws IOException {
        Path two = rewriteManifest("labels.zip", m -> {
            ((ArrayNode) m.get("labels")).remove(2);
            ((ArrayNode) m.get("labelWeights")).remove(2);
        });
        assertRejected(two, "must be the three stances (supportive, condemning, neutral), each once");
        Path unknown = rewriteManifest("unknown-label.zip", m -> ((ArrayNode) m.get("labels")).set(2, "maybe"));
        assertRejected(unknown, "must be the three stances");
        Path twice = rewriteManifest("twice.zip", m -> ((ArrayNode) m.get("labels")).set(2, "supportive"));
        assertRejected(twice, "must be the three stances");
    }

    @Test
    void entriesOutsideTheBundleAreRejected() throws IOException {
        Path slip = rewrite("slip.zip", list -> {
            list.add(new Entry("../../etc/evil", new byte[] {1}));
            return list;
        });
        assertRejected(slip, "unsafe entry name");
        Path absolute = rewrite("absolute.zip", list -> {
            list.add(new Entry("/tmp/evil", new byte[] {1}));
            return list;
        });
        assertRejected(absolute, "unsafe entry name");
        Path extra = rewrite("extra.zip", list -> {
            list.add(new Entry("notes.txt", new byte[] {1}));
            return list;
        });
        assertRejected(extra, "unexpected entry");
    }

    @Test
    void anEntryThatInflatesPastItsLimitIsRejected() throws IOException {
        Path bomb = rewrite("bomb.zip", list -> {
            list.set(1, new Entry(list.get(1).name(), new byte[written.length * 5 + 1]));
            return list;
        });
        assertTrue(Files.size(bomb) < 200_000, "the bomb is small on disk");
        assertRejected(bomb, "inflates to more than");
    }

    private static void assertRejected(Path file, String expected) {
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    private static Path rewriteManifest(String name, java.util.function.Consumer<ObjectNode> change) throws IOException {
        return rewriteManifest(bundle, name, change);
    }

    private static Path rewriteManifest(Path from, String name, java.util.function.Consumer<ObjectNode> change) throws IOException {
        return rewrite(from, name, list -> {
            try {
                ObjectNode manifest = (ObjectNode) BundleJson.mapper().readTree(list.get(0).bytes());
                change.accept(manifest);
                list.set(0, new Entry(list.get(0).name(), BundleJson.mapper().writeValueAsBytes(manifest)));
                return list;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Path rewrite(String name, UnaryOperator<List<Entry>> change) throws IOException {
        return rewrite(bundle, name, change);
    }

    private static List<Entry> uncheckedEntries(Path zipFile) {
        try {
            return entries(zipFile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path rewrite(Path from, String name, UnaryOperator<List<Entry>> change) throws IOException {
        List<Entry> entries = change.apply(entries(from));
        Path out = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static List<Entry> entries(Path zipFile) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.add(new Entry(e.getName(), bytes.toByteArray()));
            }
        }
        return entries;
    }
}

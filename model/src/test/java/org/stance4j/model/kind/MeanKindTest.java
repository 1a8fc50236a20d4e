package org.stance4j.model.kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.BundleWriter;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.ModelBundle;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.model.testing.TestBundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeanKindTest {
    @TempDir
    Path dir;

    private static final List<StanceInput> INPUTS = List.of(
            new StanceInput("France refuses to cooperate with Russia", "Our primary concern is that legal processes are respected"),
            new StanceInput("France refuses to cooperate with Russia", "France's refusal to assist is deeply disappointing"),
            new StanceInput("The court lifts the ban", "It was announced on tuesday"));

    private List<MeanBundle.Member> twoMembers() throws IOException {
        TestBundles.write(dir.resolve("a.zip"), 1);
        TestBundles.write(dir.resolve("b.zip"), 2);
        return new java.util.ArrayList<>(List.of(new MeanBundle.Member("ngram", Files.readAllBytes(dir.resolve("a.zip"))),
                new MeanBundle.Member("other", Files.readAllBytes(dir.resolve("b.zip")))));
    }

    /** Two member bundles under the entry names members/1-a.zip and members/2-b.zip. */
    private Map<String, byte[]> twoEntries() throws IOException {
        List<MeanBundle.Member> members = twoMembers();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MeanKind.MEMBERS + "1-a.zip", members.get(0).bundle());
        entries.put(MeanKind.MEMBERS + "2-b.zip", members.get(1).bundle());
        return entries;
    }

    /** A mean bundle with the config as given, checked only when read. */
    private static void writeMean(Path target, com.fasterxml.jackson.databind.node.ObjectNode config, Map<String, byte[]> entries)
            throws IOException {
        BundleWriter.write(target, Manifest.of(MeanKind.NAME, "2026-12-05T00:00:00Z", List.of("supportive", "condemning", "neutral"),
                config, training(), Versions.current("none"), Map.of()), entries);
    }

    private static TrainingRecord training() {
        return new TrainingRecord(1, Map.of("recipe", "mean"), List.of(), 1, 1, "done", 1.0);
    }

    @Test
    void scoresTheMeanOfItsMembersProbabilities() throws Exception {
        Path mean = dir.resolve("mean.zip");
        MeanBundle.write(mean, twoMembers(), training(), Versions.current("none"), Map.of());
        ModelBundle read = BundleReader.read(mean);
        assertEquals(MeanKind.NAME, read.info().kind());
        List<Prediction> a = BundleReader.read(dir.resolve("a.zip")).scorer().score(INPUTS);
        List<Prediction> b = BundleReader.read(dir.resolve("b.zip")).scorer().score(INPUTS);
        List<Prediction> both = read.scorer().score(INPUTS);
        for (int i = 0; i < INPUTS.size(); i++) {
            for (Stance s : Stance.values()) {
                assertEquals((a.get(i).probability(s) + b.get(i).probability(s)) / 2, both.get(i).probability(s), 1e-12);
            }
        }
    }

    @Test
    void aDamagedMemberIsNamedInTheMessage() throws Exception {
        List<MeanBundle.Member> members = twoMembers();
        byte[] cut = members.get(1).bundle();
        members.set(1, new MeanBundle.Member("other", java.util.Arrays.copyOf(cut, cut.length / 2)));
        Path mean = dir.resolve("mean.zip");
        MeanBundle.write(mean, members, training(), Versions.current("none"), Map.of());
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(mean));
        assertTrue(e.getMessage().contains("mean.zip!members/2-other.zip"), e.getMessage());
    }

    @Test
    void theConfigMustListEveryMemberAndOnlyMembers() throws Exception {
        Map<String, byte[]> entries = twoEntries();
        com.fasterxml.jackson.databind.node.ObjectNode config = org.stance4j.model.bundle.BundleJson.mapper().createObjectNode();
        config.putArray("members").add(MeanKind.MEMBERS + "1-a.zip");
        Path one = dir.resolve("one.zip");
        writeMean(one, config, entries);
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(one));
        assertTrue(e.getMessage().contains("at least two members"), e.getMessage());
        config.withArray("members").add(MeanKind.MEMBERS + "3-c.zip");
        writeMean(one, config, entries);
        e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(one));
        assertTrue(e.getMessage().contains("is not an entry of the bundle"), e.getMessage());
    }

    @Test
    void onlyMemberZipsDirectlyUnderMembersAreEntries() {
        MeanKind kind = new MeanKind();
        assertTrue(kind.maxEntryBytes("members/1-ngram.zip", null) > 0);
        assertEquals(-1, kind.maxEntryBytes("members/a/b.zip", null));
        assertEquals(-1, kind.maxEntryBytes("weights.bin", null));
        assertEquals(-1, kind.maxEntryBytes("members/1-ngram.txt", null));
    }

    @Test
    void membersForKnownOrOtherEventsScoreOnlyTheirStatements() throws Exception {
        List<MeanBundle.Member> two = twoMembers();
        TestBundles.write(dir.resolve("c.zip"), 3);
        List<MeanBundle.Member> members = List.of(
                new MeanBundle.Member("general", two.get(0).bundle(), MeanScorer.Serves.OTHER_EVENTS),
                new MeanBundle.Member("paired", two.get(1).bundle(), MeanScorer.Serves.KNOWN_EVENTS),
                new MeanBundle.Member("all", Files.readAllBytes(dir.resolve("c.zip"))));
        Path mean = dir.resolve("routed.zip");
        MeanBundle.write(mean, members, java.util.Set.of("France refuses to cooperate with Russia"), training(),
                Versions.current("none"), Map.of());
        List<StanceInput> inputs = new java.util.ArrayList<>(INPUTS);
        // the same event, typed with other case and spacing
        inputs.add(new StanceInput("  france refuses to  cooperate with RUSSIA", "It is deeply disappointing"));
        List<Prediction> general = BundleReader.read(dir.resolve("a.zip")).scorer().score(inputs);
        List<Prediction> paired = BundleReader.read(dir.resolve("b.zip")).scorer().score(inputs);
        List<Prediction> all = BundleReader.read(dir.resolve("c.zip")).scorer().score(inputs);
        List<Prediction> served = BundleReader.read(mean).scorer().score(inputs);
        boolean[] known = {true, true, false, true};
        for (int i = 0; i < inputs.size(); i++) {
            Prediction first = known[i] ? paired.get(i) : general.get(i);
            for (Stance s : Stance.values()) {
                assertEquals((first.probability(s) + all.get(i).probability(s)) / 2, served.get(i).probability(s), 1e-12,
                        "statement " + i);
            }
        }
    }

    @Test
    void everyStatementMustBeServedAndKnownEventsGivenWhereTheyMatter() throws Exception {
        List<MeanBundle.Member> two = twoMembers();
        List<MeanBundle.Member> noneForOthers = List.of(
                new MeanBundle.Member("a", two.get(0).bundle(), MeanScorer.Serves.KNOWN_EVENTS),
                new MeanBundle.Member("b", two.get(1).bundle(), MeanScorer.Serves.KNOWN_EVENTS));
        Path target = dir.resolve("x.zip");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeanBundle.write(target, noneForOthers,
                java.util.Set.of("An event"), training(), Versions.current("none"), Map.of()));
        assertTrue(e.getMessage().contains("no member serves the other events"), e.getMessage());
        List<MeanBundle.Member> split = List.of(
                new MeanBundle.Member("a", two.get(0).bundle(), MeanScorer.Serves.KNOWN_EVENTS),
                new MeanBundle.Member("b", two.get(1).bundle(), MeanScorer.Serves.OTHER_EVENTS));
        e = assertThrows(IllegalArgumentException.class, () -> MeanBundle.write(target, split,
                java.util.Set.of(), training(), Versions.current("none"), Map.of()));
        assertTrue(e.getMessage().contains("no event is known"), e.getMessage());
        assertTrue(Files.notExists(target));
    }

    @Test
    void aConfigThatServesWhatIsNoMemberIsRefused() throws Exception {
        Map<String, byte[]> entries = twoEntries();
        com.fasterxml.jackson.databind.node.ObjectNode config = org.stance4j.model.bundle.BundleJson.mapper().createObjectNode();
        config.putArray("members").add(MeanKind.MEMBERS + "1-a.zip").add(MeanKind.MEMBERS + "2-b.zip");
        config.putArray("known_events").add("An event");
        config.putObject("serves").put(MeanKind.MEMBERS + "3-c.zip", "known-events");
        Path bad = dir.resolve("bad.zip");
        writeMean(bad, config, entries);
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(bad));
        assertTrue(e.getMessage().contains("config.serves maps members/3-c.zip"), e.getMessage());
        config.putObject("serves").put(MeanKind.MEMBERS + "1-a.zip", "sometimes");
        writeMean(bad, config, entries);
        e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(bad));
        assertTrue(e.getMessage().contains("known-events or other-events"), e.getMessage());
        config.putObject("serves").put(MeanKind.MEMBERS + "1-a.zip", "known-events").put(MeanKind.MEMBERS + "2-b.zip", "known-events");
        writeMean(bad, config, entries);
        e = assertThrows(InvalidBundleException.class, () -> BundleReader.read(bad));
        assertTrue(e.getMessage().contains("bad.zip: no member serves the other events"), e.getMessage());
    }
}

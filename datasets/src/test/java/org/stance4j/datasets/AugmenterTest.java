package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.stance4j.model.Stance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmenterTest {
    private static final EventRelations RELATIONS = relations("""
            event_a,event_b,relation
            ban,lifting,opposite
            ban,match,unrelated
            ban,vote,unrelated
            lifting,match,unrelated
            """);

    private static final LabeledStatement BAN_FOR = new LabeledStatement("1", "ban", "good ban", Stance.SUPPORTIVE);
    private static final LabeledStatement BAN_NEUTRAL = new LabeledStatement("2", "ban", "ban announced", Stance.NEUTRAL);
    private static final LabeledStatement LIFT_FOR = new LabeledStatement("3", "lifting", "free at last", Stance.SUPPORTIVE);
    private static final LabeledStatement MATCH = new LabeledStatement("4", "match", "great goal", Stance.SUPPORTIVE);
    private static final List<LabeledStatement> TRAIN = List.of(BAN_FOR, BAN_NEUTRAL, LIFT_FOR, MATCH);

    @Test
    void noneLeavesTheStatementsAsTheyAre() {
        assertEquals(TRAIN, new Augmenter(RELATIONS, Augmentation.NONE, 1).augment(TRAIN, List.of()));
    }

    @Test
    void oppositeFlipsSupportiveAndCondemningTowardTheOppositeEvent() {
        List<LabeledStatement> rows = new Augmenter(RELATIONS, Augmentation.OPPOSITE, 1).augment(TRAIN, List.of());
        assertEquals(TRAIN, rows.subList(0, TRAIN.size()));
        List<LabeledStatement> added = rows.subList(TRAIN.size(), rows.size());
        assertEquals(2, added.size());
        assertTrue(added.contains(new LabeledStatement("1>lifting", "lifting", "good ban", Stance.CONDEMNING)));
        assertTrue(added.contains(new LabeledStatement("3>ban", "ban", "free at last", Stance.CONDEMNING)));
    }

    @Test
    void aRealRowTowardTheOppositeEventIsKept() {
        LabeledStatement real = new LabeledStatement("5", "lifting", "good ban", Stance.NEUTRAL);
        List<LabeledStatement> train = List.of(BAN_FOR, real);
        List<LabeledStatement> rows = new Augmenter(RELATIONS, Augmentation.OPPOSITE, 1).augment(train, List.of());
        assertEquals(train, rows);
    }

    @Test
    void neverGivesAHeldOutAnswerNorAnEventOnlyTheTestHas() {
        LabeledStatement heldOut = new LabeledStatement("6", "lifting", "good ban", Stance.CONDEMNING);
        LabeledStatement unseen = new LabeledStatement("7", "vote", "a vote", Stance.NEUTRAL);
        for (Augmentation a : Augmentation.values()) {
            List<LabeledStatement> rows = new Augmenter(RELATIONS, a, 3).augment(TRAIN, List.of(heldOut, unseen));
            assertFalse(rows.stream().anyMatch(s -> s.text().equals("good ban") && s.event().equals("lifting")), a.label());
            assertFalse(rows.stream().anyMatch(s -> s.event().equals("vote")), a.label());
        }
    }

    @Test
    void noAugmentedRowOfTheBundledCorpusRepeatsAHeldOutTextAndEvent() {
        Dataset corpus = BundledCorpus.load();
        SeenEventSplit split = BundledCorpus.seenEventSplit(corpus);
        Set<List<String>> heldOut = new HashSet<>();
        split.heldOut().forEach(s -> heldOut.add(List.of(s.text(), s.event())));
        List<LabeledStatement> rows = new Augmenter(EventRelations.bundled(), Augmentation.BOTH, 1)
                .augment(split.train(), split.heldOut());
        assertTrue(rows.size() > split.train().size());
        Set<List<String>> seen = new HashSet<>();
        for (LabeledStatement s : rows) {
            List<String> key = List.of(s.text(), s.event());
            assertFalse(heldOut.contains(key), s.id());
            assertTrue(seen.add(key), "twice: " + s.id());
        }
    }

    @Test
    void unrelatedAddsOneNeutralRowPerStatementTowardAnUnrelatedTrainedEvent() {
        List<LabeledStatement> rows = new Augmenter(RELATIONS, Augmentation.UNRELATED, 1).augment(TRAIN, List.of());
        List<LabeledStatement> added = rows.subList(TRAIN.size(), rows.size());
        // "vote" is not in training, so the ban's statements can only go to "match"; "match" to "ban" or "lifting"
        assertEquals(4, added.size());
        assertTrue(added.stream().allMatch(s -> s.stance() == Stance.NEUTRAL));
        assertTrue(added.stream().filter(s -> s.text().startsWith("ban") || s.text().equals("good ban"))
                .allMatch(s -> s.event().equals("match")));
        assertEquals(rows, new Augmenter(RELATIONS, Augmentation.UNRELATED, 1).augment(TRAIN, List.of()));
    }

    @Test
    void labelsReadBack() {
        for (Augmentation a : Augmentation.values()) {
            assertEquals(a, Augmentation.fromLabel(" " + a.label().toUpperCase() + " ").orElseThrow());
        }
        assertTrue(Augmentation.fromLabel("flip").isEmpty());
    }

    private static EventRelations relations(String csv) {
        try {
            return EventRelations.read("test", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (org.stance4j.model.InvalidDataException e) {
            throw new AssertionError(e);
        }
    }
}

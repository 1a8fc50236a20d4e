package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenEventSplitTest {
    private static final Dataset CORPUS = BundledCorpus.load();

    @Test
    void noHeldOutTextIsTrainedOnTowardAnyEvent() {
        SeenEventSplit split = BundledCorpus.seenEventSplit(CORPUS);
        Set<String> held = split.pairedTexts().stream().map(LabeledStatement::text).collect(Collectors.toSet());
        assertFalse(held.isEmpty());
        assertTrue(split.train().stream().noneMatch(s -> held.contains(s.text())));
        assertTrue(split.test().stream().noneMatch(s -> held.contains(s.text())));
        assertEquals(CORPUS.size(), split.train().size() + split.test().size() + split.pairedTexts().size());
    }

    @Test
    void everyHeldOutTextIsHeldOutTowardEveryEventOfItsPair() {
        SeenEventSplit split = BundledCorpus.seenEventSplit(CORPUS);
        Set<String> held = split.pairedTexts().stream().map(LabeledStatement::text).collect(Collectors.toSet());
        long rowsOfHeldTexts = CORPUS.statements().stream().filter(s -> held.contains(s.text())).count();
        assertEquals(rowsOfHeldTexts, split.pairedTexts().size());
        for (String text : held) {
            List<LabeledStatement> rows = split.pairedTexts().stream().filter(s -> s.text().equals(text)).toList();
            assertTrue(rows.stream().map(LabeledStatement::event).distinct().count() >= 2, text);
            assertTrue(rows.stream().map(LabeledStatement::stance).distinct().count() >= 2, text);
        }
    }

    @Test
    void everyPairOfEventsIsRepresented() {
        Split paired = Splits.contrastiveTexts(CORPUS.statements(), BundledCorpus.PAIRED_TEXT_FRACTION, BundledCorpus.SPLIT_SEED);
        Set<Set<String>> pairsHeld = eventSets(paired.test());
        Set<Set<String>> pairsAll = eventSets(Splits.contrastiveTexts(CORPUS.statements(), 0.999, 1).test());
        assertEquals(pairsAll, pairsHeld);
    }

    @Test
    void theSameSeedGivesTheSameTextsAndAnotherSeedOthers() {
        List<LabeledStatement> rows = CORPUS.statements();
        Split a = Splits.contrastiveTexts(rows, 0.2, 7);
        Split b = Splits.contrastiveTexts(new ArrayList<>(rows), 0.2, 7);
        Split c = Splits.contrastiveTexts(rows, 0.2, 8);
        assertEquals(a, b);
        assertNotEquals(a.test(), c.test());
        assertEquals(BundledCorpus.seenEventSplit(CORPUS), BundledCorpus.seenEventSplit(BundledCorpus.load()));
    }

    @Test
    void aTextWithTheSameStanceTowardBothEventsIsNotContrastive() {
        List<LabeledStatement> rows = List.of(
                new LabeledStatement("1", "a", "same", Stance.CONDEMNING),
                new LabeledStatement("2", "b", "same", Stance.CONDEMNING),
                new LabeledStatement("3", "a", "flips", Stance.SUPPORTIVE),
                new LabeledStatement("4", "b", "flips", Stance.CONDEMNING));
        Split split = Splits.contrastiveTexts(rows, 0.5, 1);
        assertEquals(List.of(rows.get(2), rows.get(3)), split.test());
    }

    private static Set<Set<String>> eventSets(List<LabeledStatement> rows) {
        Set<Set<String>> sets = new HashSet<>();
        rows.stream().collect(Collectors.groupingBy(LabeledStatement::text))
                .values().forEach(r -> sets.add(r.stream().map(LabeledStatement::event).collect(Collectors.toSet())));
        return sets;
    }
}

package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitsTest {
    private static List<LabeledStatement> statements() {
        List<LabeledStatement> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Stance s = i % 10 < 5 ? Stance.SUPPORTIVE : i % 10 < 8 ? Stance.CONDEMNING : Stance.NEUTRAL;
            all.add(new LabeledStatement("s" + i, "event " + (i % 12), "text " + i, s));
        }
        // a contrastive pair across events 0 and 5
        all.add(new LabeledStatement("p1", "event 0", "shared text", Stance.SUPPORTIVE));
        all.add(new LabeledStatement("p2", "event 5", "shared text", Stance.CONDEMNING));
        return all;
    }

    @Test
    void stratifiedSplitKeepsEachStancesShareAndIsReproducible() {
        List<LabeledStatement> all = statements();
        Split a = Splits.stratified(all, 0.2, 42);
        Split b = Splits.stratified(all, 0.2, 42);
        assertEquals(a, b);
        assertNotEquals(a, Splits.stratified(all, 0.2, 43));
        assertEquals(all.size(), a.train().size() + a.test().size());
        assertEquals(30, a.test().stream().filter(s -> s.stance() == Stance.SUPPORTIVE).count());
        assertEquals(18, a.test().stream().filter(s -> s.stance() == Stance.CONDEMNING).count());
        assertEquals(12, a.test().stream().filter(s -> s.stance() == Stance.NEUTRAL).count());
        assertTrue(disjoint(a.train(), a.test()));
    }

    @Test
    void foldsTestEveryStatementExactlyOnce() {
        List<LabeledStatement> all = statements();
        List<Split> folds = Splits.stratifiedFolds(all, 5, 1);
        List<LabeledStatement> tested = folds.stream().flatMap(f -> f.test().stream()).toList();
        assertEquals(new HashSet<>(all), new HashSet<>(tested));
        assertEquals(all.size(), tested.size());
        folds.forEach(f -> assertTrue(disjoint(f.train(), f.test())));
        assertThrows(IllegalArgumentException.class, () -> Splits.stratifiedFolds(all.subList(0, 3), 5, 1));
    }

    @Test
    void groupedFoldsNeverShareAnEvent() {
        List<Split> folds = Splits.groupedFolds(statements(), 4, 1, LabeledStatement::event);
        for (Split f : folds) {
            Set<String> trainEvents = f.train().stream().map(LabeledStatement::event).collect(Collectors.toSet());
            assertTrue(f.test().stream().noneMatch(s -> trainEvents.contains(s.event())));
        }
    }

    @Test
    void byEventSplitHoldsOutWholeEventsAndKeepsContrastivePairsTogether() {
        for (long seed = 0; seed < 20; seed++) {
            Split split = Splits.byEvent(statements(), 0.25, seed);
            Set<String> trainEvents = split.train().stream().map(LabeledStatement::event).collect(Collectors.toSet());
            Set<String> testEvents = split.test().stream().map(LabeledStatement::event).collect(Collectors.toSet());
            assertTrue(disjoint(trainEvents, testEvents));
            assertTrue(testEvents.size() >= 2 && testEvents.size() <= 4, testEvents.toString());
            Set<String> trainTexts = split.train().stream().map(LabeledStatement::text).collect(Collectors.toSet());
            assertTrue(split.test().stream().noneMatch(s -> trainTexts.contains(s.text())), "no test text is seen in training");
        }
    }

    private static <T> boolean disjoint(Collection<T> a, Collection<T> b) {
        Set<T> set = new HashSet<>(a);
        return b.stream().noneMatch(set::contains);
    }
}

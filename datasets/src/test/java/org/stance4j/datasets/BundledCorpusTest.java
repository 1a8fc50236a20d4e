package org.stance4j.datasets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance4j.model.Stance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality checks on the bundled corpus: what the guidelines and the datasheet promise. */
class BundledCorpusTest {
    static Dataset corpus;

    @BeforeAll
    static void load() {
        corpus = BundledCorpus.load();
    }

    @Test
    void everyRowIsValidAndIdsAreUnique() {
        assertEquals(0, corpus.skipped());
        assertEquals(corpus.size(), corpus.statements().stream().map(LabeledStatement::id).distinct().count());
        assertTrue(corpus.statements().stream().allMatch(s -> !s.speaker().isBlank() && !s.source().isBlank()));
        assertTrue(corpus.statements().stream().map(LabeledStatement::source).allMatch(Set.of("quote", "headline", "post")::contains));
    }

    @Test
    void isLargeAndVariedEnough() {
        assertTrue(corpus.size() >= 2000, "statements: " + corpus.size());
        assertTrue(corpus.eventCounts().size() >= 60, "events: " + corpus.eventCounts().size());
        for (long count : corpus.labelCounts().values()) {
            double share = (double) count / corpus.size();
            assertTrue(share >= 0.28 && share <= 0.40, "class share " + share);
        }
        int[] lengths = corpus.statements().stream().mapToInt(s -> s.text().split("\\s+").length).toArray();
        assertTrue(Arrays.stream(lengths).min().orElseThrow() >= 5);
        assertTrue(Arrays.stream(lengths).max().orElseThrow() <= 60);
    }

    @Test
    void hasContrastiveRows() {
        Map<String, Set<Stance>> stancesByText = new HashMap<>();
        Map<String, Set<String>> eventsByText = new HashMap<>();
        for (LabeledStatement s : corpus.statements()) {
            stancesByText.computeIfAbsent(s.text(), t -> new HashSet<>()).add(s.stance());
            eventsByText.computeIfAbsent(s.text(), t -> new HashSet<>()).add(s.event());
        }
        long contrastive = corpus.statements().stream()
                .filter(s -> eventsByText.get(s.text()).size() > 1 && stancesByText.get(s.text()).size() > 1).count();
        assertTrue(contrastive >= 300, "contrastive rows: " + contrastive);
    }

    @Test
    void hasHardCasesOfEveryKind() {
        Map<String, Long> tags = BundledCorpus.phenomena().values().stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertEquals(Set.of("opponent-condemnation", "reported-speech", "negation", "hedging", "sarcasm", "question",
                "related-event", "background"), tags.keySet());
        assertTrue(tags.values().stream().mapToLong(Long::longValue).sum() >= 150, tags.toString());
    }

    @Test
    void hasNoNearDuplicateTextsWithinAnEvent() {
        Map<String, List<LabeledStatement>> byEvent = corpus.statements().stream()
                .collect(Collectors.groupingBy(LabeledStatement::event));
        for (List<LabeledStatement> rows : byEvent.values()) {
            List<Set<String>> tokens = rows.stream().map(s -> tokens(s.text())).toList();
            for (int i = 0; i < tokens.size(); i++) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    double jaccard = jaccard(tokens.get(i), tokens.get(j));
                    assertTrue(jaccard <= 0.9, "near duplicates in one event: '" + rows.get(i).text() + "' / '" + rows.get(j).text() + "'");
                }
            }
        }
    }

    @Test
    void theFixedSplitsAreWhatTheDatasheetDescribes() {
        Split stratified = BundledCorpus.stratifiedSplit(corpus);
        assertEquals(Math.round(corpus.size() * 0.2), stratified.test().size(), 2);
        Split unseen = BundledCorpus.unseenEventSplit(corpus);
        Set<String> trainEvents = unseen.train().stream().map(LabeledStatement::event).collect(Collectors.toSet());
        long testEvents = unseen.test().stream().map(LabeledStatement::event).distinct().count();
        assertTrue(unseen.test().stream().noneMatch(s -> trainEvents.contains(s.event())));
        double share = (double) testEvents / corpus.eventCounts().size();
        assertTrue(share > 0.15 && share < 0.25, "unseen-event share " + share);
    }

    private static Set<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}

package org.stance4j.datasets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Holds out whole contrastive texts: texts written toward two or more events with different stances.
 * Every row of a chosen text goes to the test side, toward each of its events, so a model meets the
 * text for the first time when scored, and can be right toward both events only by reading them.
 * The texts are chosen per set of events (per pair), so every pair is represented.
 */
final class ContrastiveTexts {
    private ContrastiveTexts() {
    }

    static Split split(List<LabeledStatement> statements, double fraction, long seed) {
        Map<String, List<LabeledStatement>> byText = new LinkedHashMap<>();
        for (LabeledStatement s : statements) {
            byText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s);
        }
        // keyed by the sorted events of the text, in sorted order, so the draw does not depend on row order
        Map<String, List<String>> textsByEvents = new TreeMap<>();
        byText.forEach((text, rows) -> {
            if (contrastive(rows)) {
                Set<String> events = new TreeSet<>();
                rows.forEach(r -> events.add(r.event()));
                textsByEvents.computeIfAbsent(String.join("\n", events), k -> new ArrayList<>()).add(text);
            }
        });
        Random random = new Random(seed);
        Set<String> heldOut = new HashSet<>();
        for (List<String> texts : textsByEvents.values()) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(texts));
            List<String> shuffled = Splits.shuffled(sorted, random);
            int n = Math.max(1, (int) Math.round(shuffled.size() * fraction));
            heldOut.addAll(shuffled.subList(0, n));
        }
        List<LabeledStatement> train = new ArrayList<>();
        List<LabeledStatement> test = new ArrayList<>();
        for (LabeledStatement s : statements) {
            (heldOut.contains(s.text()) ? test : train).add(s);
        }
        return new Split(train, test);
    }

    /** Rows toward two different events with two different stances. */
    private static boolean contrastive(List<LabeledStatement> rows) {
        for (LabeledStatement a : rows) {
            for (LabeledStatement b : rows) {
                if (!a.event().equals(b.event()) && a.stance() != b.stance()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pairs of events of a corpus that have a statement text in common (the contrastive rows),
 * each with the rows that show it. Texts are compared exactly, as the corpus's own checks do.
 */
final class SharedTexts {
    /** One text under two events: {@code a} is the row of the event that sorts first. */
    record Link(LabeledStatement a, LabeledStatement b) {
        /** Supportive of both or condemning of both: the text does not flip between the events. */
        boolean sameSide() {
            return a.stance() == b.stance() && a.stance() != Stance.NEUTRAL;
        }

        String rows() {
            return "rows " + a.id() + " and " + b.id();
        }
    }

    private SharedTexts() {
    }

    /** Links per pair of events (keyed as {@link EventRelations#key}), pairs in sorted order. */
    static Map<List<String>, List<Link>> of(Dataset corpus) {
        Map<String, List<LabeledStatement>> byText = new LinkedHashMap<>();
        for (LabeledStatement s : corpus.statements()) {
            byText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s);
        }
        Map<List<String>, List<Link>> links = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (List<LabeledStatement> rows : byText.values()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    LabeledStatement x = rows.get(i);
                    LabeledStatement y = rows.get(j);
                    if (!x.event().equals(y.event())) {
                        Link link = x.event().compareTo(y.event()) < 0 ? new Link(x, y) : new Link(y, x);
                        links.computeIfAbsent(EventRelations.key(x.event(), y.event()), k -> new ArrayList<>()).add(link);
                    }
                }
            }
        }
        return links;
    }
}

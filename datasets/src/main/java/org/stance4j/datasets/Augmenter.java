package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Adds training rows derived from how events relate, so that the same words are seen with different
 * stances toward different events and a model has to read the event to fit them. It runs on the
 * training share only, after the test rows have been split off: a derived row never repeats a
 * (text, event) of the held-out rows, nor of the training rows (a real row beats a derived one), and
 * never names an event absent from the training share, so an event held out as unseen stays unseen.
 */
public final class Augmenter {
    private final EventRelations relations;
    private final Augmentation augmentation;
    private final long seed;

    public Augmenter(EventRelations relations, Augmentation augmentation, long seed) {
        this.relations = Objects.requireNonNull(relations, "relations");
        this.augmentation = Objects.requireNonNull(augmentation, "augmentation");
        this.seed = seed;
    }

    /**
     * The training statements, in their order, followed by the derived rows.
     *
     * @param heldOut every statement held out from training, whose (text, event) must not be given
     */
    public List<LabeledStatement> augment(List<LabeledStatement> train, Collection<LabeledStatement> heldOut) {
        List<LabeledStatement> rows = new ArrayList<>(train);
        if (augmentation == Augmentation.NONE) {
            return rows;
        }
        Set<String> events = new HashSet<>();
        train.forEach(s -> events.add(s.event()));
        Set<List<String>> taken = new HashSet<>();
        train.forEach(s -> taken.add(key(s.text(), s.event())));
        heldOut.forEach(s -> taken.add(key(s.text(), s.event())));
        Random random = new Random(seed);
        for (LabeledStatement s : train) {
            if (augmentation.flipsToOpposites() && s.stance() != Stance.NEUTRAL) {
                for (String other : relations.opposites(s.event())) {
                    if (events.contains(other) && taken.add(key(s.text(), other))) {
                        rows.add(derived(s, other, flipped(s.stance())));
                    }
                }
            }
            if (augmentation.neutralToUnrelated()) {
                List<String> candidates = relations.unrelated(s.event()).stream()
                        .filter(e -> events.contains(e) && !taken.contains(key(s.text(), e))).toList();
                if (!candidates.isEmpty()) {
                    String other = candidates.get(random.nextInt(candidates.size()));
                    taken.add(key(s.text(), other));
                    rows.add(derived(s, other, Stance.NEUTRAL));
                }
            }
        }
        return rows;
    }

    private static LabeledStatement derived(LabeledStatement s, String event, Stance stance) {
        return new LabeledStatement(s.id() + ">" + event, event, s.text(), stance, s.speaker(), s.source());
    }

    private static Stance flipped(Stance stance) {
        return stance == Stance.SUPPORTIVE ? Stance.CONDEMNING : Stance.SUPPORTIVE;
    }

    private static List<String> key(String text, String event) {
        return List.of(text, event);
    }
}

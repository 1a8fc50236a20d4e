package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of (gold, predicted) stance pairs, and the metrics that follow from them. Immutable. */
public final class ConfusionMatrix {
    private final long[][] counts = new long[Stance.values().length][Stance.values().length];
    private final long total;

    public ConfusionMatrix(List<Stance> gold, List<Stance> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        for (int i = 0; i < gold.size(); i++) {
            counts[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        }
        total = gold.size();
    }

    public long count(Stance gold, Stance predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (Stance s : Stance.values()) {
            correct += count(s, s);
        }
        return ratio(correct, total);
    }

    public ClassMetrics metrics(Stance s) {
        long tp = count(s, s);
        long goldCount = 0;
        long predictedCount = 0;
        for (Stance other : Stance.values()) {
            goldCount += count(s, other);
            predictedCount += count(other, s);
        }
        double precision = ratio(tp, predictedCount);
        double recall = ratio(tp, goldCount);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(precision, recall, f1, goldCount);
    }

    /**
     * Mean F1 over the stances that occur among the gold labels or the predictions (scikit-learn's
     * {@code f1_score(average="macro")}).
     */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Stance s : Stance.values()) {
            ClassMetrics m = metrics(s);
            long predicted = 0;
            for (Stance g : Stance.values()) {
                predicted += count(g, s);
            }
            if (m.support() > 0 || predicted > 0) {
                sum += m.f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** SemEval-2016 Task 6's measure: the mean of F1(supportive) and F1(condemning). */
    public double fAvg() {
        return (metrics(Stance.SUPPORTIVE).f1() + metrics(Stance.CONDEMNING).f1()) / 2;
    }

    /** gold -> predicted -> count, every stance present. */
    public Map<Stance, Map<Stance, Long>> asMap() {
        Map<Stance, Map<Stance, Long>> map = new EnumMap<>(Stance.class);
        for (Stance g : Stance.values()) {
            Map<Stance, Long> row = new EnumMap<>(Stance.class);
            for (Stance p : Stance.values()) {
                row.put(p, count(g, p));
            }
            map.put(g, Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(map);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}

package org.stance4j.spark;

import org.stance4j.model.Stance;

/**
 * Counts of (gold, predicted) stance pairs and the figures that follow from them, with the
 * definitions of the evaluation report ({@code stance4j evaluate}): a ratio with a zero denominator
 * is 0, macro-F1 averages the stances that occur among gold labels or predictions, F_avg is the
 * mean of F1(supportive) and F1(condemning).
 */
final class StanceCounts {
    private static final Stance[] STANCES = Stance.values();
    private final long[][] counts = new long[STANCES.length][STANCES.length];

    void add(Stance gold, Stance predicted, long count) {
        counts[gold.ordinal()][predicted.ordinal()] += count;
    }

    long count(Stance gold, Stance predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    double accuracy() {
        long correct = 0;
        for (Stance s : STANCES) {
            correct += count(s, s);
        }
        return ratio(correct, total());
    }

    long support(Stance s) {
        long n = 0;
        for (Stance p : STANCES) {
            n += count(s, p);
        }
        return n;
    }

    long predicted(Stance s) {
        long n = 0;
        for (Stance g : STANCES) {
            n += count(g, s);
        }
        return n;
    }

    double precision(Stance s) {
        return ratio(count(s, s), predicted(s));
    }

    double recall(Stance s) {
        return ratio(count(s, s), support(s));
    }

    double f1(Stance s) {
        double p = precision(s);
        double r = recall(s);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        int n = 0;
        for (Stance s : STANCES) {
            if (support(s) > 0 || predicted(s) > 0) {
                sum += f1(s);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    double fAvg() {
        return (f1(Stance.SUPPORTIVE) + f1(Stance.CONDEMNING)) / 2;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}

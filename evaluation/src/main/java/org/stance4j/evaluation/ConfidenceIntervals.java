package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Bootstrap 95% intervals of accuracy, macro-F1 and F_avg: the statements are resampled with
 * replacement {@code resamples} times (seeded) and each metric's 2.5th and 97.5th percentiles are
 * taken. They say how much a score would move on another sample of the same kind of data, which is
 * the size of a difference that means nothing.
 */
public record ConfidenceIntervals(int resamples, long seed, Interval accuracy, Interval macroF1, Interval fAvg) {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 1;

    public static ConfidenceIntervals of(List<Stance> gold, List<Stance> predicted, int resamples, long seed) {
        int n = gold.size();
        double[] accuracy = new double[resamples];
        double[] macro = new double[resamples];
        double[] fAvg = new double[resamples];
        Random random = new Random(seed);
        List<Stance> g = new ArrayList<>(n);
        List<Stance> p = new ArrayList<>(n);
        for (int r = 0; r < resamples; r++) {
            g.clear();
            p.clear();
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                g.add(gold.get(k));
                p.add(predicted.get(k));
            }
            ConfusionMatrix m = new ConfusionMatrix(g, p);
            accuracy[r] = m.accuracy();
            macro[r] = m.macroF1();
            fAvg[r] = m.fAvg();
        }
        return new ConfidenceIntervals(resamples, seed, percentiles(accuracy), percentiles(macro), percentiles(fAvg));
    }

    /** The 2.5th and 97.5th percentiles (nearest rank). */
    static Interval percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Interval(sorted[rank(0.025, sorted.length)], sorted[rank(0.975, sorted.length)]);
    }

    private static int rank(double q, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1));
    }
}

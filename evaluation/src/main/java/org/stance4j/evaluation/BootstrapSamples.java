package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The bootstrap behind every interval: {@code resamples} samples of the n statements, each drawn
 * with replacement by one {@link Random} seeded with {@code seed}, so the same seed gives the same
 * samples and the same figures. A sample is kept as its confusion matrix, which is all any metric
 * needs. Paired samples score two models' predictions on the same drawn statements, so a difference
 * between them comes from the models, not from the draw.
 */
final class BootstrapSamples {
    /** One sample's confusion matrices of model a and model b. */
    record Pair(ConfusionMatrix a, ConfusionMatrix b) {
    }

    private BootstrapSamples() {
    }

    static List<ConfusionMatrix> of(List<Stance> gold, List<Stance> predicted, int resamples, long seed) {
        return draw(gold, List.of(predicted), resamples, seed).stream().map(m -> m.get(0)).toList();
    }

    static List<Pair> paired(List<Stance> gold, List<Stance> a, List<Stance> b, int resamples, long seed) {
        return draw(gold, List.of(a, b), resamples, seed).stream().map(m -> new Pair(m.get(0), m.get(1))).toList();
    }

    /** The 2.5th and 97.5th percentiles (nearest rank) of a statistic's values over the samples. */
    static Interval percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Interval(sorted[rank(0.025, sorted.length)], sorted[rank(0.975, sorted.length)]);
    }

    private static int rank(double q, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1));
    }

    /** Per sample, gold against each of {@code predictions} (parallel to gold) at the same drawn statements. */
    private static List<List<ConfusionMatrix>> draw(List<Stance> gold, List<List<Stance>> predictions, int resamples, long seed) {
        int n = gold.size();
        Random random = new Random(seed);
        List<Stance> g = new ArrayList<>(n);
        List<List<Stance>> p = new ArrayList<>();
        predictions.forEach(x -> p.add(new ArrayList<>(n)));
        List<List<ConfusionMatrix>> samples = new ArrayList<>(resamples);
        for (int r = 0; r < resamples; r++) {
            g.clear();
            p.forEach(List::clear);
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                g.add(gold.get(k));
                for (int m = 0; m < predictions.size(); m++) {
                    p.get(m).add(predictions.get(m).get(k));
                }
            }
            samples.add(p.stream().map(x -> new ConfusionMatrix(g, x)).toList());
        }
        return samples;
    }
}

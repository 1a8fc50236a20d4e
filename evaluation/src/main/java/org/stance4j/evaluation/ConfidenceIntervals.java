package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.List;
import java.util.function.ToDoubleFunction;

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
        List<ConfusionMatrix> samples = BootstrapSamples.of(gold, predicted, resamples, seed);
        return new ConfidenceIntervals(resamples, seed, interval(samples, ConfusionMatrix::accuracy),
                interval(samples, ConfusionMatrix::macroF1), interval(samples, ConfusionMatrix::fAvg));
    }

    private static Interval interval(List<ConfusionMatrix> samples, ToDoubleFunction<ConfusionMatrix> metric) {
        return BootstrapSamples.percentiles(samples.stream().mapToDouble(metric).toArray());
    }
}

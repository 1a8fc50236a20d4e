package org.stance4j.evaluation;

import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Two models scored on the same statements: each metric for both, the difference (b minus a) with a
 * paired bootstrap 95% interval (statements resampled together, so both models see the same
 * sample), McNemar's test on the statements exactly one of them gets right, and the statements on
 * which they disagree. Immutable.
 *
 * @param onlyARight statements a gets right and b wrong
 * @param onlyBRight statements b gets right and a wrong
 * @param mcnemarP two-sided p-value of McNemar's test (exact binomial below 25 discordant statements,
 *     chi-square with continuity correction above)
 */
public record ModelComparison(List<MetricDifference> metrics, int onlyARight, int onlyBRight, double mcnemarP,
                              List<Disagreement> disagreements, int resamples, long seed) {

    /** One metric for both models and their difference (b - a). */
    public record MetricDifference(String metric, double a, double b, double difference, Interval interval) {
    }

    /** A statement on which the two models predict different stances. */
    public record Disagreement(ScoredStatement a, ScoredStatement b) {
    }

    public ModelComparison {
        metrics = List.copyOf(metrics);
        disagreements = List.copyOf(disagreements);
    }

    /** @throws IllegalArgumentException when the two lists are not the same statements in the same order */
    public static ModelComparison of(List<ScoredStatement> a, List<ScoredStatement> b, int resamples, long seed) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the two sides have " + a.size() + " and " + b.size() + " statements");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).statement().text().equals(b.get(i).statement().text())
                    || !a.get(i).statement().event().equals(b.get(i).statement().event())
                    || a.get(i).statement().stance() != b.get(i).statement().stance()) {
                throw new IllegalArgumentException("statement " + (i + 1) + " differs between the two sides");
            }
        }
        List<Stance> gold = a.stream().map(s -> s.statement().stance()).toList();
        List<Stance> pa = a.stream().map(s -> s.prediction().stance()).toList();
        List<Stance> pb = b.stream().map(s -> s.prediction().stance()).toList();
        ConfusionMatrix wholeA = new ConfusionMatrix(gold, pa);
        ConfusionMatrix wholeB = new ConfusionMatrix(gold, pb);
        List<BootstrapSamples.Pair> samples = BootstrapSamples.paired(gold, pa, pb, resamples, seed);
        List<MetricDifference> metrics = List.of(difference("accuracy", ConfusionMatrix::accuracy, wholeA, wholeB, samples),
                difference("macro_f1", ConfusionMatrix::macroF1, wholeA, wholeB, samples),
                difference("f_avg", ConfusionMatrix::fAvg, wholeA, wholeB, samples));
        int onlyA = 0;
        int onlyB = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            boolean ra = pa.get(i) == gold.get(i);
            boolean rb = pb.get(i) == gold.get(i);
            onlyA += ra && !rb ? 1 : 0;
            onlyB += rb && !ra ? 1 : 0;
            if (pa.get(i) != pb.get(i)) {
                disagreements.add(new Disagreement(a.get(i), b.get(i)));
            }
        }
        return new ModelComparison(metrics, onlyA, onlyB, mcnemar(onlyA, onlyB), disagreements, resamples, seed);
    }

    private static MetricDifference difference(String name, ToDoubleFunction<ConfusionMatrix> metric, ConfusionMatrix wholeA,
                                               ConfusionMatrix wholeB, List<BootstrapSamples.Pair> samples) {
        double a = metric.applyAsDouble(wholeA);
        double b = metric.applyAsDouble(wholeB);
        double[] diffs = samples.stream().mapToDouble(s -> metric.applyAsDouble(s.b()) - metric.applyAsDouble(s.a())).toArray();
        return new MetricDifference(name, a, b, b - a, BootstrapSamples.percentiles(diffs));
    }

    /** Two-sided p-value of McNemar's test for discordant counts b and c. */
    static double mcnemar(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        if (n < 25) {
            // exact: P(X <= min(b, c)) for X ~ Binomial(n, 1/2), doubled
            double tail = 0;
            double term = Math.pow(0.5, n);
            for (int k = 0; k <= Math.min(b, c); k++) {
                tail += term;
                term = term * (n - k) / (k + 1);
            }
            return Math.min(1.0, 2 * tail);
        }
        double chi2 = Math.pow(Math.abs(b - c) - 1, 2) / n;
        return erfc(Math.sqrt(chi2 / 2));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev approximation, relative error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}

package org.stance4j.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the model's confidence (the probability of its predicted stance) matches how often it is
 * right: statements grouped into equal-width confidence bins, with each bin's count, mean confidence
 * and accuracy, and the expected calibration error (the count-weighted mean gap between the two).
 */
public record Calibration(List<Bin> bins, double expectedCalibrationError) {
    public static final int DEFAULT_BINS = 10;

    /** One confidence bin [from, to): how many statements, how many right, mean confidence. */
    public record Bin(double from, double to, int count, int correct, double meanConfidence) {
        public double accuracy() {
            return count == 0 ? 0 : (double) correct / count;
        }
    }

    public Calibration {
        bins = List.copyOf(bins);
    }

    public static Calibration of(List<ScoredStatement> scored, int binCount) {
        int[] count = new int[binCount];
        int[] correct = new int[binCount];
        double[] confidence = new double[binCount];
        for (ScoredStatement s : scored) {
            double c = s.prediction().confidence();
            int b = Math.min(binCount - 1, (int) (c * binCount));
            count[b]++;
            correct[b] += s.correct() ? 1 : 0;
            confidence[b] += c;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double mean = count[b] == 0 ? 0 : confidence[b] / count[b];
            Bin bin = new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], correct[b], mean);
            bins.add(bin);
            if (count[b] > 0 && !scored.isEmpty()) {
                ece += (double) count[b] / scored.size() * Math.abs(bin.accuracy() - mean);
            }
        }
        return new Calibration(bins, ece);
    }
}

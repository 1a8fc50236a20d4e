package org.stance4j.evaluation;

/**
 * Precision, recall and F1 of one stance, and how many gold statements have it.
 * A ratio with a zero denominator is 0, as scikit-learn's {@code zero_division=0}.
 */
public record ClassMetrics(double precision, double recall, double f1, long support) {
}

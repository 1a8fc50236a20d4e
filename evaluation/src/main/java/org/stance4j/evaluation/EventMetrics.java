package org.stance4j.evaluation;

/** Scores on the statements of one event. */
public record EventMetrics(long examples, double accuracy, double macroF1) {
}

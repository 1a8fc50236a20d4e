package org.stance4j.benchmarks.accuracy;

/**
 * What one system achieved on one test split.
 *
 * @param trainSeconds wall time of training
 * @param predictPerSecond statements scored per second, start-up excluded where the system allows
 */
public record Scores(String system, long examples, double accuracy, double macroF1, double fAvg,
                     double trainSeconds, double predictPerSecond) {
}

package org.stance4j.evaluation;

/** A two-sided confidence interval. */
public record Interval(double low, double high) {
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

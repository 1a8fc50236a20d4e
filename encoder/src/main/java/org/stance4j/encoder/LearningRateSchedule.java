package org.stance4j.encoder;

/**
 * Linear warm-up from 0 to the peak over the first {@code warmupSteps}, then linear decay to 0 at
 * {@code totalSteps}, as BERT's fine-tuning uses.
 */
record LearningRateSchedule(int warmupSteps, int totalSteps) {
    LearningRateSchedule {
        if (totalSteps < 1 || warmupSteps < 0 || warmupSteps >= totalSteps) {
            throw new IllegalArgumentException("need 0 <= warm-up < total steps, got " + warmupSteps + " and " + totalSteps);
        }
    }

    static LearningRateSchedule of(double warmupFraction, int totalSteps) {
        return new LearningRateSchedule(Math.min(totalSteps - 1, (int) Math.floor(warmupFraction * totalSteps)), totalSteps);
    }

    /** The factor of the peak learning rate for the 0-based {@code step}. */
    double factor(int step) {
        if (step < warmupSteps) {
            return (step + 1.0) / (warmupSteps + 1.0);
        }
        return Math.max(0.0, (double) (totalSteps - step) / (totalSteps - warmupSteps));
    }
}

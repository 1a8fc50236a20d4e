package org.stance4j.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The predicted stance of one statement toward one event, with the probability of every stance.
 *
 * <p>Instances are immutable. Probabilities are keyed by {@link Stance}, never by position.
 */
public final class Prediction {
    private final Stance stance;
    private final Map<Stance, Double> probabilities;

    private Prediction(Stance stance, Map<Stance, Double> probabilities) {
        this.stance = stance;
        this.probabilities = probabilities;
    }

    /**
     * A prediction from one probability per stance; the predicted stance is the most probable one
     * (ties go to the stance declared first in {@link Stance}).
     *
     * @throws IllegalArgumentException when a stance is missing or a probability is not in [0, 1]
     */
    public static Prediction of(Map<Stance, Double> probabilities) {
        Objects.requireNonNull(probabilities, "probabilities");
        EnumMap<Stance, Double> copy = new EnumMap<>(Stance.class);
        Stance best = null;
        for (Stance s : Stance.values()) {
            Double p = probabilities.get(s);
            if (p == null || !(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("probability of " + s + " must be in [0, 1], got " + p);
            }
            copy.put(s, p);
            if (best == null || p > copy.get(best)) {
                best = s;
            }
        }
        return new Prediction(best, Collections.unmodifiableMap(copy));
    }

    /** The most probable stance. */
    public Stance stance() {
        return stance;
    }

    /** The probability of {@code stance}, between 0 and 1; the three probabilities sum to 1. */
    public double probability(Stance stance) {
        return probabilities.get(Objects.requireNonNull(stance, "stance"));
    }

    /** The probability of the predicted stance. */
    public double confidence() {
        return probabilities.get(stance);
    }

    /** All probabilities, in {@link Stance} order; the map is unmodifiable. */
    public Map<Stance, Double> probabilities() {
        return probabilities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prediction other && probabilities.equals(other.probabilities);
    }

    @Override
    public int hashCode() {
        return probabilities.hashCode();
    }

    @Override
    public String toString() {
        return stance + " " + probabilities;
    }
}

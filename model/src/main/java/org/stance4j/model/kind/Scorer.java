package org.stance4j.model.kind;

import org.stance4j.model.Prediction;
import org.stance4j.model.StanceInput;

import java.util.List;

/**
 * A loaded model's means of scoring statements, whatever its kind. Implementations are immutable
 * (or guard their own state) and safe to share between threads.
 */
public interface Scorer extends AutoCloseable {
    /** Predictions for every input, in order; batching is the scorer's own business. */
    List<Prediction> score(List<StanceInput> inputs);

    /**
     * Frees what the scorer holds outside the Java heap (a native session, say); later calls to
     * {@link #score} may fail. Scorers that hold nothing of the kind need not override it.
     */
    @Override
    default void close() {
    }
}

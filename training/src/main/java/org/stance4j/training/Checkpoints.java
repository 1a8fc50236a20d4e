package org.stance4j.training;

import java.io.UncheckedIOException;
import java.util.Optional;

/** Where training leaves its state after every epoch, and where an interrupted run picks it up. */
public interface Checkpoints {
    /** No checkpoints: nothing is saved, training always starts afresh. */
    Checkpoints NONE = new Checkpoints() {
        @Override
        public Optional<TrainingState> resume() {
            return Optional.empty();
        }

        @Override
        public void save(TrainingState state) {
        }
    };

    /** The state to resume from, or empty to start afresh. */
    Optional<TrainingState> resume() throws UncheckedIOException;

    /** Keeps the state of a finished epoch; called after every epoch. */
    void save(TrainingState state) throws UncheckedIOException;
}

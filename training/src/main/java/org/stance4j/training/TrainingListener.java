package org.stance4j.training;

/** Follows training as it goes, e.g. to draw a progress bar. All methods are called on the training thread. */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() {
    };

    default void started(int maxEpochs, int batchesPerEpoch) {
    }

    default void batchDone(int epoch, int batch, double loss) {
    }

    /** @param best whether this epoch gave the best dev macro-F1 so far */
    default void epochDone(EpochResult result, boolean best) {
    }

    default void finished(TrainingHistory history) {
    }

    /** After {@link #finished}: training starts afresh on all {@code statements} for {@code epochs} epochs. */
    default void refitStarted(int epochs, int statements) {
    }

    default void refitEpochDone(int epoch, double trainLoss, double seconds) {
    }
}

package org.stance4j.encoder;

import java.util.function.Supplier;

/** Hears of the progress of fine-tuning; called on the training thread. */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = step -> { };

    /** After every step. */
    void onStep(TrainingStep step);

    /**
     * After every epoch; {@code model} gives a snapshot of the weights at this point, for scoring a
     * held-out set (it copies them, so ask only when needed).
     */
    default void onEpoch(int epoch, Supplier<EncoderModel> model) {
    }
}

package org.stance4j.training;

import java.util.List;

/**
 * How training went.
 *
 * @param epochs every epoch run, in order
 * @param bestEpoch the epoch whose weights were kept (best dev macro-F1)
 * @param stopReason why training ended: "early stopping", "max epochs" or "interrupted"
 * @param refitEpochs epochs of the final run on all the data (dev share included), 0 when there was none
 * @param refitSeconds wall time of that run
 */
public record TrainingHistory(List<EpochResult> epochs, int bestEpoch, String stopReason, int refitEpochs, double refitSeconds) {
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    public double bestDevMacroF1() {
        return epochs.stream().filter(e -> e.epoch() == bestEpoch).mapToDouble(EpochResult::devMacroF1).findFirst().orElse(Double.NaN);
    }

    public double seconds() {
        return epochs.stream().mapToDouble(EpochResult::seconds).sum() + refitSeconds;
    }

    /** The same history followed by a refit of {@code epochs} epochs that took {@code seconds}. */
    TrainingHistory withRefit(int epochs, double seconds) {
        return new TrainingHistory(this.epochs, bestEpoch, stopReason, epochs, seconds);
    }
}

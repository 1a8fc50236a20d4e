package org.stance4j.training;

import java.util.List;

/**
 * How training went.
 *
 * @param epochs every epoch run, in order
 * @param bestEpoch the epoch whose weights were kept (best dev macro-F1)
 * @param stopReason why training ended: "early stopping", "max epochs" or "interrupted"
 */
public record TrainingHistory(List<EpochResult> epochs, int bestEpoch, String stopReason) {
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    public double bestDevMacroF1() {
        return epochs.stream().filter(e -> e.epoch() == bestEpoch).mapToDouble(EpochResult::devMacroF1).findFirst().orElse(Double.NaN);
    }

    public double seconds() {
        return epochs.stream().mapToDouble(EpochResult::seconds).sum();
    }
}

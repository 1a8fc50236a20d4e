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

    /**
     * The epoch where the dev macro-F1, averaged with its neighbours (the epochs just before and
     * after it that were run), is highest; the earliest such epoch on a tie. A refit trains for this
     * many epochs: on a small dev share one lucky early epoch can top the raw curve, and a refit
     * that stops there is undertrained, while the smoothed curve peaks where the model is good for
     * several epochs in a row.
     */
    public int smoothedBestEpoch() {
        int chosen = bestEpoch;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < epochs.size(); i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(epochs.size() - 1, i + 1); j++) {
                sum += epochs.get(j).devMacroF1();
                n++;
            }
            double mean = sum / n;
            if (mean > best) {
                best = mean;
                chosen = epochs.get(i).epoch();
            }
        }
        return chosen;
    }

    public double seconds() {
        return epochs.stream().mapToDouble(EpochResult::seconds).sum() + refitSeconds;
    }

    /** The same history followed by a refit of {@code epochs} epochs that took {@code seconds}. */
    TrainingHistory withRefit(int epochs, double seconds) {
        return new TrainingHistory(this.epochs, bestEpoch, stopReason, epochs, seconds);
    }
}

package org.stance4j.training;

/**
 * What one epoch achieved.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch's batches
 * @param devMacroF1 macro-F1 on the dev statements after the epoch
 * @param seconds wall time of the epoch, dev scoring included
 */
public record EpochResult(int epoch, double trainLoss, double devMacroF1, double seconds) {
}

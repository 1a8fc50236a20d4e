package org.stance4j.training;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Where training stands after a finished epoch: everything needed to carry on as if it had never
 * stopped. Shuffling and dropout are seeded per epoch, so they need no saved state.
 *
 * @param fingerprint SHA-256 of the settings and the data; a state only resumes the same training
 * @param epoch the last finished epoch
 * @param history every finished epoch
 * @param parameters the network's weights after that epoch
 * @param bestParameters the weights of the best epoch so far
 * @param updaterState Adam's moment estimates
 * @param iterations gradient steps so far (Adam's bias correction depends on it)
 */
public record TrainingState(String fingerprint, int epoch, List<EpochResult> history, int bestEpoch, double bestDevMacroF1,
                            INDArray parameters, INDArray bestParameters, INDArray updaterState, int iterations) {
    public TrainingState {
        history = List.copyOf(history);
    }
}

package org.stance4j.encoder;

/**
 * What one fine-tuning step did.
 *
 * @param epoch the 1-based epoch the step belongs to
 * @param step the 1-based number of the step
 * @param totalSteps the steps of the whole run
 * @param examples the examples in the step's batch
 * @param loss the batch's mean cross-entropy before the update
 * @param gradientNorm the global L2 norm of the gradients before clipping
 * @param learningRate the encoder's learning rate at this step (the head's is in the same proportion)
 * @param seconds the step's wall-clock time
 */
public record TrainingStep(int epoch, int step, int totalSteps, int examples, double loss, double gradientNorm,
                           double learningRate, double seconds) {
}

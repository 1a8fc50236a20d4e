/**
 * The stance4j training module, a library: the DL4J trainer with early stopping on the dev macro-F1
 * ({@link org.stance4j.training.StanceTrainer}) returns a {@link org.stance4j.training.TrainedModel}
 * that {@link org.stance4j.training.ModelSaver} writes as a bundle; cross-validation; checkpoints.
 * Evaluation and reports live in {@code evaluation}, the {@code stance4j} command line in {@code cli}.
 */
package org.stance4j.training;

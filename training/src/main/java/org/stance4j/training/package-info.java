/**
 * The stance4j training module: the DL4J trainer with early stopping on the dev macro-F1
 * ({@link org.stance4j.training.StanceTrainer}), cross-validation, and saving models as bundles.
 * Evaluation and reports live in {@code evaluation}, the {@code stance4j} command line in {@code cli}.
 */
package org.stance4j.training;

/**
 * The stance4j inference library: load a model bundle with
 * {@link org.stance4j.inference.StanceClassifier#load} (or the shipped default model with
 * {@link org.stance4j.inference.StanceClassifier#loadDefault}) and classify statements toward events.
 *
 * <p>The public API is {@link org.stance4j.inference.StanceClassifier} with the types of
 * {@code org.stance4j.model}: {@link org.stance4j.model.StanceInput},
 * {@link org.stance4j.model.Prediction}, {@link org.stance4j.model.Stance},
 * {@link org.stance4j.model.ModelInfo} and the checked {@link org.stance4j.model.StanceException}
 * family. Only this module and those types need to be on a user's class path at compile time.
 */
package org.stance4j.inference;

/**
 * The accurate model that stance4j ships: its artifact holds only the bundle
 * {@code org/stance4j/models/accurate-model.zip}, a bundle of kind {@code mean} that averages the fast
 * model and all-MiniLM-L6-v2 fine-tuned by the encoder recipe on the bundled corpus (half precision,
 * without the word-embedding table, which the encoder restores from the base artifact and checks by
 * SHA-256), and depends on the encoder's runtime. Load it with
 * {@code StanceClassifier.load(BuiltInModel.ACCURATE)} or {@code --model accurate}.
 */
package org.stance4j.models;

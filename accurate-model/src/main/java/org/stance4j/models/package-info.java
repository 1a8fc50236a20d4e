/**
 * The accurate model that stance4j ships: its artifact holds only the bundle
 * {@code org/stance4j/models/accurate-model.zip}, a bundle of kind {@code mean} that averages
 * all-MiniLM-L6-v2 fine-tuned by the encoder recipe on the bundled corpus (half precision, without the
 * word-embedding table, which the encoder restores from the base artifact and checks by SHA-256) with
 * the fast model, or, for statements toward the bundled corpus's events, the n-gram recipe trained
 * with the rows derived from the corpus's event relations; and depends on the encoder's runtime. Load it with
 * {@code StanceClassifier.load(BuiltInModel.ACCURATE)} or {@code --model accurate}.
 */
package org.stance4j.models;

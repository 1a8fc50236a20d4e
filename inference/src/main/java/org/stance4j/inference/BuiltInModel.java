package org.stance4j.inference;

import java.util.Locale;
import java.util.Optional;

/**
 * The two models stance4j ships, trained on its bundled corpus, for {@link StanceClassifier#load(BuiltInModel)}.
 * Choose by what matters more: {@link #FAST} scores about a hundred thousand statements a second
 * on two cores; {@link #ACCURATE} adds a model that reads meaning rather than words, and is far slower.
 */
public enum BuiltInModel {
    /** The n-gram model inside {@code stance4j-inference}: no further dependency, plain Java. */
    FAST("fast", "org/stance4j/inference/default-model.zip", "stance4j-inference"),
    /**
     * The mean of a fine-tuned pretrained transformer encoder and an n-gram model: the fast model, or for
     * the bundled corpus's events, the n-gram recipe trained on rows derived from how those events relate,
     * which reads them better. Better than either half alone on the bundled corpus. It ships in its own artifact, {@code org.stance4j:stance4j-accurate-model}, which
     * brings the encoder's runtime with it.
     */
    ACCURATE("accurate", "org/stance4j/models/accurate-model.zip", "stance4j-accurate-model");

    private final String word;
    private final String resource;
    private final String artifact;

    BuiltInModel(String word, String resource, String artifact) {
        this.word = word;
        this.resource = resource;
        this.artifact = artifact;
    }

    /** How the command line and Spark's {@code modelPath} name it: {@code fast} or {@code accurate}. */
    public String word() {
        return word;
    }

    /** Where its bundle is on the class path. */
    public String resource() {
        return resource;
    }

    /** The artifact (group {@code org.stance4j}) that puts it on the class path. */
    public String artifact() {
        return artifact;
    }

    /** The model a word names, ignoring case and surrounding blanks. */
    public static Optional<BuiltInModel> named(String word) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (BuiltInModel model : values()) {
            if (model.word.equals(key)) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }
}

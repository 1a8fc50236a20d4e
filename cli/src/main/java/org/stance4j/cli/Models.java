package org.stance4j.cli;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

import java.nio.file.Path;

/** Opens the model a command names, or the shipped default model when it names none. */
final class Models {
    private Models() {
    }

    static StanceClassifier open(Path bundle) throws InvalidBundleException {
        return bundle == null ? StanceClassifier.loadDefault() : StanceClassifier.load(bundle);
    }
}

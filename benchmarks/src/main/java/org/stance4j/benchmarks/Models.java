package org.stance4j.benchmarks;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

import java.nio.file.Path;

/** The model benchmarks run: -Dstance4j.model=MODEL.zip, or the shipped default model. */
final class Models {
    private Models() {
    }

    static StanceClassifier load() throws InvalidBundleException {
        String path = System.getProperty("stance4j.model");
        return path == null || path.isBlank() ? StanceClassifier.loadDefault() : StanceClassifier.load(Path.of(path));
    }
}

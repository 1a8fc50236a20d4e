package org.stance4j.cli;

import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the model a command's {@code --model} names: {@code fast} or {@code accurate} (the shipped
 * models), or a bundle's path (write {@code ./fast} for a file of that name); without it, the
 * command's default.
 */
final class Models {
    private Models() {
    }

    static StanceClassifier open(String model, BuiltInModel otherwise) throws InvalidBundleException {
        if (model == null) {
            return StanceClassifier.load(otherwise);
        }
        Optional<BuiltInModel> builtIn = BuiltInModel.named(model);
        return builtIn.isPresent() ? StanceClassifier.load(builtIn.get()) : StanceClassifier.load(Path.of(model));
    }
}

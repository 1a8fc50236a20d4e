package org.stance4j.cli;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.StanceException;
import org.stance4j.model.kind.Scorer;
import org.stance4j.training.ModelSaver;

import java.io.IOException;
import java.util.List;

/**
 * What {@code train} gets from a recipe: the scorer for the held-out reports, how to save the model,
 * whether training was interrupted, and how to train the recipe again for the unseen-event report.
 */
record TrainedRecipe(Scorer scorer, Saving saving, boolean interrupted, Unseen unseen) {

    /** Writes the trained model, with the data it came from, to its target. */
    @FunctionalInterface
    interface Saving {
        void save(List<ModelSaver.Source> sources) throws IOException;
    }

    /** Trains the recipe's second model, on the bundled corpus without the events held out as unseen. */
    @FunctionalInterface
    interface Unseen {
        /** @param plain the training statements; {@code augmented}, the same with derived rows, if any */
        Scorer train(List<LabeledStatement> plain, List<LabeledStatement> augmented) throws StanceException, IOException;
    }
}

package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;

/** A gold-labeled statement with the model's prediction for it. */
public record ScoredStatement(LabeledStatement statement, Prediction prediction) {
    public boolean correct() {
        return statement.stance() == prediction.stance();
    }
}

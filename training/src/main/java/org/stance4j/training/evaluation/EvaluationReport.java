package org.stance4j.training.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything an evaluation report shows: the scores, every scored statement (for error analysis),
 * the model's provenance and the data's identity. Immutable.
 */
public record EvaluationReport(Evaluation evaluation, List<ScoredStatement> scored, ModelInfo model, DataSummary data) {
    public EvaluationReport {
        scored = List.copyOf(scored);
    }

    /** Scores {@code predictions} against the gold statements (parallel lists). */
    public static EvaluationReport of(List<LabeledStatement> gold, List<Prediction> predictions, ModelInfo model, DataSummary data) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException(gold.size() + " statements but " + predictions.size() + " predictions");
        }
        List<ScoredStatement> scored = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            scored.add(new ScoredStatement(gold.get(i), predictions.get(i)));
        }
        Evaluation evaluation = Evaluation.of(
                gold.stream().map(LabeledStatement::stance).toList(),
                predictions.stream().map(Prediction::stance).toList(),
                gold.stream().map(LabeledStatement::event).toList());
        return new EvaluationReport(evaluation, scored, model, data);
    }
}

package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything an evaluation report shows: the scores with their bootstrap intervals, calibration,
 * every scored statement (for error analysis), the model's provenance and the data's identity.
 * Immutable.
 *
 * @param contrastive the figures of contrastive texts, or null when the data has none to show
 */
public record EvaluationReport(Evaluation evaluation, ConfidenceIntervals intervals, Calibration calibration,
                               List<ScoredStatement> scored, ModelInfo model, DataSummary data, ContrastiveFigures contrastive) {
    public EvaluationReport {
        scored = List.copyOf(scored);
    }

    public EvaluationReport(Evaluation evaluation, ConfidenceIntervals intervals, Calibration calibration,
                            List<ScoredStatement> scored, ModelInfo model, DataSummary data) {
        this(evaluation, intervals, calibration, scored, model, data, null);
    }

    /** The same report, showing {@code figures} too. */
    public EvaluationReport withContrastive(ContrastiveFigures figures) {
        return new EvaluationReport(evaluation, intervals, calibration, scored, model, data, figures);
    }

    /** The mistakes made with the highest confidence, most confident first. */
    public List<ScoredStatement> confidentMistakes(int limit) {
        return scored.stream().filter(s -> !s.correct())
                .sorted(java.util.Comparator.comparingDouble((ScoredStatement s) -> s.prediction().confidence()).reversed())
                .limit(limit).toList();
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
        List<org.stance4j.model.Stance> goldStances = gold.stream().map(LabeledStatement::stance).toList();
        List<org.stance4j.model.Stance> predicted = predictions.stream().map(Prediction::stance).toList();
        Evaluation evaluation = Evaluation.of(goldStances, predicted, gold.stream().map(LabeledStatement::event).toList());
        ConfidenceIntervals intervals = ConfidenceIntervals.of(goldStances, predicted,
                ConfidenceIntervals.DEFAULT_RESAMPLES, ConfidenceIntervals.DEFAULT_SEED);
        return new EvaluationReport(evaluation, intervals, Calibration.of(scored, Calibration.DEFAULT_BINS), scored, model, data);
    }
}

package org.stance4j.training;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.evaluation.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * k-fold cross-validation of the trainer: each fold trains on the other folds and predicts its own,
 * so every statement gets exactly one out-of-fold prediction.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * @param evaluation scores per fold
     * @param statements every statement, in fold order
     * @param predictions the out-of-fold prediction of each statement (parallel to statements)
     */
    public record Result(List<Evaluation> evaluation, List<LabeledStatement> statements, List<Prediction> predictions) {
        public Result {
            evaluation = List.copyOf(evaluation);
            statements = List.copyOf(statements);
            predictions = List.copyOf(predictions);
        }
    }

    /**
     * @param byEvent keep whole events in one fold (tests on events never trained on) instead of stratified folds
     * @param listeners the listener of each fold (0-based)
     */
    public static Result run(List<LabeledStatement> data, int folds, boolean byEvent, TrainingSettings settings,
                             IntFunction<TrainingListener> listeners) throws InvalidDataException {
        List<Split> splits = folds(data, folds, byEvent, settings.seed());
        List<Evaluation> perFold = new ArrayList<>();
        List<LabeledStatement> statements = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            Split split = splits.get(i);
            TrainedModel model = new StanceTrainer(settings).train(split.train(), listeners.apply(i));
            List<Prediction> p = model.scorer().score(split.test().stream().map(LabeledStatement::input).toList());
            perFold.add(Evaluation.of(split.test().stream().map(LabeledStatement::stance).toList(),
                    p.stream().map(Prediction::stance).toList(), split.test().stream().map(LabeledStatement::event).toList()));
            statements.addAll(split.test());
            predictions.addAll(p);
            model.network().close();
        }
        return new Result(perFold, statements, predictions);
    }

    /** The folds that {@link #run} uses, with the problem in a user's terms when there are too few statements or events. */
    public static List<Split> folds(List<LabeledStatement> data, int folds, boolean byEvent, long seed) throws InvalidDataException {
        if (folds < 2) {
            throw new InvalidDataException("cross-validation", 0, null, "needs at least 2 folds, got " + folds);
        }
        if (data.size() < folds) {
            throw new InvalidDataException("cross-validation", 0, null,
                    "only " + data.size() + " statements for " + folds + " folds");
        }
        long events = data.stream().map(LabeledStatement::event).distinct().count();
        if (byEvent && events < folds) {
            throw new InvalidDataException("cross-validation", 0, null,
                    "only " + events + " events for " + folds + " folds by event");
        }
        return byEvent ? Splits.groupedFolds(data, folds, seed, LabeledStatement::event) : Splits.stratifiedFolds(data, folds, seed);
    }
}

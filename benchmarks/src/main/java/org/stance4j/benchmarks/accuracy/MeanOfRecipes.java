package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.Split;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.kind.MeanScorer;
import org.stance4j.model.kind.Scorer;

import java.util.List;

/**
 * The combination that costs no training of its own: the mean of the recipes' probabilities for each
 * statement, scored on the same split. It is measured wherever more than one recipe ran, so that
 * whether combining pays is read off the same folds as everything else.
 */
final class MeanOfRecipes {
    static final String SYSTEM = "stance4j mean of both";

    private MeanOfRecipes() {
    }

    /**
     * @param outcomes two or more recipes' outcomes on {@code split}
     * @return the mean's outcome; its training time is the sum of theirs, its prediction time too
     */
    static Contender.Outcome of(List<Contender.Outcome> outcomes, Split split) {
        int n = split.test().size();
        // the same mean that a bundle of kind mean serves, over the predictions each recipe already made
        List<Prediction> mean = new MeanScorer(outcomes.stream().<Scorer>map(o -> inputs -> o.predictions()).toList())
                .score(split.test().stream().map(LabeledStatement::input).toList());
        double trainSeconds = outcomes.stream().mapToDouble(o -> o.scores().trainSeconds()).sum();
        double predictSeconds = outcomes.stream().mapToDouble(o -> n / o.scores().predictPerSecond()).sum();
        return Contender.Outcome.of(outcomes.size() == 2 ? SYSTEM : "stance4j mean of " + outcomes.size(), split, mean,
                trainSeconds, predictSeconds);
    }
}

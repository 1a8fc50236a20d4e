package org.stance4j.training;

import org.junit.jupiter.api.Test;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.model.Prediction;
import org.stance4j.evaluation.ModelComparison;
import org.stance4j.evaluation.ScoredStatement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two seeds of the default recipe differ by chance only: compare's intervals for every metric include zero. */
class SeedComparisonTest {
    @Test
    void twoSeedsOfTheSameRecipeDifferByLessThanTheirInterval() throws Exception {
        Split split = Splits.stratified(TinyTraining.statements(1500), 0.3, 4);
        List<ScoredStatement> a = scored(split, 1);
        List<ScoredStatement> b = scored(split, 2);
        ModelComparison c = ModelComparison.of(a, b, 1000, 1);
        assertTrue(c.onlyARight() + c.onlyBRight() > 0, "the seeds give different models");
        for (ModelComparison.MetricDifference m : c.metrics()) {
            assertTrue(m.interval().low() <= 0 && m.interval().high() >= 0,
                    m.metric() + ": " + m.difference() + " in " + m.interval());
        }
    }

    private static List<ScoredStatement> scored(Split split, long seed) throws Exception {
        // the default recipe: a recipe that stops before it converges (like the tiny test settings) differs by seed for real
        TrainedModel model = new StanceTrainer(TrainingSettings.defaults().withSeed(seed)).train(split.train(), TrainingListener.NONE);
        List<Prediction> predictions = model.scorer().score(split.test().stream().map(LabeledStatement::input).toList());
        model.network().close();
        List<ScoredStatement> scored = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            scored.add(new ScoredStatement(split.test().get(i), predictions.get(i)));
        }
        return scored;
    }
}

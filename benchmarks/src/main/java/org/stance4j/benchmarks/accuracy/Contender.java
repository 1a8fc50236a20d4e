package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;

import java.util.List;

/** One of stance4j's recipes as the benchmark runs it: trained on a split's training part, scored on its test part. */
interface Contender {
    /** The column heading of the benchmark table. */
    String system();

    /** Whether it runs on this seed's folds: the encoder, minutes a split, runs on the first seeds only. */
    boolean runsOnSeed(int seed);

    Outcome score(Split split, long seed) throws StanceException;

    /**
     * What a recipe did on one split.
     *
     * @param predictions one per statement of the split's test part, in order
     */
    record Outcome(Scores scores, List<Prediction> predictions) {
        public Outcome {
            predictions = List.copyOf(predictions);
        }

        /** Scores predictions for a split's test part, with the measured times. */
        static Outcome of(String system, Split split, List<Prediction> predictions, double trainSeconds, double predictSeconds) {
            List<LabeledStatement> test = split.test();
            Evaluation e = Evaluation.of(test, predictions);
            return new Outcome(new Scores(system, e.examples(), e.accuracy(), e.macroF1(), e.fAvg(), trainSeconds,
                    test.size() / predictSeconds), predictions);
        }
    }
}

package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceInput;
import org.stance4j.training.StanceTrainer;
import org.stance4j.training.TrainedModel;
import org.stance4j.training.TrainingListener;
import org.stance4j.training.TrainingSettings;

import java.util.List;

/** The n-gram recipe, {@code train}'s default, on every seed. */
record NgramContender(TrainingSettings settings) implements Contender {
    static final String SYSTEM = "stance4j n-gram";

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public boolean runsOnSeed(int seed) {
        return true;
    }

    @Override
    public Outcome score(Split split, long seed) throws InvalidDataException {
        long start = System.nanoTime();
        TrainedModel model = new StanceTrainer(settings.withSeed(seed)).train(split.train(), TrainingListener.NONE);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        List<StanceInput> inputs = split.test().stream().map(LabeledStatement::input).toList();
        start = System.nanoTime();
        List<Prediction> predictions = model.scorer().score(inputs);
        double predictSeconds = (System.nanoTime() - start) / 1e9;
        model.network().close();
        return Outcome.of(SYSTEM, split, predictions, trainSeconds, predictSeconds);
    }
}

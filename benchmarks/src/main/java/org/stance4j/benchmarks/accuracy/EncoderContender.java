package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderRecipe;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.model.kind.Scorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The encoder recipe as {@code train --recipe encoder} runs it: a stratified tenth of the training part
 * chooses the epoch, and the kept model is scored by the scorer that serves its bundles. Training time
 * includes scoring that tenth after each epoch, as it does on the command line.
 *
 * @param seeds how many seeds' folds it runs on, from the first
 */
record EncoderContender(BaseEncoder base, EncoderSettings settings, int seeds) implements Contender {
    @Override
    public String system() {
        String name = "stance4j encoder";
        if (!base.name().equals(BaseEncoder.miniLmL6().name())) {
            name += " (" + base.name() + ")";
        }
        if (settings.epochs() != EncoderSettings.defaults().epochs()) {
            name += " (" + settings.epochs() + (settings.epochs() == 1 ? " epoch)" : " epochs)");
        }
        return name;
    }

    @Override
    public boolean runsOnSeed(int seed) {
        return seed <= seeds;
    }

    @Override
    public Outcome score(Split split, long seed) throws StanceException {
        Split choose = Splits.stratified(split.train(), EncoderRecipe.DEV_FRACTION, seed);
        long start = System.nanoTime();
        EncoderRecipe.Result result;
        try {
            result = EncoderRecipe.train(base, settings.withSeed(seed), choose.train(), choose.test(),
                    new EncoderRecipe.Progress() {
                    }, () -> false, null, false);
        } catch (IOException e) {
            // without a checkpoint file the recipe does no input or output of its own
            throw new UncheckedIOException(e);
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        List<Prediction> predictions;
        try (Scorer scorer = result.model().servingScorer()) {
            start = System.nanoTime();
            predictions = scorer.score(split.test().stream().map(LabeledStatement::input).toList());
        }
        double predictSeconds = (System.nanoTime() - start) / 1e9;
        return Outcome.of(system(), split, predictions, trainSeconds, predictSeconds);
    }
}

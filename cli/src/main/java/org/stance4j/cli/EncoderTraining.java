package org.stance4j.cli;

import org.stance4j.datasets.DerivedRows;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderBundle;
import org.stance4j.encoder.EncoderRecipe;
import org.stance4j.encoder.EncoderSettings;
import org.stance4j.encoder.TrainingStep;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.training.EpochResult;
import org.stance4j.training.ModelSaver;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code train --recipe encoder}: fine-tunes the pretrained encoder, choosing the epoch on dev
 * statements (the given dev data, or a stratified tenth of the training statements, as the n-gram
 * recipe does), and saves it as a bundle of kind {@code encoder}.
 */
final class EncoderTraining {
    /** On a plain stream, a line every this many steps: an encoder epoch takes minutes. */
    private static final int STEPS_PER_LINE = 50;

    private final BaseEncoder base;
    private final EncoderSettings settings;
    private final PrintWriter out;
    private final boolean terminal;

    EncoderTraining(BaseEncoder base, long seed, Integer epochs, PrintWriter out, boolean terminal) {
        this.base = base;
        EncoderSettings s = EncoderSettings.defaults().withSeed(seed);
        this.settings = epochs == null ? s : s.withEpochs(epochs);
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * @param dev the statements to choose the epoch by, or null to hold out a share of {@code train}
     */
    EncoderRecipe.Result train(List<LabeledStatement> train, List<LabeledStatement> dev, String title, BooleanSupplier stop,
                               Path checkpoint, boolean resume) throws StanceException, IOException {
        List<LabeledStatement> fit = train;
        List<LabeledStatement> choose = dev;
        if (dev == null) {
            Split split = Splits.stratified(train, EncoderRecipe.DEV_FRACTION, settings.seed());
            fit = split.train();
            choose = split.test();
        }
        return EncoderRecipe.train(base, settings, fit, choose, progress(title), stop, checkpoint, resume);
    }

    /**
     * @param derived the rows derived for training, and the record they came from, for the manifest
     * @param halfPrecision store the weights as half floats
     */
    void save(EncoderRecipe.Result result, List<ModelSaver.Source> sources, DerivedRows derived, Path target,
              boolean halfPrecision) throws IOException {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("recipe", "encoder");
        recorded.put("epochs", settings.epochs());
        recorded.put("devFraction", EncoderRecipe.DEV_FRACTION);
        derived.addTo(recorded);
        TrainingRecord training = new TrainingRecord(settings.seed(), recorded,
                sources.stream().map(ModelSaver.Source::record).toList(), result.devMacroF1().size(),
                result.bestEpoch(), result.stopReason(), Math.round(result.seconds() * 10) / 10.0);
        Map<String, Double> devMetrics = new LinkedHashMap<>();
        if (result.bestEpoch() > 0 && !Double.isNaN(result.devMacroF1().get(result.bestEpoch() - 1))) {
            devMetrics.put("macro_f1", result.devMacroF1().get(result.bestEpoch() - 1));
        }
        EncoderBundle.write(target, result.model(), training, devMetrics, halfPrecision);
    }

    /** The n-gram recipe's display, fed from the encoder's steps and epochs. */
    private EncoderRecipe.Progress progress(String title) {
        ProgressDisplay display = new ProgressDisplay(out, terminal, title);
        return new EncoderRecipe.Progress() {
            private int stepsPerEpoch;

            @Override
            public void started(int epochCount, int steps) {
                stepsPerEpoch = steps;
                display.started(epochCount, steps);
                if (!terminal) {
                    out.printf(Locale.ROOT, "%s: fine-tuning for %d epochs of %d steps%n", title, epochCount, steps);
                    out.flush();
                }
            }

            @Override
            public void step(TrainingStep step) {
                int inEpoch = (step.step() - 1) % stepsPerEpoch + 1;
                display.batchDone(step.epoch(), inEpoch, step.loss());
                if (!terminal && step.step() % STEPS_PER_LINE == 0) {
                    double left = (step.totalSteps() - step.step()) * step.seconds() / 60;
                    out.printf(Locale.ROOT, "%s: step %d/%d  loss %.4f  %.1fs a step, about %.0f min left%n", title,
                            step.step(), step.totalSteps(), step.loss(), step.seconds(), left);
                    out.flush();
                }
            }

            @Override
            public void epoch(int epoch, double meanLoss, double devMacroF1, double seconds, boolean best) {
                display.epochDone(new EpochResult(epoch, meanLoss, devMacroF1, seconds), best);
            }
        };
    }
}

package org.stance4j.benchmarks;

import org.stance4j.datasets.Augmentation;
import org.stance4j.datasets.Augmenter;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.EventRelations;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.SeenEventSplit;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.encoder.EncoderRecipe;
import org.stance4j.evaluation.ContrastiveSplit;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.evaluation.HeldOutPairs;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.kind.Scorer;
import org.stance4j.training.StanceTrainer;
import org.stance4j.training.TrainingListener;
import org.stance4j.training.TrainingSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far weighting the members of {@code train --recipe mean --augment opposite} could move the
 * bundled corpus's contrastive rows. For the events it was trained on, that bundle averages the n-gram
 * model trained on derived rows (which learnt which way each event points) and the encoder (which
 * reads the pair but gives a new text the same stance toward both events of a pair) with equal
 * weights. This prints, for weights of the derived-rows member from 0 to 1:
 * <ul>
 *   <li>the seen-event figures of {@link SeenSplitFigures} on the held-out statements. These are
 *       analysis, not a way to choose: choosing by them would tune on the test;</li>
 *   <li>the same weights scored on the share that the encoder held out to choose its epoch, with a
 *       derived-rows n-gram model trained without that share: what a recipe that chose the weight on
 *       its own dev share, contrastive rows included, would see.</li>
 * </ul>
 * The member bundles are those inside the mean bundle ({@code unzip MODEL.zip 'members/*'}); the seed
 * is the one the bundle was trained with, which draws the encoder's dev share.
 *
 * <pre>{@code java -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.KnownEventsWeight DERIVED_NGRAM.zip ENCODER.zip SEED}</pre>
 */
public final class KnownEventsWeight {
    private static final int STEPS = 10;

    private KnownEventsWeight() {
    }

    public static void main(String[] args) throws Exception {
        Path derivedMember = Path.of(args[0]);
        Path encoderMember = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        SeenEventSplit split = BundledCorpus.seenEventSplit(BundledCorpus.load());
        Split encoderShare = Splits.stratified(split.train(), EncoderRecipe.DEV_FRACTION, seed);
        List<LabeledStatement> dev = encoderShare.test();

        List<Prediction> derivedTest = score(derivedMember, split.test());
        List<Prediction> derivedPairs = score(derivedMember, split.pairedTexts());
        List<Prediction> derivedDev = derivedModelWithout(dev, encoderShare.train(), split, seed);
        List<Prediction> encoderTest;
        List<Prediction> encoderPairs;
        List<Prediction> encoderDev;
        try (Scorer encoder = BundleReader.read(encoderMember).scorer()) {
            encoderTest = encoder.score(split.test().stream().map(LabeledStatement::input).toList());
            encoderPairs = encoder.score(split.pairedTexts().stream().map(LabeledStatement::input).toList());
            encoderDev = encoder.score(dev.stream().map(LabeledStatement::input).toList());
        }

        System.out.println("| weight of the derived-rows member | seen events, macro-F1 | trained toward another event with another stance, "
                + "accuracy | held-out pairs, rows | held-out pairs, texts | encoder's dev share, macro-F1 | its contrastive rows, accuracy |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int step = 0; step <= STEPS; step++) {
            double weight = step / (double) STEPS;
            List<Prediction> test = mix(derivedTest, encoderTest, weight);
            List<Prediction> pairs = mix(derivedPairs, encoderPairs, weight);
            List<Prediction> onDev = mix(derivedDev, encoderDev, weight);
            ContrastiveSplit contrastive = ContrastiveSplit.of(split.train(), split.test(), test);
            HeldOutPairs held = HeldOutPairs.of(split.pairedTexts(), pairs);
            ContrastiveSplit devContrastive = ContrastiveSplit.of(encoderShare.train(), dev, onDev);
            System.out.printf(Locale.ROOT, "| %.1f | %.4f | %.3f (%d) | %.3f (%d) | %.3f (%d) | %.4f | %.3f (%d) |%n", weight,
                    Evaluation.of(split.test(), test).macroF1(), contrastive.contrastiveAccuracy(), contrastive.contrastive(),
                    held.rowAccuracy(), held.rows(), held.pairAccuracy(), held.texts(),
                    Evaluation.of(dev, onDev).macroF1(), devContrastive.contrastiveAccuracy(), devContrastive.contrastive());
        }
    }

    /**
     * The derived-rows member as {@code train} builds it, but from the encoder's training share alone,
     * scored on the encoder's dev share: no derived row may answer a dev statement, as none may answer
     * a test one.
     */
    private static List<Prediction> derivedModelWithout(List<LabeledStatement> dev, List<LabeledStatement> fit,
                                                        SeenEventSplit split, long seed) throws Exception {
        List<LabeledStatement> untouchable = new ArrayList<>(split.test());
        untouchable.addAll(split.pairedTexts());
        untouchable.addAll(dev);
        List<LabeledStatement> rows = new Augmenter(EventRelations.bundled(), Augmentation.OPPOSITE, seed).augment(fit, untouchable);
        return new StanceTrainer(TrainingSettings.defaults().withSeed(seed)).train(rows, TrainingListener.NONE).scorer()
                .score(dev.stream().map(LabeledStatement::input).toList());
    }

    private static List<Prediction> score(Path bundle, List<LabeledStatement> rows) throws Exception {
        try (Scorer scorer = BundleReader.read(bundle).scorer()) {
            return scorer.score(rows.stream().map(LabeledStatement::input).toList());
        }
    }

    private static List<Prediction> mix(List<Prediction> derived, List<Prediction> encoder, double weight) {
        List<Prediction> mixed = new ArrayList<>(derived.size());
        for (int i = 0; i < derived.size(); i++) {
            Map<Stance, Double> probabilities = new EnumMap<>(Stance.class);
            for (Stance stance : Stance.values()) {
                probabilities.put(stance, weight * derived.get(i).probability(stance) + (1 - weight) * encoder.get(i).probability(stance));
            }
            mixed.add(Prediction.of(probabilities));
        }
        return mixed;
    }
}

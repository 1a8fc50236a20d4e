package org.stance4j.training;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.Featurizer;
import org.stance4j.nd4j.NativeBackend;
import org.stance4j.training.network.NetworkFactory;
import org.stance4j.training.network.NetworkInputs;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.evaluation.ConfusionMatrix;
import org.stance4j.evaluation.Evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Trains the stance network with Adam, class-weighted cross-entropy and early stopping on the dev
 * macro-F1; keeps the weights of the best epoch. The same settings and data give the same model.
 */
public final class StanceTrainer {
    /** Batches are formed from windows of this many batches sorted by length, which saves padding. */
    private static final int LENGTH_WINDOW = 16;

    private final TrainingSettings settings;

    public StanceTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** Trains with a stratified share of {@code train} ({@link TrainingSettings#devFraction()}) held out for early stopping. */
    public TrainedModel train(List<LabeledStatement> train, TrainingListener listener) throws InvalidDataException {
        return train(train, listener, () -> false);
    }

    /** As {@link #train(List, TrainingListener)}, stopping early when {@code stopRequested} says so. */
    public TrainedModel train(List<LabeledStatement> train, TrainingListener listener, BooleanSupplier stopRequested)
            throws InvalidDataException {
        return train(train, listener, stopRequested, Checkpoints.NONE);
    }

    /** As {@link #train(List, TrainingListener, BooleanSupplier)}, with checkpoints after every epoch. */
    public TrainedModel train(List<LabeledStatement> train, TrainingListener listener, BooleanSupplier stopRequested,
                              Checkpoints checkpoints) throws InvalidDataException {
        checkTrainable(train);
        Split split = Splits.stratified(train, settings.devFraction(), settings.seed());
        TrainedModel selected = train(split.train(), split.test(), listener, stopRequested, checkpoints);
        if (!settings.refit() || "interrupted".equals(selected.history().stopReason())) {
            return selected;
        }
        return refit(train, selected, listener, stopRequested);
    }

    /**
     * Trains afresh on all of {@code train} for the epochs that early stopping chose (where the
     * smoothed dev curve peaks: {@link TrainingHistory#smoothedBestEpoch}), keeping the dev scores
     * of {@code selected} (the only unbiased ones); when stopped in between, returns {@code selected}
     * marked as interrupted.
     */
    private TrainedModel refit(List<LabeledStatement> train, TrainedModel selected, TrainingListener listener,
                               BooleanSupplier stopRequested) {
        int epochs = selected.history().smoothedBestEpoch();
        long start = System.nanoTime();
        Nd4j.getRandom().setSeed(settings.seed());
        Featurizer featurizer = selected.featurizer();
        List<Stance> outputOrder = selected.outputOrder();
        List<Double> weights = labelWeights(train, outputOrder);
        ComputationGraph graph = NetworkFactory.create(settings.features(), settings.network(), weights, settings.seed());
        FeatureBatch features = featurizer.featurize(inputs(train));
        float[][] oneHot = oneHot(train, outputOrder);
        listener.refitStarted(epochs, train.size());
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long epochStart = System.nanoTime();
            EpochRun run = runEpoch(graph, features, oneHot, epoch, (e, b, loss) -> { }, stopRequested);
            if (run.interrupted()) {
                // keep the early-stopped model, marked interrupted: --resume finds its run complete and refits again
                graph.close();
                TrainingHistory h = selected.history();
                return new TrainedModel(settings, featurizer, selected.network(), outputOrder, selected.labelWeights(),
                        new TrainingHistory(h.epochs(), h.bestEpoch(), "interrupted", 0, 0), selected.dev());
            }
            listener.refitEpochDone(epoch, run.meanLoss(), seconds(epochStart));
        }
        selected.network().close();
        return new TrainedModel(settings, featurizer, graph, outputOrder, weights,
                selected.history().withRefit(epochs, seconds(start)), selected.dev());
    }

    /** What one pass over the training data did. */
    private record EpochRun(double lossSum, int batches, boolean interrupted) {
        double meanLoss() {
            return batches == 0 ? Double.NaN : lossSum / batches;
        }
    }

    private interface BatchListener {
        void batchDone(int epoch, int batch, double loss);
    }

    /** One shuffled pass, seeded per epoch so that a resumed run shuffles and drops out exactly as an uninterrupted one. */
    private EpochRun runEpoch(ComputationGraph graph, FeatureBatch features, float[][] oneHot, int epoch,
                              BatchListener listener, BooleanSupplier stopRequested) {
        Nd4j.getRandom().setSeed(settings.seed() * 1_000_003L + epoch);
        List<int[]> batches = batches(features, new Random(settings.seed() * 1_000_003L + epoch));
        double lossSum = 0;
        for (int b = 0; b < batches.size(); b++) {
            int[] rows = batches.get(b);
            graph.fit(new MultiDataSet(NetworkInputs.of(features.select(rows)), new INDArray[] {labels(oneHot, rows)}));
            double loss = graph.score();
            lossSum += loss;
            listener.batchDone(epoch, b + 1, loss);
            if (stopRequested.getAsBoolean()) {
                return new EpochRun(lossSum, b + 1, true);
            }
        }
        return new EpochRun(lossSum, batches.size(), false);
    }

    /**
     * @param dev statements for early stopping, never trained on
     * @param stopRequested polled after every batch; when true, training stops and keeps the best epoch so far
     */
    public TrainedModel train(List<LabeledStatement> train, List<LabeledStatement> dev, TrainingListener listener,
                              BooleanSupplier stopRequested) throws InvalidDataException {
        return train(train, dev, listener, stopRequested, Checkpoints.NONE);
    }

    /**
     * As {@link #train(List, List, TrainingListener, BooleanSupplier)}, saving a checkpoint after
     * every epoch and first resuming from the checkpoint that {@code checkpoints} holds, if any.
     *
     * @throws InvalidDataException when the checkpoint comes from other data or other settings
     */
    public TrainedModel train(List<LabeledStatement> train, List<LabeledStatement> dev, TrainingListener listener,
                              BooleanSupplier stopRequested, Checkpoints checkpoints) throws InvalidDataException {
        checkTrainable(train);
        if (dev.isEmpty()) {
            throw new InvalidDataException("dev data", 0, null, "no statements to stop early on");
        }
        NativeBackend.select();
        Nd4j.getRandom().setSeed(settings.seed());
        Featurizer featurizer = new Featurizer(new TextPipeline(settings.text()), settings.features());
        List<Stance> outputOrder = List.of(Stance.values());
        List<Double> weights = labelWeights(train, outputOrder);
        ComputationGraph graph = NetworkFactory.create(settings.features(), settings.network(), weights, settings.seed());
        String fingerprint = TrainingFingerprint.of(settings, train, dev);

        FeatureBatch trainFeatures = featurizer.featurize(inputs(train));
        FeatureBatch devFeatures = featurizer.featurize(inputs(dev));
        float[][] oneHot = oneHot(train, outputOrder);
        List<Stance> devGold = dev.stream().map(LabeledStatement::stance).toList();

        int batchesPerEpoch = (train.size() + settings.batchSize() - 1) / settings.batchSize();
        List<EpochResult> epochs = new ArrayList<>();
        INDArray best = null;
        int bestEpoch = 0;
        double bestF1 = -1;
        int firstEpoch = 1;
        Optional<TrainingState> resumed = checkpoints.resume();
        if (resumed.isPresent()) {
            TrainingState state = resumed.get();
            if (!state.fingerprint().equals(fingerprint)) {
                throw new InvalidDataException("checkpoint", 0, null,
                        "it was made with other data or other settings; train without --resume to start afresh");
            }
            graph.setParams(state.parameters());
            graph.getUpdater().getStateViewArray().assign(state.updaterState());
            graph.getConfiguration().setIterationCount(state.iterations());
            epochs.addAll(state.history());
            best = state.bestParameters().dup();
            bestEpoch = state.bestEpoch();
            bestF1 = state.bestDevMacroF1();
            firstEpoch = state.epoch() + 1;
        }
        listener.started(settings.maxEpochs(), batchesPerEpoch);
        String stopReason = "max epochs";
        if (firstEpoch > 1 && firstEpoch - bestEpoch > settings.patience()) {
            stopReason = "early stopping";
            firstEpoch = settings.maxEpochs() + 1;
        }
        for (int epoch = firstEpoch; epoch <= settings.maxEpochs(); epoch++) {
            long start = System.nanoTime();
            EpochRun run = runEpoch(graph, trainFeatures, oneHot, epoch, listener::batchDone, stopRequested);
            if (run.interrupted()) {
                stopReason = "interrupted";
                if (best == null) {
                    // no finished epoch yet: keep what this one has learnt, scored like any other
                    double f1 = devMacroF1(scorer(featurizer, graph, settings, outputOrder), devFeatures, devGold);
                    epochs.add(new EpochResult(epoch, run.meanLoss(), f1, seconds(start)));
                    best = graph.params().dup();
                    bestEpoch = epoch;
                }
                break;
            }
            double f1 = devMacroF1(scorer(featurizer, graph, settings, outputOrder), devFeatures, devGold);
            EpochResult result = new EpochResult(epoch, run.meanLoss(), f1, seconds(start));
            epochs.add(result);
            boolean improved = f1 > bestF1;
            if (improved) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = graph.params().dup();
            }
            checkpoints.save(new TrainingState(fingerprint, epoch, epochs, bestEpoch, bestF1, graph.params(), best,
                    graph.getUpdater().getStateViewArray(), graph.getConfiguration().getIterationCount()));
            listener.epochDone(result, improved);
            if (epoch - bestEpoch >= settings.patience()) {
                stopReason = "early stopping";
                break;
            }
        }
        graph.setParams(best);
        TrainingHistory history = new TrainingHistory(epochs, bestEpoch, stopReason, 0, 0);
        listener.finished(history);
        List<Prediction> devPredictions = scorer(featurizer, graph, settings, outputOrder).score(inputs(dev));
        Evaluation devEvaluation = Evaluation.of(devGold, devPredictions.stream().map(Prediction::stance).toList(),
                dev.stream().map(LabeledStatement::event).toList());
        return new TrainedModel(settings, featurizer, graph, outputOrder, weights, history, devEvaluation);
    }

    /** A scorer over a snapshot of the graph's current weights, as a saved bundle would score. */
    private static StanceScorer scorer(Featurizer featurizer, ComputationGraph graph, TrainingSettings settings,
                                       List<Stance> outputOrder) {
        return new StanceScorer(featurizer, NetworkFactory.compile(graph, settings.features(), settings.network()), outputOrder);
    }

    private static double devMacroF1(StanceScorer scorer, FeatureBatch dev, List<Stance> gold) {
        List<Stance> predicted = scorer.score(dev).stream().map(Prediction::stance).toList();
        return new ConfusionMatrix(gold, predicted).macroF1();
    }

    /**
     * A shuffled epoch: shuffle, sort windows of {@value #LENGTH_WINDOW} batches by length, cut them
     * into batches, shuffle the batches. Similar lengths share a batch, so little is padding.
     */
    private List<int[]> batches(FeatureBatch features, Random random) {
        Integer[] order = new Integer[features.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int size = settings.batchSize();
        int window = size * LENGTH_WINDOW;
        for (int from = 0; from < order.length; from += window) {
            Arrays.sort(order, from, Math.min(order.length, from + window), Comparator.comparingInt(features::featureCount));
        }
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += size) {
            int to = Math.min(order.length, from + size);
            int[] rows = new int[to - from];
            for (int i = from; i < to; i++) {
                rows[i - from] = order[i];
            }
            batches.add(rows);
        }
        for (int i = batches.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = batches.get(i);
            batches.set(i, batches.get(j));
            batches.set(j, t);
        }
        return batches;
    }

    /** Inverse class frequency, normalised so that a balanced set gets 1 for every class. */
    private List<Double> labelWeights(List<LabeledStatement> train, List<Stance> order) {
        if (!settings.classWeighting()) {
            return order.stream().map(s -> 1.0).toList();
        }
        Map<Stance, Long> counts = Dataset.labelCounts(train);
        long present = counts.values().stream().filter(c -> c > 0).count();
        return order.stream()
                .map(s -> counts.get(s) == 0 ? 1.0 : (double) train.size() / (present * counts.get(s)))
                .toList();
    }

    private static void checkTrainable(List<LabeledStatement> train) throws InvalidDataException {
        if (train.isEmpty()) {
            throw new InvalidDataException("training data", 0, null, "no statements to train on");
        }
        long classes = Dataset.labelCounts(train).values().stream().filter(c -> c > 0).count();
        if (classes < 2) {
            Stance only = train.get(0).stance();
            throw new InvalidDataException("training data", 0, null,
                    "every statement has the stance '" + only.label() + "'; training needs at least two stances");
        }
    }

    private static List<StanceInput> inputs(List<LabeledStatement> statements) {
        return statements.stream().map(LabeledStatement::input).toList();
    }

    private static float[][] oneHot(List<LabeledStatement> statements, List<Stance> order) {
        float[][] y = new float[statements.size()][order.size()];
        for (int i = 0; i < y.length; i++) {
            y[i][order.indexOf(statements.get(i).stance())] = 1f;
        }
        return y;
    }

    private static INDArray labels(float[][] oneHot, int[] rows) {
        int k = oneHot[0].length;
        float[] flat = new float[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(oneHot[rows[i]], 0, flat, i * k, k);
        }
        return Nd4j.create(flat, new long[] {rows.length, k}, 'c').castTo(DataType.FLOAT);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

package org.stance4j.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.Sha256;
import org.stance4j.nd4j.NativeBackend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fine-tunes an encoder and its stance head: SameDiff computes the gradients of the mean cross-entropy,
 * and this class clips them by their global norm and applies {@link AdamW} with a linear warm-up and
 * decay. Everything random (the head's initialisation, the order of the batches, the dropout masks)
 * comes from the settings' seed and the step number, so two runs with the same seed end with the same
 * weights, and a run resumed from a {@link #checkpoint()} ends where the uninterrupted run does.
 */
public final class EncoderTrainer {
    static final String CHECKPOINT_ENTRY = "trainer.json";
    static final String OPTIMIZER_ENTRY = "optimizer.bin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BaseEncoder base;
    private final EncoderSettings settings;
    private final WordPieceTokenizer tokenizer;
    private final List<EncodedPair> pairs;
    private final int[] labels;
    private final float[] classWeights;
    private final String examplesSha256;
    private final EncoderGraph graph;
    private final List<String> trainable;
    private final AdamW optimizer = new AdamW();
    private final TrainingPlan plan;
    private final LearningRateSchedule schedule;
    private final int stepsPerEpoch;
    private int step;
    private int plannedEpoch = -1;
    private List<TrainingPlan.Batch> epochBatches;

    /** The state of a run in progress, as saved in a checkpoint. */
    record Checkpoint(int step, String examplesSha256) {
    }

    private EncoderTrainer(BaseEncoder base, EncoderSettings settings, WordPieceTokenizer tokenizer,
                           List<LabeledStatement> examples, Map<String, INDArray> weights) throws InvalidDataException {
        if (examples.isEmpty()) {
            throw new InvalidDataException("training examples", 0, null, "there are no examples to train on");
        }
        this.base = base;
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.pairs = new ArrayList<>(examples.size());
        this.labels = new int[examples.size()];
        int[] bucketOf = new int[examples.size()];
        int[] counts = new int[EncoderModel.labels()];
        for (int i = 0; i < examples.size(); i++) {
            LabeledStatement s = examples.get(i);
            EncodedPair pair = tokenizer.encodePair(s.event(), s.text(), settings.maxLength());
            pairs.add(pair);
            labels[i] = s.stance().ordinal();
            counts[labels[i]]++;
            bucketOf[i] = settings.bucketFor(pair.length());
        }
        this.classWeights = new float[counts.length];
        for (int c = 0; c < counts.length; c++) {
            classWeights[c] = !settings.classWeighted() ? 1f
                    : counts[c] == 0 ? 0f : (float) examples.size() / (counts.length * counts[c]);
        }
        this.examplesSha256 = fingerprint(examples);
        this.graph = EncoderGraph.build(base.config(), EncoderModel.labels(), weights, settings.dropout() > 0);
        this.trainable = trainableNames(base.config(), settings);
        this.plan = new TrainingPlan(bucketOf, settings.buckets(), settings.batchSize(), settings.seed());
        this.stepsPerEpoch = plan.batchesPerEpoch();
        this.schedule = LearningRateSchedule.of(settings.warmupFraction(), stepsPerEpoch * settings.epochs());
    }

    /** A run that starts from {@code base} with a new head. */
    public static EncoderTrainer start(BaseEncoder base, EncoderSettings settings, List<LabeledStatement> examples)
            throws StanceException {
        NativeBackend.select();
        return new EncoderTrainer(base, settings, base.tokenizer(), examples,
                base.weights(EncoderModel.labels(), settings.seed()));
    }

    /**
     * Resumes the run that wrote {@code checkpoint}; {@code examples} must be the very examples it was
     * started with, in the same order.
     */
    public static EncoderTrainer resume(Map<String, byte[]> checkpoint, List<LabeledStatement> examples)
            throws StanceException {
        EncoderModel model = EncoderModel.fromEntries(checkpoint);
        Checkpoint state;
        Map<String, NamedTensor> moments;
        try {
            state = JSON.readValue(checkpoint.get(CHECKPOINT_ENTRY), Checkpoint.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidBundleException("the checkpoint's " + CHECKPOINT_ENTRY + " is missing or not valid", e);
        }
        byte[] optimizerBytes = checkpoint.get(OPTIMIZER_ENTRY);
        if (optimizerBytes == null) {
            throw new InvalidBundleException("the checkpoint's " + OPTIMIZER_ENTRY + " is missing");
        }
        moments = TensorFile.read(optimizerBytes, OPTIMIZER_ENTRY);
        EncoderTrainer trainer = new EncoderTrainer(model.base(), model.settings(), model.base().tokenizer(), examples,
                model.weights());
        if (!trainer.examplesSha256.equals(state.examplesSha256())) {
            throw new InvalidDataException("training examples", 0, null,
                    "not the examples the checkpoint was trained on (their SHA-256 differs)");
        }
        if (state.step() < 0 || state.step() > trainer.totalSteps()) {
            throw new InvalidBundleException("the checkpoint's step " + state.step() + " is outside the run");
        }
        Map<String, INDArray> restored = new LinkedHashMap<>();
        moments.forEach((k, v) -> restored.put(k, EncoderWeights.array(v)));
        trainer.optimizer.restore(restored, state.step());
        trainer.step = state.step();
        return trainer;
    }

    public int step() {
        return step;
    }

    public int totalSteps() {
        return schedule.totalSteps();
    }

    public int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /**
     * Trains for at most {@code maxSteps} more steps, stopping at the end of the run.
     *
     * @return whether the run is complete
     */
    public boolean train(int maxSteps, TrainingListener listener) {
        for (int done = 0; done < maxSteps && step < totalSteps(); done++) {
            listener.onStep(trainOneStep());
            if (step % stepsPerEpoch == 0) {
                int epoch = step / stepsPerEpoch;
                listener.onEpoch(epoch, this::model);
            }
        }
        return step >= totalSteps();
    }

    private TrainingStep trainOneStep() {
        long start = System.nanoTime();
        int epoch = step / stepsPerEpoch;
        if (epoch != plannedEpoch) {
            epochBatches = plan.epoch(epoch);
            plannedEpoch = epoch;
        }
        TrainingPlan.Batch batch = epochBatches.get(step % stepsPerEpoch);
        List<EncodedPair> batchPairs = new ArrayList<>(batch.examples().length);
        int rows = batch.examples().length;
        float[] oneHot = new float[rows * EncoderModel.labels()];
        for (int r = 0; r < rows; r++) {
            int example = batch.examples()[r];
            batchPairs.add(pairs.get(example));
            oneHot[r * EncoderModel.labels() + labels[example]] = classWeights[labels[example]];
        }
        Map<String, INDArray> inputs = EncoderBatch.of(batchPairs, rows, batch.length(), settings.pooling()).inputs();
        inputs.put(EncoderGraph.LABELS, Nd4j.create(oneHot, new long[] {rows, EncoderModel.labels()}, 'c'));
        if (graph.hasDropout()) {
            addDropoutMasks(inputs, rows, batch.length());
        }
        SameDiff sd = graph.sameDiff();
        OutAndGrad result = sd.calculateGradientsAndOutputs(inputs, List.of(EncoderGraph.LOSS), trainable);
        double loss = result.getOutputs().get(EncoderGraph.LOSS).getDouble(0);
        Map<String, INDArray> gradients = result.getGradients();
        double sumOfSquares = 0;
        for (String name : trainable) {
            double norm = gradients.get(name).norm2Number().doubleValue();
            sumOfSquares += norm * norm;
        }
        double gradientNorm = Math.sqrt(sumOfSquares);
        double clip = gradientNorm > settings.clipNorm() ? settings.clipNorm() / gradientNorm : 1.0;
        double factor = schedule.factor(step);
        optimizer.nextStep();
        for (String name : trainable) {
            INDArray g = clip == 1.0 ? gradients.get(name) : gradients.get(name).mul(clip);
            double lr = factor * (EncoderParameters.isHead(name) ? settings.headLearningRate() : settings.encoderLearningRate());
            optimizer.update(name, sd.getArrForVarName(name), g, lr,
                    EncoderParameters.isDecayed(name) ? settings.weightDecay() : 0.0);
            if (g != gradients.get(name)) {
                g.close();  // a clipped copy of our own, as large as the weight: free it now (see AdamW)
            }
        }
        step++;
        return new TrainingStep(epoch + 1, step, totalSteps(), rows, loss, gradientNorm,
                factor * settings.encoderLearningRate(), (System.nanoTime() - start) / 1e9);
    }

    /** Inverted-dropout masks drawn from the seed and the step alone. */
    private void addDropoutMasks(Map<String, INDArray> inputs, int rows, int length) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 7_919L + step);
        int hidden = base.config().hidden();
        double p = settings.dropout();
        float kept = (float) (1.0 / (1.0 - p));
        for (String name : graph.tokenDropoutNames()) {
            inputs.put(name, mask(random, rows * length, hidden, p, kept));
        }
        inputs.put(EncoderGraph.DROPOUT_POOLED, mask(random, rows, hidden, p, kept));
    }

    private static INDArray mask(SplittableRandom random, int rows, int columns, double p, float kept) {
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < p ? 0f : kept;
        }
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    /** The weights as they are now, as a model for scoring or saving; a copy, unaffected by later steps. */
    public EncoderModel model() {
        SameDiff sd = graph.sameDiff();
        Map<String, INDArray> weights = new LinkedHashMap<>();
        for (String name : EncoderParameters.shapes(base.config(), EncoderModel.labels()).keySet()) {
            weights.put(name, sd.getArrForVarName(name).dup('c'));
        }
        return new EncoderModel(base, settings, tokenizer, weights);
    }

    /**
     * The run's state as named entries: the model's (full precision, word embeddings left to the base),
     * the optimiser's moments and the step, so that {@link #resume} continues exactly.
     */
    public Map<String, byte[]> checkpoint() {
        Map<String, byte[]> entries = new LinkedHashMap<>(model().entries(false, false));
        List<NamedTensor> moments = new ArrayList<>();
        optimizer.state().forEach((k, v) -> moments.add(EncoderModel.tensor(k, v)));
        entries.put(OPTIMIZER_ENTRY, TensorFile.write(moments, false));
        try {
            entries.put(CHECKPOINT_ENTRY, JSON.writeValueAsBytes(new Checkpoint(step, examplesSha256)));
        } catch (IOException e) {
            throw new IllegalStateException("a record always serialises", e);
        }
        return entries;
    }

    /** The parameters that fine-tuning changes: all but the word embeddings and what the settings freeze. */
    static List<String> trainableNames(EncoderConfig config, EncoderSettings settings) {
        List<String> names = new ArrayList<>();
        for (String name : EncoderParameters.shapes(config, EncoderModel.labels()).keySet()) {
            if (name.equals(EncoderParameters.WORD_EMBEDDINGS)
                    || (settings.freezeEmbeddings() && EncoderParameters.isEmbedding(name))) {
                continue;
            }
            int layer = EncoderParameters.layerOf(name);
            if (layer >= 0 && layer < settings.frozenLayers()) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private static String fingerprint(List<LabeledStatement> examples) {
        MessageDigest md = Sha256.newDigest();
        for (LabeledStatement s : examples) {
            md.update((s.event() + '\t' + s.text() + '\t' + s.stance().label() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

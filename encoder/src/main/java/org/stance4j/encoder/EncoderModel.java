package org.stance4j.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceException;
import org.stance4j.model.kind.Scorer;
import org.stance4j.model.StanceInput;
import org.stance4j.nd4j.NativeBackend;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuned encoder with its stance head: trains, scores, and saves itself as named byte entries.
 *
 * <p>Scoring is thread-safe: calls are serialised on the model, as ND4J already spreads one batch over
 * all cores. Pairs are grouped by length bucket and scored in batches of up to {@value #SCORE_BATCH}
 * rows, padded to a power of two, so that ND4J sees a bounded set of shapes however it is called.
 */
public final class EncoderModel {
    /** The JSON description of the model, an {@link EncoderManifest}. */
    public static final String MANIFEST_ENTRY = "encoder.json";
    /** The weights, a {@link TensorFile}. */
    public static final String WEIGHTS_ENTRY = "encoder-weights.bin";
    static final int SCORE_BATCH = 32;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final BaseEncoder base;
    private final EncoderSettings settings;
    private final WordPieceTokenizer tokenizer;
    private final Map<String, INDArray> weights;
    private EagerEncoder eager;

    EncoderModel(BaseEncoder base, EncoderSettings settings, WordPieceTokenizer tokenizer, Map<String, INDArray> weights) {
        this.base = base;
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.weights = weights;
    }

    /**
     * Fine-tunes {@code base} on {@code examples}.
     *
     * @throws StanceException when the base's weights cannot be read or there are no examples
     */
    public static EncoderModel train(BaseEncoder base, EncoderSettings settings, List<LabeledStatement> examples,
                                     TrainingListener listener) throws StanceException {
        EncoderTrainer trainer = EncoderTrainer.start(base, settings, examples);
        trainer.train(Integer.MAX_VALUE, listener);
        return trainer.model();
    }

    /** The base model with a new, untrained head: what fine-tuning starts from. */
    public static EncoderModel untrained(BaseEncoder base, EncoderSettings settings) throws StanceException {
        NativeBackend.select();
        return new EncoderModel(base, settings, base.tokenizer(), base.weights(labels(), settings.seed()));
    }

    public BaseEncoder base() {
        return base;
    }

    public EncoderSettings settings() {
        return settings;
    }

    static int labels() {
        return Stance.values().length;
    }

    /** One prediction per input, in order. */
    public List<Prediction> predict(List<StanceInput> inputs) {
        return Predictions.of(probabilities(inputs), inputs.size());
    }

    /**
     * The probability of each stance for each input: {@code inputs.size() × 3} values, row by row, in
     * {@link Stance} order.
     */
    public float[] probabilities(List<StanceInput> inputs) {
        int k = labels();
        float[] out = new float[inputs.size() * k];
        if (inputs.isEmpty()) {
            return out;
        }
        EncodedPair[] pairs = new EncodedPair[inputs.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = tokenizer.encodePair(inputs.get(i).event(), inputs.get(i).text(), settings.maxLength());
        }
        synchronized (this) {
            EagerEncoder encoder = eager();
            for (int bucket : settings.buckets()) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < pairs.length; i++) {
                    if (settings.bucketFor(pairs[i].length()) == bucket) {
                        members.add(i);
                    }
                }
                for (int from = 0; from < members.size(); from += SCORE_BATCH) {
                    List<Integer> part = members.subList(from, Math.min(members.size(), from + SCORE_BATCH));
                    List<EncodedPair> batchPairs = new ArrayList<>(part.size());
                    part.forEach(i -> batchPairs.add(pairs[i]));
                    EncoderBatch batch = EncoderBatch.of(batchPairs, paddedRows(part.size()), bucket, settings.pooling());
                    float[] p = encoder.probabilities(batch).dup('c').data().asFloat();
                    for (int r = 0; r < part.size(); r++) {
                        System.arraycopy(p, r * k, out, part.get(r) * k, k);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The model served by ONNX Runtime, about ten times faster than {@link #probabilities} for a set of
     * any size (see the README), for one to close when done; creating it takes about a second.
     */
    OrtEncoder onnxRuntime() throws StanceException {
        Map<String, NamedTensor> tensors = new LinkedHashMap<>();
        weights.forEach((name, array) -> tensors.put(name, tensor(name, array)));
        return OrtEncoder.open(base.config(), settings, tokenizer, tensors);
    }

    /**
     * The scorer that serves this model once it is saved as a bundle (ONNX Runtime), for a caller that
     * scores it right after training; to close when done.
     */
    public Scorer servingScorer() throws StanceException {
        return onnxRuntime();
    }

    /** The smallest power of two that holds {@code n} rows. */
    static int paddedRows(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    private EagerEncoder eager() {
        if (eager == null) {
            eager = new EagerEncoder(base.config(), weights);
        }
        return eager;
    }

    /**
     * The model as named entries: {@value #MANIFEST_ENTRY} and {@value #WEIGHTS_ENTRY}.
     *
     * @param halfPrecision store weights as IEEE half floats, which halves the size
     * @param includeWordEmbeddings store the word-embedding table, which fine-tuning leaves as it was;
     *     without it, loading takes it from the base encoder and checks its SHA-256
     */
    public Map<String, byte[]> entries(boolean halfPrecision, boolean includeWordEmbeddings) {
        List<NamedTensor> tensors = new ArrayList<>();
        for (Map.Entry<String, INDArray> w : weights.entrySet()) {
            if (includeWordEmbeddings || !w.getKey().equals(EncoderParameters.WORD_EMBEDDINGS)) {
                tensors.add(tensor(w.getKey(), w.getValue()));
            }
        }
        EncoderManifest manifest = new EncoderManifest(EncoderManifest.FORMAT, EncoderManifest.VERSION, base.name(),
                base.onnxSha256(), base.tokenizerSha256(), base.initSeed(), base.config(), settings, labelNames(),
                halfPrecision ? 16 : 32, includeWordEmbeddings, wordEmbeddingsSha256(weights.get(EncoderParameters.WORD_EMBEDDINGS)));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            entries.put(MANIFEST_ENTRY, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new IllegalStateException("a manifest record always serialises", e);
        }
        entries.put(WEIGHTS_ENTRY, TensorFile.write(tensors, halfPrecision));
        return entries;
    }

    /** The manifest that {@link #entries} writes, for a caller that records it in its own. */
    public static EncoderManifest manifest(Map<String, byte[]> entries) throws InvalidBundleException {
        return StoredEncoder.manifest(entries);
    }

    /** Rebuilds a model from what {@link #entries} wrote. */
    public static EncoderModel fromEntries(Map<String, byte[]> entries) throws InvalidBundleException {
        NativeBackend.select();
        StoredEncoder stored = StoredEncoder.read(entries);
        return new EncoderModel(stored.base(), stored.manifest().settings(), stored.base().tokenizer(),
                EncoderWeights.arrays(stored.weights()));
    }

    static NamedTensor tensor(String name, INDArray array) {
        return new NamedTensor(name, array.shape(), array.dup('c').data().asFloat());
    }

    static String wordEmbeddingsSha256(INDArray table) {
        return EncoderTensors.sha256(table.dup('c').data().asFloat());
    }

    private static List<String> labelNames() {
        return StoredEncoder.labelNames();
    }

    /** The weights themselves, for the trainer and tests. */
    Map<String, INDArray> weights() {
        return weights;
    }
}

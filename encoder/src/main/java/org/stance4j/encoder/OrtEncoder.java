package org.stance4j.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.model.StanceInput;
import org.stance4j.model.kind.Scorer;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * Scores with ONNX Runtime: the encoder runs as the ONNX model that {@link EncoderOnnx} builds from the
 * fine-tuned weights, and pooling and the head, a few thousand multiply-adds per pair, in plain Java.
 * ONNX Runtime's forward pass is several times faster than ND4J's on small batches, and loading it
 * starts no ND4J at all.
 *
 * <p>Pairs are sorted by length and scored in batches of up to {@value #BATCH} rows, each padded only
 * to its longest pair: ONNX Runtime takes any shape without keeping memory for each, so the padding
 * of fixed length buckets would only cost time. Thread-safe, as {@link OrtSession#run} is; closing
 * waits for the calls under way.
 */
final class OrtEncoder implements Scorer {
    static final int BATCH = 32;

    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final EncoderSettings settings;
    private final int hidden;
    private final int labels;
    private final float[] headWeight;
    private final float[] headBias;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private OrtEncoder(OrtSession session, WordPieceTokenizer tokenizer, EncoderSettings settings,
                       int hidden, NamedTensor headWeight, NamedTensor headBias) {
        this.session = session;
        this.tokenizer = tokenizer;
        this.settings = settings;
        this.hidden = hidden;
        this.labels = (int) headBias.shape()[0];
        this.headWeight = headWeight.values();
        this.headBias = headBias.values();
    }

    /**
     * A scorer over a model's checked weights, with as many intra-op threads as processors, which do
     * not spin while waiting for work: on a machine shared with other work, spinning threads took the
     * cores from the ones with work to do and halved throughput (measured, see the README).
     */
    static OrtEncoder open(StoredEncoder stored) throws StanceException {
        return open(stored, Runtime.getRuntime().availableProcessors(), false);
    }

    /** A scorer whose session uses {@code threads} threads for each run, spinning between ops or not. */
    static OrtEncoder open(StoredEncoder stored, int threads, boolean spinning) throws StanceException {
        return open(stored.manifest().config(), stored.manifest().settings(), stored.base().tokenizer(), stored.weights(),
                threads, spinning);
    }

    /** As {@link #open(StoredEncoder)}, over weights that were checked already (a model being trained). */
    static OrtEncoder open(EncoderConfig config, EncoderSettings settings, WordPieceTokenizer tokenizer,
                           Map<String, NamedTensor> weights) throws StanceException {
        return open(config, settings, tokenizer, weights, Runtime.getRuntime().availableProcessors(), false);
    }

    private static OrtEncoder open(EncoderConfig config, EncoderSettings settings, WordPieceTokenizer tokenizer,
                                   Map<String, NamedTensor> weights, int threads, boolean spinning) throws StanceException {
        byte[] model = EncoderOnnx.build(config, weights);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
            OrtSession session = OrtEnvironment.getEnvironment().createSession(model, options);
            return new OrtEncoder(session, tokenizer, settings, config.hidden(),
                    weights.get(EncoderParameters.CLASSIFIER + ".weight"), weights.get(EncoderParameters.CLASSIFIER + ".bias"));
        } catch (OrtException e) {
            throw new StanceException("ONNX Runtime cannot load the encoder: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Prediction> score(List<StanceInput> inputs) {
        return Predictions.of(probabilities(inputs), inputs.size());
    }

    /** {@code inputs.size() × labels} probabilities, row by row, in {@link org.stance4j.model.Stance} order. */
    float[] probabilities(List<StanceInput> inputs) {
        EncodedPair[] pairs = new EncodedPair[inputs.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = tokenizer.encodePair(inputs.get(i).event(), inputs.get(i).text(), settings.maxLength());
        }
        Integer[] order = IntStream.range(0, pairs.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> pairs[i].length()));
        float[] out = new float[pairs.length * labels];
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the encoder's ONNX Runtime session is closed");
            }
            for (int from = 0; from < order.length; from += BATCH) {
                scoreBatch(pairs, Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH)), out);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to score a batch: " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
        return out;
    }

    private void scoreBatch(EncodedPair[] pairs, Integer[] rows, float[] out) throws OrtException {
        int length = pairs[rows[rows.length - 1]].length();
        long[] ids = new long[rows.length * length];
        long[] types = new long[ids.length];
        long[] mask = new long[ids.length];
        for (int r = 0; r < rows.length; r++) {
            EncodedPair pair = pairs[rows[r]];
            for (int t = 0; t < pair.length(); t++) {
                ids[r * length + t] = pair.ids()[t];
                types[r * length + t] = pair.typeIds()[t];
                mask[r * length + t] = 1;
            }
        }
        long[] shape = {rows.length, length};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OrtSession.Result result = session.run(Map.of(EncoderOnnx.INPUT_IDS, idTensor, EncoderOnnx.TYPE_IDS,
                     typeTensor, EncoderOnnx.ATTENTION_MASK, maskTensor))) {
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int r = 0; r < rows.length; r++) {
                float[] pooled = pool(states, r, length, pairs[rows[r]].length());
                head(pooled, out, rows[r] * labels);
            }
        }
    }

    /** The mean of a row's token states, or its first ([CLS]) state, as the model was trained. */
    private float[] pool(FloatBuffer states, int row, int length, int tokens) {
        float[] pooled = new float[hidden];
        int count = settings.pooling() == Pooling.CLS ? 1 : tokens;
        for (int t = 0; t < count; t++) {
            int at = (row * length + t) * hidden;
            for (int j = 0; j < hidden; j++) {
                pooled[j] += states.get(at + j);
            }
        }
        for (int j = 0; j < hidden; j++) {
            pooled[j] /= count;
        }
        return pooled;
    }

    /** The head, {@code softmax(pooled · W + b)}, written to {@code out} from {@code at}. */
    private void head(float[] pooled, float[] out, int at) {
        double[] logits = new double[labels];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < labels; k++) {
            double sum = headBias[k];
            for (int j = 0; j < hidden; j++) {
                sum += (double) pooled[j] * headWeight[j * labels + k];
            }
            logits[k] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int k = 0; k < labels; k++) {
            logits[k] = Math.exp(logits[k] - max);
            total += logits[k];
        }
        for (int k = 0; k < labels; k++) {
            out[at + k] = (float) (logits[k] / total);
        }
    }

    /** Frees the session's native memory, once the calls under way have finished; later calls fail. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to close the session: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}

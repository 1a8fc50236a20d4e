package org.stance4j.model.network;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.FeatureBatch.Bag;

/**
 * The forward pass of a trained stance network in plain Java, over a heap copy of its weights:
 * the same function as the DL4J graph that {@link NetworkFactory} builds, for prediction only.
 *
 * <p>Why not DL4J's own forward pass: every statement's bags are short lists of bucket indices and
 * the layers after them are tiny, so DL4J spent most of a prediction padding the bags into index
 * matrices, copying them off-heap and dispatching a dozen native operations per batch. Here each
 * statement reads only its own rows, with no padding and no native call, which is several times
 * faster, keeps no per-call state (so one instance serves any number of threads) and gives a
 * statement the same probabilities whatever batch it arrives in. {@code CompiledNetworkTest} holds
 * it to DL4J's output for every shape of network the settings allow.
 *
 * <p>Immutable; the weights are a snapshot taken when it was made.
 */
public final class CompiledNetwork {
    private final float[][] tables;
    private final boolean[] sqrtScaling;
    private final int embeddingSize;
    private final Dense hidden;
    private final Dense output;

    private CompiledNetwork(float[][] tables, boolean[] sqrtScaling, int embeddingSize, Dense hidden, Dense output) {
        this.tables = tables;
        this.sqrtScaling = sqrtScaling;
        this.embeddingSize = embeddingSize;
        this.hidden = hidden;
        this.output = output;
    }

    /** A snapshot of the weights of a network that {@link NetworkFactory} built. */
    public static CompiledNetwork of(ComputationGraph graph) {
        Bag[] bags = Bag.values();
        float[][] tables = new float[bags.length][];
        boolean[] sqrt = new boolean[bags.length];
        int size = -1;
        for (Bag bag : bags) {
            String name = NetworkFactory.bagLayer(bag);
            Layer layer = graph.getConfiguration().getVertices().containsKey(name) ? graph.getLayer(name) : null;
            if (!(layer instanceof EmbeddingBagLayer embedding)) {
                throw new IllegalArgumentException("not a stance network: no embedding bag for " + bag);
            }
            EmbeddingBag conf = embedding.layerConf();
            size = (int) conf.getNOut();
            tables[bag.ordinal()] = embedding.weightsCopy();
            sqrt[bag.ordinal()] = conf.getScaling() == EmbeddingBag.Scaling.SQRT;
        }
        boolean hasHidden = graph.getConfiguration().getVertices().containsKey(NetworkFactory.HIDDEN);
        Dense hidden = hasHidden ? Dense.of(graph.getLayer(NetworkFactory.HIDDEN)) : null;
        Dense output = Dense.of(graph.getLayer(NetworkFactory.OUTPUT));
        int joined = NetworkFactory.JOINED_BLOCKS * size;
        int expected = hidden == null ? joined : hidden.inputs;
        if (expected != joined || output.inputs != (hidden == null ? joined : hidden.outputs)) {
            throw new IllegalArgumentException("not a stance network: layer widths do not match");
        }
        return new CompiledNetwork(tables, sqrt, size, hidden, output);
    }

    /** The number of outputs (stances). */
    public int outputs() {
        return output.outputs;
    }

    /**
     * The output probabilities of every statement of the batch, row after row: statement i's
     * probability of output j is at {@code i * outputs() + j}.
     */
    public float[] probabilities(FeatureBatch batch) {
        int n = batch.size();
        int d = embeddingSize;
        int k = output.outputs;
        float[] result = new float[n * k];
        float[] joined = new float[NetworkFactory.JOINED_BLOCKS * d];
        float[] hiddenOut = hidden == null ? null : new float[hidden.outputs];
        int words = Bag.WORDS.ordinal() * d;
        int event = Bag.EVENT.ordinal() * d;
        int interaction = Bag.values().length * d;
        for (int i = 0; i < n; i++) {
            for (Bag bag : Bag.values()) {
                pool(bag, batch.row(bag, i), joined, bag.ordinal() * d);
            }
            for (int u = 0; u < d; u++) {
                joined[interaction + u] = joined[words + u] * joined[event + u];
            }
            float[] last = joined;
            if (hidden != null) {
                hidden.apply(joined, hiddenOut, 0, true);
                last = hiddenOut;
            }
            output.apply(last, result, i * k, false);
            softmax(result, i * k, k);
        }
        return result;
    }

    /** The mean (or root-scaled sum) of the bag's embedding rows, as {@link EmbeddingBagLayer} computes it. */
    private void pool(Bag bag, int[] indices, float[] out, int offset) {
        int d = embeddingSize;
        float[] table = tables[bag.ordinal()];
        for (int u = 0; u < d; u++) {
            out[offset + u] = 0f;
        }
        int count = 0;
        for (int index : indices) {
            if (index == FeatureBatch.PADDING) {
                continue;
            }
            int base = index * d;
            for (int u = 0; u < d; u++) {
                out[offset + u] += table[base + u];
            }
            count++;
        }
        if (count > 0) {
            float scale = 1f / (sqrtScaling[bag.ordinal()] ? (float) Math.sqrt(count) : count);
            for (int u = 0; u < d; u++) {
                out[offset + u] *= scale;
            }
        }
    }

    private static void softmax(float[] values, int offset, int k) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, values[offset + j]);
        }
        float sum = 0f;
        for (int j = 0; j < k; j++) {
            float e = (float) Math.exp(values[offset + j] - max);
            values[offset + j] = e;
            sum += e;
        }
        for (int j = 0; j < k; j++) {
            values[offset + j] /= sum;
        }
    }

    /** A fully connected layer: out = x W + b, with W row-major [inputs][outputs]. */
    private record Dense(float[] weights, float[] bias, int inputs, int outputs) {
        static Dense of(Layer layer) {
            INDArray w = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
            INDArray b = layer.getParam(DefaultParamInitializer.BIAS_KEY);
            return new Dense(w.dup('c').data().asFloat(), b.dup('c').data().asFloat(), (int) w.size(0), (int) w.size(1));
        }

        void apply(float[] x, float[] out, int offset, boolean relu) {
            for (int o = 0; o < outputs; o++) {
                out[offset + o] = bias[o];
            }
            for (int in = 0; in < inputs; in++) {
                float xi = x[in];
                if (xi == 0f) {
                    continue;
                }
                int base = in * outputs;
                for (int o = 0; o < outputs; o++) {
                    out[offset + o] += xi * weights[base + o];
                }
            }
            if (relu) {
                for (int o = 0; o < outputs; o++) {
                    out[offset + o] = Math.max(0f, out[offset + o]);
                }
            }
        }
    }
}

package org.stance4j.model.network;

import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.features.FeatureSettings;

/**
 * The forward pass of a trained stance network in plain Java, over a heap copy of its weights:
 * the same function as the DL4J graph that training builds, for prediction only. It needs no
 * native code, so the inference library runs on any JVM.
 *
 * <p>Why not DL4J's own forward pass: every statement's bags are short lists of bucket indices and
 * the layers after them are tiny, so DL4J spent most of a prediction padding the bags into index
 * matrices, copying them off-heap and dispatching a dozen native operations per batch. Here each
 * statement reads only its own rows, with no padding and no native call, which is several times
 * faster, keeps no per-call state (so one instance serves any number of threads) and gives a
 * statement the same probabilities whatever batch it arrives in. {@code CompiledNetworkTest} (in
 * the training module, which has DL4J) holds it to DL4J's output for every shape of network the
 * settings allow.
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

    /**
     * The network over a flat vector of its weights, in the layout of {@link NetworkLayout}; the
     * array is copied, so later changes to it do not reach the network.
     *
     * @throws IllegalArgumentException when the vector's length does not fit the settings
     */
    public static CompiledNetwork of(float[] parameters, FeatureSettings features, NetworkSettings network, int outputs) {
        NetworkLayout layout = new NetworkLayout(features, network, outputs);
        if (parameters.length != layout.parameterCount()) {
            throw new IllegalArgumentException("the network has " + parameters.length + " weights but its settings describe "
                    + layout.parameterCount());
        }
        Bag[] bags = Bag.values();
        float[][] tables = new float[bags.length][];
        boolean[] sqrt = new boolean[bags.length];
        for (Bag bag : bags) {
            tables[bag.ordinal()] = layout.slice(parameters, layout.table(bag));
            sqrt[bag.ordinal()] = bag != Bag.EVENT && network.sqrtScaling();
        }
        Dense hidden = layout.hidden() == null ? null : Dense.of(parameters, layout, layout.hidden());
        Dense output = Dense.of(parameters, layout, layout.output());
        return new CompiledNetwork(tables, sqrt, network.embeddingSize(), hidden, output);
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
        float[] joined = new float[NetworkLayout.JOINED_BLOCKS * d];
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

    /** The mean (or root-scaled sum) of the bag's embedding rows, as training's embedding-bag layer computes it. */
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
        /** DL4J keeps a dense layer's weights column-major ('f'); this copy is row-major. */
        static Dense of(float[] parameters, NetworkLayout layout, NetworkLayout.DenseBlock block) {
            int in = block.inputs();
            int out = block.outputs();
            float[] w = new float[in * out];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    w[i * out + o] = parameters[block.weights() + o * in + i];
                }
            }
            float[] b = java.util.Arrays.copyOfRange(parameters, block.bias(), block.bias() + out);
            return new Dense(w, b, in, out);
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

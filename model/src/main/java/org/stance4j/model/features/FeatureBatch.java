package org.stance4j.model.features;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.network.NativeBackend;

/**
 * The hashed features of a batch of statements, ready to become the network's two inputs: the
 * statement's features and the event's features, each as bucket indices padded to the longest
 * member of the batch, with a mask that marks the real positions.
 */
public final class FeatureBatch {
    /** Network input names, in the order of {@link #inputs()} and {@link #masks()}. */
    public static final String TEXT_INPUT = "text";
    public static final String EVENT_INPUT = "event";

    private final int[][] text;
    private final int[][] event;

    FeatureBatch(int[][] text, int[][] event) {
        this.text = text;
        this.event = event;
    }

    /** The statements at {@code rows}, in that order (a minibatch of a featurised training set). */
    public FeatureBatch select(int[] rows) {
        int[][] t = new int[rows.length][];
        int[][] e = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = text[rows[i]];
            e[i] = event[rows[i]];
        }
        return new FeatureBatch(t, e);
    }

    public int size() {
        return text.length;
    }

    /** The number of text features of statement {@code i}, for tests and statistics. */
    public int textFeatureCount(int i) {
        return text[i].length;
    }

    /** A copy of the text bucket indices of statement {@code i}. */
    public int[] textFeatures(int i) {
        return text[i].clone();
    }

    /** A copy of the event bucket indices of statement {@code i}. */
    public int[] eventFeatures(int i) {
        return event[i].clone();
    }

    /** [text indices, event indices], each of shape [batch, longest]. */
    public INDArray[] inputs() {
        NativeBackend.select();
        return new INDArray[] {indices(text), indices(event)};
    }

    /** [text mask, event mask], each of shape [batch, longest], 1 where a feature is, 0 in padding. */
    public INDArray[] masks() {
        NativeBackend.select();
        return new INDArray[] {mask(text), mask(event)};
    }

    private static int longest(int[][] rows) {
        int max = 1;
        for (int[] r : rows) {
            max = Math.max(max, r.length);
        }
        return max;
    }

    private static INDArray indices(int[][] rows) {
        int width = longest(rows);
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            int[] r = rows[i];
            int base = i * width;
            for (int j = 0; j < r.length; j++) {
                flat[base + j] = r[j];
            }
        }
        return Nd4j.create(flat, new long[] {rows.length, width}, 'c');
    }

    private static INDArray mask(int[][] rows) {
        int width = longest(rows);
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            java.util.Arrays.fill(flat, i * width, i * width + rows[i].length, 1f);
        }
        return Nd4j.create(flat, new long[] {rows.length, width}, 'c');
    }
}

package org.stance4j.model.features;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.network.NativeBackend;

import java.util.Arrays;

/**
 * The hashed features of a batch of statements, ready to become the network's inputs: one bag of
 * bucket indices per {@link Bag}, each padded with {@value #PADDING} to the longest member of the
 * batch. The padding marks itself, so the network needs no mask arrays.
 */
public final class FeatureBatch {
    /** The index that fills a row after its last feature; the embedding bag skips it. */
    public static final int PADDING = -1;

    /** The bags of features of a statement, in network input order. */
    public enum Bag {
        /** The statement's word n-grams, shared by every event. */
        WORDS("words"),
        /** Character n-grams inside the statement's tokens, shared by every event. */
        CHARS("chars"),
        /** The statement's word n-grams, and with character crossing its character n-grams, hashed together with its event: a model per event. */
        CROSSED("crossed"),
        /** The event's words and word bigrams. */
        EVENT("event");

        private final String input;

        Bag(String input) {
            this.input = input;
        }

        /** The network input's name. */
        public String input() {
            return input;
        }
    }

    private final int[][][] bags;

    /** @param bags per bag (in {@link Bag} order), per statement, the bucket indices */
    FeatureBatch(int[][][] bags) {
        if (bags.length != Bag.values().length) {
            throw new IllegalArgumentException("expected " + Bag.values().length + " bags, got " + bags.length);
        }
        this.bags = bags;
    }

    /** The statements at {@code rows}, in that order (a minibatch of a featurised training set). */
    public FeatureBatch select(int[] rows) {
        int[][][] selected = new int[bags.length][rows.length][];
        for (int b = 0; b < bags.length; b++) {
            for (int i = 0; i < rows.length; i++) {
                selected[b][i] = bags[b][rows[i]];
            }
        }
        return new FeatureBatch(selected);
    }

    public int size() {
        return bags[0].length;
    }

    /** The number of features of statement {@code i} in all its bags, for batching by length. */
    public int featureCount(int i) {
        int n = 0;
        for (int[][] bag : bags) {
            n += bag[i].length;
        }
        return n;
    }

    /** The bucket indices of statement {@code i} in one bag, shared: read, do not modify. */
    public int[] row(Bag bag, int i) {
        return bags[bag.ordinal()][i];
    }

    /** A copy of the bucket indices of statement {@code i} in one bag. */
    public int[] features(Bag bag, int i) {
        return bags[bag.ordinal()][i].clone();
    }

    /** Indices of every bag, in {@link Bag} order, each of shape [batch, longest in the bag]. */
    public INDArray[] inputs() {
        NativeBackend.select();
        INDArray[] inputs = new INDArray[bags.length];
        for (int b = 0; b < bags.length; b++) {
            inputs[b] = indices(bags[b]);
        }
        return inputs;
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
        Arrays.fill(flat, PADDING);
        for (int i = 0; i < rows.length; i++) {
            int[] r = rows[i];
            int base = i * width;
            for (int j = 0; j < r.length; j++) {
                flat[base + j] = r[j];
            }
        }
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows.length, width}, 'c');
        // one bulk copy: Nd4j.create(float[]) would copy element by element
        array.data().asNioFloat().put(flat);
        return array;
    }
}

package org.stance4j.training.network;

import org.stance4j.nd4j.NativeBackend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.FeatureBatch.Bag;

import java.util.Arrays;

/**
 * A featurised batch as the DL4J network's inputs: one index matrix per {@link Bag}, each padded
 * with {@link FeatureBatch#PADDING} to the longest row of the batch. Training only: prediction
 * reads the bags directly (see {@link org.stance4j.model.network.CompiledNetwork}).
 */
public final class NetworkInputs {
    private NetworkInputs() {
    }

    /** Indices of every bag, in {@link Bag} order, each of shape [batch, longest in the bag]. */
    public static INDArray[] of(FeatureBatch batch) {
        NativeBackend.select();
        Bag[] bags = Bag.values();
        INDArray[] inputs = new INDArray[bags.length];
        for (Bag bag : bags) {
            inputs[bag.ordinal()] = indices(batch, bag);
        }
        return inputs;
    }

    private static INDArray indices(FeatureBatch batch, Bag bag) {
        int n = batch.size();
        int width = 1;
        for (int i = 0; i < n; i++) {
            width = Math.max(width, batch.row(bag, i).length);
        }
        float[] flat = new float[n * width];
        Arrays.fill(flat, FeatureBatch.PADDING);
        for (int i = 0; i < n; i++) {
            int[] r = batch.row(bag, i);
            int base = i * width;
            for (int j = 0; j < r.length; j++) {
                flat[base + j] = r[j];
            }
        }
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, width}, 'c');
        // one bulk copy: Nd4j.create(float[]) would copy element by element
        array.data().asNioFloat().put(flat);
        return array;
    }
}

package org.stance4j.model.network;

import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.features.FeatureSettings;

import java.util.Arrays;

/**
 * Where each weight of the stance network sits in its flat weight vector: the order in which DL4J
 * lays out the parameters of the graph that training builds, which is also what a bundle stores.
 * The four embedding tables in {@link Bag} order, each row-major [buckets][embedding]; then the
 * hidden layer (if any) and the output layer, each a column-major [inputs][outputs] weight matrix
 * followed by its bias. {@code CompiledNetworkTest} in the training module holds this to DL4J.
 */
public final class NetworkLayout {
    /** The pooled layer's blocks: the four pooled bags in {@link Bag} order, then words * event. */
    public static final int JOINED_BLOCKS = Bag.values().length + 1;

    /** An embedding table's place: its first weight and its number of weights. */
    public record Block(int offset, int length) {
    }

    /** A dense layer's place: its weights (column-major), its bias, and its shape. */
    record DenseBlock(int weights, int bias, int inputs, int outputs) {
    }

    private final Block[] tables = new Block[Bag.values().length];
    private final int embeddingSize;
    private final DenseBlock hidden;
    private final DenseBlock output;
    private final long parameterCount;

    public NetworkLayout(FeatureSettings features, NetworkSettings network, int outputs) {
        long d = network.embeddingSize();
        embeddingSize = network.embeddingSize();
        long offset = 0;
        for (Bag bag : Bag.values()) {
            long length = (bag == Bag.EVENT ? features.eventBuckets() : features.textBuckets()) * d;
            tables[bag.ordinal()] = new Block(toInt(offset), toInt(length));
            offset += length;
        }
        long width = JOINED_BLOCKS * d;
        if (network.hiddenSize() > 0) {
            hidden = new DenseBlock(toInt(offset), toInt(offset + width * network.hiddenSize()), (int) width, network.hiddenSize());
            offset += width * network.hiddenSize() + network.hiddenSize();
            width = network.hiddenSize();
        } else {
            hidden = null;
        }
        output = new DenseBlock(toInt(offset), toInt(offset + width * outputs), (int) width, outputs);
        parameterCount = offset + width * outputs + outputs;
    }

    /** The number of weights of the network that the settings describe. */
    public long parameterCount() {
        return parameterCount;
    }

    /** Where a bag's embedding table sits: rows of {@link #embeddingSize()} weights. */
    public Block table(Bag bag) {
        return tables[bag.ordinal()];
    }

    public int embeddingSize() {
        return embeddingSize;
    }

    /** Where the layers after the embedding tables start: they run to the end of the vector. */
    public int denseOffset() {
        Block last = tables[tables.length - 1];
        return last.offset() + last.length();
    }

    /** The hidden layer, or null for a network without one. */
    DenseBlock hidden() {
        return hidden;
    }

    DenseBlock output() {
        return output;
    }

    float[] slice(float[] parameters, Block block) {
        return Arrays.copyOfRange(parameters, block.offset(), block.offset() + block.length());
    }

    /** Java arrays are int-indexed; a network over 2^31 weights is not one the settings allow to load. */
    private static int toInt(long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a network of more than " + Integer.MAX_VALUE + " weights");
        }
        return (int) value;
    }
}

package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoded pairs laid out as the inputs of {@link EncoderGraph}: ids, token types and positions as
 * {@code rows × length} flat vectors, the attention mask, and the pooling matrix. Pairs are padded
 * with {@code [PAD]} (id 0) to {@code length}, and the batch with empty rows to {@code rows}, so that
 * the graph only ever sees a few shapes (ND4J keeps memory for each shape it has seen).
 */
final class EncoderBatch {
    private final int rows;
    private final int length;
    private final Map<String, INDArray> inputs;

    private EncoderBatch(int rows, int length, Map<String, INDArray> inputs) {
        this.rows = rows;
        this.length = length;
        this.inputs = inputs;
    }

    static EncoderBatch of(List<EncodedPair> pairs, int rows, int length, Pooling pooling) {
        if (pairs.size() > rows) {
            throw new IllegalArgumentException(pairs.size() + " pairs do not fit in " + rows + " rows");
        }
        int n = rows * length;
        int[] ids = new int[n];
        int[] types = new int[n];
        int[] positions = new int[n];
        float[] mask = new float[n];
        float[] pool = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < length; t++) {
                positions[r * length + t] = t;
            }
        }
        for (int r = 0; r < pairs.size(); r++) {
            EncodedPair pair = pairs.get(r);
            int len = pair.length();
            if (len > length) {
                throw new IllegalArgumentException("a pair of " + len + " tokens is longer than the bucket, " + length);
            }
            System.arraycopy(pair.ids(), 0, ids, r * length, len);
            System.arraycopy(pair.typeIds(), 0, types, r * length, len);
            for (int t = 0; t < len; t++) {
                mask[r * length + t] = 1f;
            }
            if (pooling == Pooling.CLS) {
                pool[r * n + r * length] = 1f;
            } else {
                for (int t = 0; t < len; t++) {
                    pool[r * n + r * length + t] = 1f / len;
                }
            }
        }
        Map<String, INDArray> inputs = new HashMap<>();
        inputs.put(EncoderGraph.IDS, Nd4j.createFromArray(ids));
        inputs.put(EncoderGraph.TYPES, Nd4j.createFromArray(types));
        inputs.put(EncoderGraph.POSITIONS, Nd4j.createFromArray(positions));
        inputs.put(EncoderGraph.MASK, Nd4j.create(mask, new long[] {rows, length}, 'c'));
        inputs.put(EncoderGraph.POOL, Nd4j.create(pool, new long[] {rows, n}, 'c'));
        return new EncoderBatch(rows, length, inputs);
    }

    int rows() {
        return rows;
    }

    int length() {
        return length;
    }

    /** The graph's inputs; a copy that the caller may add labels and dropout masks to. */
    Map<String, INDArray> inputs() {
        return new HashMap<>(inputs);
    }
}

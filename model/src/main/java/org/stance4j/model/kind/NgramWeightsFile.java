package org.stance4j.model.kind;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.network.NetworkLayout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The n-gram network's weights as a bundle stores them from format 3.0 on. Most rows of the
 * embedding tables are hash buckets that training never touched, and they stay at their initial
 * zero (61% of the default model's weights), so each table is stored row-sparse: a bitmap with one
 * bit per row (bit {@code r % 8} of byte {@code r / 8}), then the little-endian float32 values of
 * the rows whose bit is set. The dense layers follow as little-endian float32. Less to inflate and
 * to hash is what makes a bundle load quickly; the weights are exactly those written.
 */
final class NgramWeightsFile {
    private NgramWeightsFile() {
    }

    static byte[] encode(float[] parameters, NetworkLayout layout) {
        int d = layout.embeddingSize();
        int size = 0;
        for (Bag bag : Bag.values()) {
            NetworkLayout.Block table = layout.table(bag);
            int rows = table.length() / d;
            size += (rows + 7) / 8 + nonZeroRows(parameters, table, d) * d * Float.BYTES;
        }
        int dense = parameters.length - layout.denseOffset();
        ByteBuffer out = ByteBuffer.allocate(size + dense * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Bag bag : Bag.values()) {
            NetworkLayout.Block table = layout.table(bag);
            int rows = table.length() / d;
            byte[] bitmap = new byte[(rows + 7) / 8];
            for (int r = 0; r < rows; r++) {
                if (!zeroRow(parameters, table.offset() + r * d, d)) {
                    bitmap[r >>> 3] |= (byte) (1 << (r & 7));
                }
            }
            out.put(bitmap);
            for (int r = 0; r < rows; r++) {
                if ((bitmap[r >>> 3] & (1 << (r & 7))) != 0) {
                    for (int u = 0; u < d; u++) {
                        out.putFloat(parameters[table.offset() + r * d + u]);
                    }
                }
            }
        }
        for (int i = layout.denseOffset(); i < parameters.length; i++) {
            out.putFloat(parameters[i]);
        }
        return out.array();
    }

    /** The flat weight vector, checking that the bytes hold exactly what the layout needs. */
    static float[] decode(byte[] bytes, NetworkLayout layout, String source) throws InvalidBundleException {
        int d = layout.embeddingSize();
        float[] parameters = new float[(int) layout.parameterCount()];
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (Bag bag : Bag.values()) {
            NetworkLayout.Block table = layout.table(bag);
            int rows = table.length() / d;
            int bitmapBytes = (rows + 7) / 8;
            if (in.remaining() < bitmapBytes) {
                throw truncated(source);
            }
            byte[] bitmap = new byte[bitmapBytes];
            in.get(bitmap);
            if ((rows & 7) != 0 && (bitmap[bitmapBytes - 1] >>> (rows & 7)) != 0) {
                throw new InvalidBundleException(source + ": the weights mark rows past the end of the " + bag.input() + " table");
            }
            FloatBuffer floats = in.asFloatBuffer();
            int read = 0;
            for (int r = 0; r < rows; r++) {
                if ((bitmap[r >>> 3] & (1 << (r & 7))) != 0) {
                    if (floats.remaining() < d) {
                        throw truncated(source);
                    }
                    floats.get(parameters, table.offset() + r * d, d);
                    read += d;
                }
            }
            in.position(in.position() + read * Float.BYTES);
        }
        int dense = parameters.length - layout.denseOffset();
        if (in.remaining() != dense * Float.BYTES) {
            throw new InvalidBundleException(source + ": the weights entry holds " + in.remaining() + " bytes after the "
                    + "embedding tables, but the network's other layers need " + dense * Float.BYTES
                    + " (its settings do not match the network)");
        }
        in.asFloatBuffer().get(parameters, layout.denseOffset(), dense);
        return parameters;
    }

    private static InvalidBundleException truncated(String source) {
        return new InvalidBundleException(source + ": the weights entry ends inside an embedding table "
                + "(its settings do not match the network)");
    }

    private static int nonZeroRows(float[] parameters, NetworkLayout.Block table, int d) {
        int n = 0;
        for (int r = 0; r < table.length() / d; r++) {
            n += zeroRow(parameters, table.offset() + r * d, d) ? 0 : 1;
        }
        return n;
    }

    /** A row of +0.0 only: -0.0 and NaN are kept, so that the weights read back bit for bit. */
    private static boolean zeroRow(float[] parameters, int from, int d) {
        for (int u = 0; u < d; u++) {
            if (Float.floatToRawIntBits(parameters[from + u]) != 0) {
                return false;
            }
        }
        return true;
    }
}

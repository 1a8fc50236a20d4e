package org.stance4j.encoder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named float arrays in a plain little-endian binary form that any language reads in a few lines,
 * with no Java or ND4J serialisation:
 *
 * <pre>
 * "S4JTNSR1"                          8 bytes
 * count                               int32
 * then per tensor:
 *   name length, name                 int32, UTF-8 bytes
 *   bits                              int8: 32 (float32) or 16 (IEEE half)
 *   rank, dimensions                  int8, int64 each
 *   values                            row-major, 4 or 2 bytes each
 * </pre>
 *
 * Reading checks every length against the bytes that remain, so a damaged file fails cleanly.
 */
final class TensorFile {
    private static final byte[] MAGIC = "S4JTNSR1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME_BYTES = 4096;
    private static final int MAX_RANK = 8;

    private TensorFile() {
    }

    /** Writes the tensors in their iteration order, in float32, or float16 when {@code half}. */
    static byte[] write(List<NamedTensor> tensors, boolean half) {
        long size = MAGIC.length + 4;
        for (NamedTensor t : tensors) {
            size += 4 + t.name().getBytes(StandardCharsets.UTF_8).length + 2 + 8L * t.shape().length
                    + (long) t.values().length * (half ? 2 : 4);
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the tensors need " + size + " bytes, more than one array holds");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(tensors.size());
        for (NamedTensor t : tensors) {
            byte[] name = t.name().getBytes(StandardCharsets.UTF_8);
            out.putInt(name.length).put(name).put((byte) (half ? 16 : 32)).put((byte) t.shape().length);
            for (long d : t.shape()) {
                out.putLong(d);
            }
            if (half) {
                for (float v : t.values()) {
                    out.putShort(HalfFloat.fromFloat(v));
                }
            } else {
                out.asFloatBuffer().put(t.values());
                out.position(out.position() + 4 * t.values().length);
            }
        }
        return out.array();
    }

    /** Reads what {@link #write} wrote; {@code source} names the file in messages. */
    static Map<String, NamedTensor> read(byte[] bytes, String source) throws InvalidWeightsException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new InvalidWeightsException(source + ": not a stance4j tensor file");
        }
        in.position(MAGIC.length);
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / 6) {
            throw new InvalidWeightsException(source + ": damaged: " + count + " tensors cannot fit in the file");
        }
        Map<String, NamedTensor> tensors = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            NamedTensor t = readTensor(in, source, i);
            if (tensors.put(t.name(), t) != null) {
                throw new InvalidWeightsException(source + ": the tensor " + t.name() + " appears twice");
            }
        }
        if (in.hasRemaining()) {
            throw new InvalidWeightsException(source + ": damaged: " + in.remaining() + " bytes after the last tensor");
        }
        return tensors;
    }

    private static NamedTensor readTensor(ByteBuffer in, String source, int index) throws InvalidWeightsException {
        String where = source + ": tensor " + index;
        int nameLength = getInt(in, where);
        if (nameLength < 0 || nameLength > MAX_NAME_BYTES || nameLength > in.remaining()) {
            throw new InvalidWeightsException(where + ": damaged: a name of " + nameLength + " bytes");
        }
        byte[] name = new byte[nameLength];
        in.get(name);
        String tensorName = new String(name, StandardCharsets.UTF_8);
        where = source + ": tensor " + tensorName;
        if (in.remaining() < 2) {
            throw new InvalidWeightsException(where + ": truncated");
        }
        int bits = in.get();
        int rank = in.get();
        if (bits != 16 && bits != 32) {
            throw new InvalidWeightsException(where + ": " + bits + "-bit values are not supported (16 or 32)");
        }
        if (rank < 0 || rank > MAX_RANK || in.remaining() < 8L * rank) {
            throw new InvalidWeightsException(where + ": damaged: rank " + rank);
        }
        long[] shape = new long[rank];
        long n = 1;
        int bytesPerValue = bits / 8;
        for (int d = 0; d < rank; d++) {
            shape[d] = in.getLong();
            if (shape[d] < 0 || (shape[d] > 0 && n > in.remaining() / bytesPerValue / shape[d])) {
                throw new InvalidWeightsException(where + ": damaged or truncated: shape " + Arrays.toString(shape)
                        + " does not fit in the " + in.remaining() + " bytes left");
            }
            n *= shape[d];
        }
        if (n * bytesPerValue > in.remaining()) {
            throw new InvalidWeightsException(where + ": truncated: " + n + " values do not fit in the "
                    + in.remaining() + " bytes left");
        }
        float[] values = new float[(int) n];
        if (bits == 32) {
            in.asFloatBuffer().get(values);
            in.position(in.position() + 4 * values.length);
        } else {
            for (int i = 0; i < values.length; i++) {
                values[i] = HalfFloat.toFloat(in.getShort());
            }
        }
        return new NamedTensor(tensorName, shape, values);
    }

    private static int getInt(ByteBuffer in, String where) throws InvalidWeightsException {
        if (in.remaining() < 4) {
            throw new InvalidWeightsException(where + ": truncated");
        }
        return in.getInt();
    }
}

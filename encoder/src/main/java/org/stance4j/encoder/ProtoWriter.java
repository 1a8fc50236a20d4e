package org.stance4j.encoder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds one protobuf message in the wire format that {@link ProtoReader} reads. Nested messages are
 * built by writers of their own and copied in with their length. A message may not pass
 * {@value #MAX_BYTES} bytes, protobuf's own limit, so an oversized model fails here, with its size,
 * rather than inside the library that parses it.
 */
final class ProtoWriter {
    static final int MAX_BYTES = Integer.MAX_VALUE - 64;

    private byte[] bytes;
    private int size;

    ProtoWriter() {
        this(64);
    }

    /** A writer with room for {@code capacity} bytes, so that a large message is not copied as it grows. */
    ProtoWriter(int capacity) {
        checkSize(capacity);
        bytes = new byte[Math.max(16, capacity)];
    }

    ProtoWriter varint(int field, long value) {
        tag(field, ProtoReader.VARINT);
        writeVarint(value);
        return this;
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter message(int field, ProtoWriter message) {
        tag(field, ProtoReader.LENGTH_DELIMITED);
        writeVarint(message.size);
        append(message.bytes, message.size);
        return this;
    }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, ProtoReader.LENGTH_DELIMITED);
        writeVarint(value.length);
        append(value, value.length);
        return this;
    }

    /** A 32-bit float field ({@code AttributeProto.f}), in fixed32 wire type. */
    ProtoWriter float32(int field, float value) {
        tag(field, ProtoReader.FIXED32);
        ensure(4);
        ByteBuffer.wrap(bytes, size, 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value);
        size += 4;
        return this;
    }

    /** Floats as one little-endian byte string, as ONNX's {@code raw_data} holds them. */
    ProtoWriter floats(int field, float[] values) {
        checkSize(4L * values.length);
        tag(field, ProtoReader.LENGTH_DELIMITED);
        writeVarint(4L * values.length);
        ensure(4 * values.length);
        ByteBuffer.wrap(bytes, size, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
        size += 4 * values.length;
        return this;
    }

    /** 64-bit integers as one little-endian byte string. */
    static byte[] littleEndian(long[] values) {
        checkSize(8L * values.length);
        ByteBuffer out = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        out.asLongBuffer().put(values);
        return out.array();
    }

    int size() {
        return size;
    }

    /** The message; the writer's own array when it is exactly full, to spare a copy of a large model. */
    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void tag(int field, int wireType) {
        writeVarint((long) field << 3 | wireType);
    }

    private void writeVarint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    private void append(byte[] more, int length) {
        ensure(length);
        System.arraycopy(more, 0, bytes, size, length);
        size += length;
    }

    private void ensure(int more) {
        long needed = (long) size + more;
        checkSize(needed);
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(needed, 2L * bytes.length)));
        }
    }

    private static void checkSize(long needed) {
        if (needed > MAX_BYTES) {
            throw new IllegalArgumentException("a protobuf message of " + needed + " bytes passes the limit of "
                    + MAX_BYTES);
        }
    }
}

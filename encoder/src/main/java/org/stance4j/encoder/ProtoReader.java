package org.stance4j.encoder;

/**
 * A cursor over protobuf wire format in a byte array, bounded to {@code [position, limit)}: every length
 * is checked against the bytes that remain before anything is read or allocated, so a truncated or
 * hostile file ends in a {@link MalformedProtoException}, never a hang or a huge allocation.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private int position;
    private final int limit;

    ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ProtoReader(byte[] bytes, int position, int limit) {
        this.bytes = bytes;
        this.position = position;
        this.limit = limit;
    }

    boolean hasMore() {
        return position < limit;
    }

    int position() {
        return position;
    }

    /** The next field's tag: field number {@code << 3 |} wire type. */
    int readTag() throws MalformedProtoException {
        long tag = readVarint();
        if (tag <= 0 || tag > Integer.MAX_VALUE || (tag >>> 3) == 0) {
            throw new MalformedProtoException("invalid field tag " + tag + " at byte " + position);
        }
        return (int) tag;
    }

    long readVarint() throws MalformedProtoException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= limit) {
                throw new MalformedProtoException("truncated: a number runs past the end at byte " + position);
            }
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new MalformedProtoException("a number longer than 10 bytes at byte " + position);
    }

    /** A reader over the next length-delimited field's bytes, which this reader then skips. */
    ProtoReader readMessage() throws MalformedProtoException {
        int length = readLength();
        ProtoReader inner = new ProtoReader(bytes, position, position + length);
        position += length;
        return inner;
    }

    String readString() throws MalformedProtoException {
        int length = readLength();
        String s = new String(bytes, position, length, java.nio.charset.StandardCharsets.UTF_8);
        position += length;
        return s;
    }

    /** The next length-delimited field as little-endian floats; its length must be a multiple of 4. */
    float[] readFloats() throws MalformedProtoException {
        int length = readLength();
        if (length % 4 != 0) {
            throw new MalformedProtoException(length + " bytes of floats is not a multiple of 4, at byte " + position);
        }
        float[] values = new float[length / 4];
        java.nio.ByteBuffer.wrap(bytes, position, length).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        position += length;
        return values;
    }

    float readFixed32Float() throws MalformedProtoException {
        require(4);
        int bits = (bytes[position] & 0xFF) | (bytes[position + 1] & 0xFF) << 8 | (bytes[position + 2] & 0xFF) << 16
                | (bytes[position + 3] & 0xFF) << 24;
        position += 4;
        return Float.intBitsToFloat(bits);
    }

    /** Skips a field of the given wire type; groups (wire types 3 and 4, long deprecated) are rejected. */
    void skip(int wireType) throws MalformedProtoException {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> {
                require(8);
                position += 8;
            }
            case LENGTH_DELIMITED -> {
                int length = readLength(); // read first: "position += readLength()" would add to the old position
                position += length;
            }
            case FIXED32 -> {
                require(4);
                position += 4;
            }
            default -> throw new MalformedProtoException("unsupported wire type " + wireType + " at byte " + position);
        }
    }

    private int readLength() throws MalformedProtoException {
        long length = readVarint();
        if (length < 0 || length > limit - position) {
            throw new MalformedProtoException("truncated: a field of " + length + " bytes at byte " + position + " has only "
                    + (limit - position) + " left");
        }
        return (int) length;
    }

    private void require(int n) throws MalformedProtoException {
        if (limit - position < n) {
            throw new MalformedProtoException("truncated: " + n + " bytes wanted at byte " + position);
        }
    }

    /** The bytes are not the protobuf message they should be. */
    static final class MalformedProtoException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedProtoException(String message) {
            super(message);
        }
    }
}

package org.stance4j.encoder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxWeightsTest {
    private static byte[] onnx;

    @BeforeAll
    static void load() throws IOException {
        BaseEncoder miniLm = BaseEncoder.miniLmL6();
        try (InputStream in = miniLm.open(miniLm.onnxResource())) {
            onnx = in.readAllBytes();
        }
    }

    @Test
    void readsEveryWeightOfMiniLmWithItsShape() throws InvalidWeightsException {
        OnnxWeights w = OnnxWeights.read(onnx, "minilm");
        assertArrayEquals(new long[] {30522, 384}, w.tensor("embeddings.word_embeddings.weight").shape());
        assertArrayEquals(new long[] {384, 384}, w.tensor("encoder.layer.5.attention.self.query.weight").shape());
        assertArrayEquals(new long[] {384, 1536}, w.tensor("encoder.layer.0.intermediate.dense.weight").shape());
        assertArrayEquals(new long[] {1536, 384}, w.tensor("encoder.layer.3.output.dense.weight").shape());
        assertEquals(384, w.tensor("encoder.layer.2.output.LayerNorm.bias").values().length);
        float[] gamma = w.tensor("embeddings.LayerNorm.weight").values();
        assertTrue(gamma[0] != 0 && Float.isFinite(gamma[0]));
        assertThrows(InvalidWeightsException.class, () -> w.tensor("no.such.weight"));
        assertThrows(InvalidWeightsException.class, () -> w.tensor("embeddings.LayerNorm.weight", 383));
    }

    @Test
    @Timeout(20)
    void rejectsEveryTruncationOfTheFileWithoutHangingOrRunningOutOfMemory() {
        // the file's start (header, graph, first nodes) and a cut through the weights
        for (int length : new int[] {0, 1, 2, 5, 17, 100, 1000, 4096, 65536, onnx.length / 2, onnx.length - 1}) {
            byte[] cut = Arrays.copyOf(onnx, length);
            InvalidWeightsException e = assertThrows(InvalidWeightsException.class, () -> OnnxWeights.read(cut, "cut"),
                    "length " + length);
            assertTrue(e.getMessage().startsWith("cut: "), e.getMessage());
        }
    }

    @Test
    @Timeout(20)
    void rejectsGarbageAndWrongTags() {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[1 + random.nextInt(300)];
            random.nextBytes(junk);
            assertThrows(InvalidWeightsException.class, () -> OnnxWeights.read(junk, "junk"));
        }
        // a group (wire type 3), a length of 2^62, an 11-byte varint
        for (byte[] bad : new byte[][] {{0x3B}, {0x3A, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
                (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x40}, {0x08, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01}}) {
            assertThrows(InvalidWeightsException.class, () -> OnnxWeights.read(bad, "bad"));
        }
    }

    @Test
    void readsATensorWrittenAsFloatDataAndRejectsAWrongSize() throws InvalidWeightsException {
        // graph { initializer { dims: 2, data_type: FLOAT, float_data: [1.5, -2], name: "w" } }
        byte[] tensor = concat(new byte[] {0x08, 0x02, 0x10, 0x01, 0x22, 0x08}, floats(1.5f, -2f),
                new byte[] {0x42, 0x01, 'w'});
        OnnxWeights w = OnnxWeights.read(wrap(7, wrap(5, tensor)), "tiny");
        assertArrayEquals(new float[] {1.5f, -2f}, w.tensor("w", 2).values());
        byte[] wrongSize = concat(new byte[] {0x08, 0x03, 0x10, 0x01, 0x22, 0x08}, floats(1.5f, -2f),
                new byte[] {0x42, 0x01, 'w'});
        assertThrows(InvalidWeightsException.class, () -> OnnxWeights.read(wrap(7, wrap(5, wrongSize)), "tiny"));
        byte[] external = {0x08, 0x02, 0x10, 0x01, 0x42, 0x01, 'w', 0x70, 0x01};
        assertThrows(InvalidWeightsException.class, () -> OnnxWeights.read(wrap(7, wrap(5, external)), "tiny"));
    }

    private static byte[] wrap(int field, byte[] message) {
        return concat(new byte[] {(byte) (field << 3 | 2), (byte) message.length}, message);
    }

    private static byte[] floats(float... values) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TensorFileTest {
    private static final List<NamedTensor> TENSORS = List.of(
            new NamedTensor("a.weight", new long[] {2, 3}, new float[] {1, -2, 3.5f, 0, 1e-3f, -65504}),
            new NamedTensor("b", new long[] {}, new float[] {42}),
            new NamedTensor("empty", new long[] {0, 4}, new float[0]),
            new NamedTensor("ünïcode", new long[] {1}, new float[] {7}));

    @Test
    void readsBackWhatItWroteInFullAndHalfPrecision() throws Exception {
        for (boolean half : new boolean[] {false, true}) {
            Map<String, NamedTensor> read = TensorFile.read(TensorFile.write(TENSORS, half), "t");
            assertEquals(TENSORS.stream().map(NamedTensor::name).toList(), List.copyOf(read.keySet()));
            for (NamedTensor t : TENSORS) {
                assertArrayEquals(t.shape(), read.get(t.name()).shape());
                assertArrayEquals(t.values(), read.get(t.name()).values(), half ? 1e-3f * 65504 : 0f);
            }
        }
        assertEquals(0.0010004f, TensorFile.read(TensorFile.write(TENSORS, true), "t").get("a.weight").values()[4], 1e-7f);
    }

    @Test
    @Timeout(10)
    void rejectsEveryTruncationAndCorruptionCleanly() {
        byte[] good = TensorFile.write(TENSORS, false);
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThrows(InvalidWeightsException.class, () -> TensorFile.read(cut, "cut"), "length " + n);
        }
        Random random = new Random(9);
        for (int i = 0; i < 2000; i++) {
            byte[] bad = good.clone();
            bad[8 + random.nextInt(bad.length - 8)] ^= (byte) (1 << random.nextInt(8));
            try {
                TensorFile.read(bad, "flipped");
            } catch (InvalidWeightsException expected) {
                // a flipped bit in a value goes unnoticed (bundles have SHA-256 for that); in structure it must fail cleanly
            }
        }
        byte[] extra = Arrays.copyOf(good, good.length + 1);
        assertThrows(InvalidWeightsException.class, () -> TensorFile.read(extra, "extra"));
    }
}

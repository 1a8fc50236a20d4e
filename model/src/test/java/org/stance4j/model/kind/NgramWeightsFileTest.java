package org.stance4j.model.kind;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.network.NetworkLayout;
import org.stance4j.model.testing.TestBundles;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramWeightsFileTest {
    private static final NetworkLayout LAYOUT = new NetworkLayout(TestBundles.FEATURES, TestBundles.NETWORK, 3);

    /** Weights as training leaves them: most embedding rows untouched at zero, some odd values. */
    private static float[] sparseWeights(long seed) {
        float[] w = TestBundles.randomParameters(seed);
        Random random = new Random(seed);
        int d = LAYOUT.embeddingSize();
        for (Bag bag : Bag.values()) {
            NetworkLayout.Block t = LAYOUT.table(bag);
            for (int r = 0; r < t.length() / d; r++) {
                if (random.nextDouble() < 0.6) {
                    Arrays.fill(w, t.offset() + r * d, t.offset() + (r + 1) * d, 0f);
                }
            }
        }
        w[LAYOUT.table(Bag.WORDS).offset()] = -0.0f;
        w[LAYOUT.table(Bag.CHARS).offset() + 1] = Float.NaN;
        return w;
    }

    @Test
    void readsBackExactlyWhatWasWrittenAndIsSmallerThanTheDenseForm() throws Exception {
        float[] w = sparseWeights(3);
        byte[] bytes = NgramWeightsFile.encode(w, LAYOUT);
        float[] back = NgramWeightsFile.decode(bytes, LAYOUT, "test");
        assertEquals(w.length, back.length);
        for (int i = 0; i < w.length; i++) {
            assertEquals(Float.floatToRawIntBits(w[i]), Float.floatToRawIntBits(back[i]), "weight " + i);
        }
        assertTrue(bytes.length < w.length * 4 * 0.6, bytes.length + " bytes for " + w.length + " weights");
    }

    @Test
    void allZeroAndAllSetTablesRoundTrip() throws Exception {
        float[] zeros = new float[(int) LAYOUT.parameterCount()];
        assertArrayEquals(zeros, NgramWeightsFile.decode(NgramWeightsFile.encode(zeros, LAYOUT), LAYOUT, "t"));
        float[] dense = TestBundles.randomParameters(5);
        assertArrayEquals(dense, NgramWeightsFile.decode(NgramWeightsFile.encode(dense, LAYOUT), LAYOUT, "t"));
    }

    @Test
    void truncatedOrPaddedBytesAreRefused() {
        byte[] bytes = NgramWeightsFile.encode(sparseWeights(7), LAYOUT);
        InvalidBundleException shorter = assertThrows(InvalidBundleException.class,
                () -> NgramWeightsFile.decode(Arrays.copyOf(bytes, bytes.length - 4), LAYOUT, "short.zip"));
        assertTrue(shorter.getMessage().startsWith("short.zip: "), shorter.getMessage());
        assertThrows(InvalidBundleException.class, () -> NgramWeightsFile.decode(Arrays.copyOf(bytes, bytes.length + 4), LAYOUT, "long"));
        assertThrows(InvalidBundleException.class, () -> NgramWeightsFile.decode(Arrays.copyOf(bytes, 10), LAYOUT, "stub"));
    }

    @Property(tries = 200)
    void randomBytesAreRefusedCleanlyOrReadAsSomeWeights(@ForAll @Size(max = 4000) byte[] bytes) {
        try {
            assertEquals(LAYOUT.parameterCount(), NgramWeightsFile.decode(bytes, LAYOUT, "random").length);
        } catch (InvalidBundleException expected) {
            // the documented outcome for bytes that are not weights of this network
        }
    }
}

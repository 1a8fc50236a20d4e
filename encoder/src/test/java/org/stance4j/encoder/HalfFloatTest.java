package org.stance4j.encoder;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HalfFloatTest {
    @Test
    void knownValues() {
        assertEquals(0x3C00, HalfFloat.fromFloat(1f) & 0xFFFF);
        assertEquals(0xC000, HalfFloat.fromFloat(-2f) & 0xFFFF);
        assertEquals(0x7BFF, HalfFloat.fromFloat(65504f) & 0xFFFF);
        assertEquals(0x7C00, HalfFloat.fromFloat(65520f) & 0xFFFF, "rounds up to infinity");
        assertEquals(0x7BFF, HalfFloat.fromFloat(65519f) & 0xFFFF);
        assertEquals(0x0001, HalfFloat.fromFloat(0x1p-24f) & 0xFFFF, "smallest subnormal");
        assertEquals(0x0000, HalfFloat.fromFloat(0x1p-26f) & 0xFFFF);
        assertEquals(0x3555, HalfFloat.fromFloat(1f / 3) & 0xFFFF);
        assertEquals(0x8000, HalfFloat.fromFloat(-0f) & 0xFFFF);
        assertTrue(Float.isNaN(HalfFloat.toFloat(HalfFloat.fromFloat(Float.NaN))));
        assertEquals(Float.NEGATIVE_INFINITY, HalfFloat.toFloat(HalfFloat.fromFloat(Float.NEGATIVE_INFINITY)));
        // ties go to even: 1 + 2^-11 lies halfway between 1 and 1 + 2^-10
        assertEquals(0x3C00, HalfFloat.fromFloat(1f + 0x1p-11f) & 0xFFFF);
        assertEquals(0x3C02, HalfFloat.fromFloat(1f + 3 * 0x1p-11f) & 0xFFFF);
    }

    @Test
    void everyHalfSurvivesTheRoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloat.toFloat((short) h);
            if (Float.isNaN(f)) {
                continue;
            }
            assertEquals(h, HalfFloat.fromFloat(f) & 0xFFFF, "half " + Integer.toHexString(h) + " = " + f);
        }
    }

    @Test
    void roundsToTheNearestHalf() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            float f = (float) ((random.nextDouble() - 0.5) * Math.pow(2, random.nextInt(-30, 17)));
            float back = HalfFloat.toFloat(HalfFloat.fromFloat(f));
            float up = Math.nextUp(back);
            // no other half is nearer: the neighbours of the result are at least as far
            float nextHalfUp = HalfFloat.toFloat((short) (HalfFloat.fromFloat(back) + (back >= 0 ? 1 : -1)));
            assertTrue(Math.abs(f - back) <= Math.abs(f - nextHalfUp) || Float.isInfinite(nextHalfUp), f + " -> " + back);
            assertTrue(up > back);
        }
    }
}

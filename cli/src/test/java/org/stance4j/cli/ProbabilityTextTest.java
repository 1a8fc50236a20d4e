package org.stance4j.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProbabilityTextTest {
    @Test
    void printsWhatPercentPointFourFPrints() {
        for (double p : new double[] {0, 1, 0.5, 0.00004, 0.00006, 0.99994, 0.99996, 0.1234, 0.98765, 1e-12, 0.999999}) {
            assertEquals(String.format(Locale.ROOT, "%.4f", p), RowSink.fourDecimals(p), "p = " + p);
        }
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            // probabilities as the network gives them: floats widened to double
            double p = random.nextFloat();
            assertEquals(String.format(Locale.ROOT, "%.4f", p), RowSink.fourDecimals(p), "p = " + p);
        }
    }

    @Test
    void clampsRoundingNoiseOutsideZeroToOne() {
        assertEquals("1.0000", RowSink.fourDecimals(1.0000001));
        assertEquals("0.0000", RowSink.fourDecimals(-1e-9));
    }
}

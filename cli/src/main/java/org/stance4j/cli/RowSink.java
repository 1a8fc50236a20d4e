package org.stance4j.cli;

import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.util.List;

/** Where {@code predict} writes each input row, its columns followed by the prediction's. */
interface RowSink {
    void write(List<String> values, Prediction prediction) throws IOException;

    void finish() throws IOException;

    /**
     * The probability with four decimals, rounded half up, as {@code "%.4f"} prints it; by hand,
     * because {@code String.format} took a quarter of the writing thread's time.
     */
    static String probability(Prediction p, Stance s) {
        return fourDecimals(p.probability(s));
    }

    static String fourDecimals(double probability) {
        long units = Math.round(Math.min(1.0, Math.max(0.0, probability)) * 10_000);
        char[] text = {(char) ('0' + units / 10_000), '.', '0', '0', '0', '0'};
        long rest = units % 10_000;
        for (int i = 5; i >= 2; i--, rest /= 10) {
            text[i] = (char) ('0' + rest % 10);
        }
        return new String(text);
    }

    /** The same four decimals as a number, for JSON. */
    static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}

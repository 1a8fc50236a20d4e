package org.stance4j.encoder;

import org.stance4j.model.StanceInput;

import java.util.List;

/** How fast MiniLM's tokenizer encodes pairs, for the speed runner (the tokenizer is package-private). */
public final class TokenizerTiming {
    private TokenizerTiming() {
    }

    /** Pairs per second over {@code inputs}, after one pass to warm up. */
    public static double pairsPerSecond(List<StanceInput> inputs, int maxLength) throws InvalidWeightsException {
        WordPieceTokenizer tokenizer = BaseEncoder.miniLmL6().tokenizer();
        double seconds = 0;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            for (StanceInput in : inputs) {
                tokenizer.encodePair(in.event(), in.text(), maxLength);
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        return inputs.size() / seconds;
    }
}

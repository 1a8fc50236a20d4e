package org.stance4j.encoder;

/**
 * The shape of a BERT-style encoder. Recorded with every fine-tuned model, and checked against the
 * weights it is loaded with.
 *
 * @param layers transformer layers
 * @param hidden width of the hidden states
 * @param heads attention heads; {@code hidden} must be a multiple of it
 * @param intermediate width of each layer's feed-forward
 * @param vocabulary rows of the word-embedding table
 * @param maxPositions rows of the position-embedding table, so the longest input
 * @param typeVocabulary rows of the token-type-embedding table (2 for sentence pairs)
 * @param layerNormEps the epsilon of every layer normalisation
 */
public record EncoderConfig(int layers, int hidden, int heads, int intermediate, int vocabulary, int maxPositions,
                            int typeVocabulary, double layerNormEps) {
    public EncoderConfig {
        check("layers", layers, 1, 48);
        check("hidden", hidden, 2, 4096);
        check("heads", heads, 1, 64);
        check("intermediate", intermediate, 1, 16384);
        check("vocabulary", vocabulary, 4, 1_000_000);
        check("maxPositions", maxPositions, 4, 8192);
        check("typeVocabulary", typeVocabulary, 2, 16);
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden (" + hidden + ") must be a multiple of heads (" + heads + ")");
        }
        if (!(layerNormEps > 0 && layerNormEps < 1e-2)) {
            throw new IllegalArgumentException("layerNormEps must be in (0, 0.01), got " + layerNormEps);
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
        }
    }

    /** all-MiniLM-L6-v2: 6 layers, hidden 384, 12 heads, BERT's uncased vocabulary. */
    public static EncoderConfig miniLmL6() {
        return new EncoderConfig(6, 384, 12, 1536, 30522, 512, 2, 1e-12);
    }

    /** A small encoder for tests: 2 layers of width 32 over MiniLM's vocabulary, randomly initialised. */
    public static EncoderConfig tiny() {
        return new EncoderConfig(2, 32, 4, 64, 30522, 512, 2, 1e-12);
    }

    int headSize() {
        return hidden / heads;
    }
}

package org.stance4j.model.features;

import java.util.List;

/**
 * 32-bit FNV-1a hashing of tokens, token n-grams and character n-grams, with a namespace per feature
 * kind so that, say, the word "on" and the character bigram "on" land in different buckets.
 * Fixed by specification, so a bundle hashes the same way on every JVM and every release.
 */
final class FeatureHasher {
    static final int WORD = 0x01000193;
    static final int CHAR = 0x2545F491;
    static final int CROSS = 0x5BD1E995;
    static final int EVENT = 0x68E31DA4;

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private FeatureHasher() {
    }

    static int start(int namespace) {
        return (FNV_OFFSET ^ namespace) * FNV_PRIME;
    }

    static int mixChar(int h, char c) {
        h ^= c & 0xFF;
        h *= FNV_PRIME;
        h ^= c >>> 8;
        return h * FNV_PRIME;
    }

    static int mixInt(int h, int v) {
        for (int shift = 0; shift < 32; shift += 8) {
            h ^= (v >>> shift) & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    static int token(String token) {
        int h = start(WORD);
        for (int i = 0, n = token.length(); i < n; i++) {
            h = mixChar(h, token.charAt(i));
        }
        return h;
    }

    /** A hash of a token sequence, used to key event-crossed features by the whole event. */
    static int sequence(List<String> tokens) {
        int h = start(EVENT);
        for (String t : tokens) {
            h = mixInt(h, token(t));
        }
        return h;
    }

    /** Finalisation from MurmurHash3, so that the low bits used as a bucket depend on every input bit. */
    static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

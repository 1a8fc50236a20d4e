package org.stance4j.datasets;

import java.nio.charset.Charset;

/**
 * How to read a data file.
 *
 * @param skipInvalid skip rows with a missing field, an empty text or event, or an unknown label, and
 *     count them, instead of failing on the first one
 * @param encoding the file's character encoding, or null for the format's own (UTF-8; windows-1252 for SemEval-2016)
 * @param maxFieldChars the longest line or field accepted, in characters; longer ones are refused so that a
 *     stray quote or a binary file cannot exhaust memory
 */
public record ReadOptions(boolean skipInvalid, Charset encoding, int maxFieldChars) {
    public static final int DEFAULT_MAX_FIELD_CHARS = 1_000_000;

    public ReadOptions {
        if (maxFieldChars < 1) {
            throw new IllegalArgumentException("maxFieldChars must be positive, got " + maxFieldChars);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(false, null, DEFAULT_MAX_FIELD_CHARS);
    }

    public ReadOptions withSkipInvalid(boolean skip) {
        return new ReadOptions(skip, encoding, maxFieldChars);
    }

    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(skipInvalid, charset, maxFieldChars);
    }

    public ReadOptions withMaxFieldChars(int max) {
        return new ReadOptions(skipInvalid, encoding, max);
    }
}

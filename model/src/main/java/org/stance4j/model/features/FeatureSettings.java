package org.stance4j.model.features;

/**
 * Which hashed features the featuriser extracts. Recorded in every model bundle.
 *
 * @param textBuckets hash buckets for the statement's features (a power of two); the rows of the text embedding
 * @param eventBuckets hash buckets for the event's features (a power of two)
 * @param wordNgrams longest word n-gram (1 to 3)
 * @param charNgramMin shortest character n-gram inside a token (0 turns character n-grams off)
 * @param charNgramMax longest character n-gram inside a token
 * @param eventCrossing whether word n-grams are also hashed together with the event, which gives every
 *     event its own copy of the word features while the plain ones stay shared across events
 * @param maxTextFeatures the most features kept per statement in each of its bags (longer statements keep their beginning)
 * @param charCrossing whether character n-grams are also hashed together with the event (needs {@code eventCrossing}
 *     and character n-grams), so that the event's own copy covers word parts and spellings too; bundles of format 1
 *     lack it and read as false
 */
public record FeatureSettings(int textBuckets, int eventBuckets, int wordNgrams, int charNgramMin, int charNgramMax,
                              boolean eventCrossing, int maxTextFeatures, boolean charCrossing) {
    public FeatureSettings {
        requirePowerOfTwo("textBuckets", textBuckets);
        requirePowerOfTwo("eventBuckets", eventBuckets);
        if (wordNgrams < 1 || wordNgrams > 3) {
            throw new IllegalArgumentException("wordNgrams must be 1, 2 or 3, got " + wordNgrams);
        }
        if (charNgramMin != 0 && (charNgramMin < 1 || charNgramMax < charNgramMin || charNgramMax > 8)) {
            throw new IllegalArgumentException("character n-grams need 1 <= min <= max <= 8, got " + charNgramMin + ".." + charNgramMax);
        }
        if (charCrossing && !(eventCrossing && charNgramMin > 0)) {
            throw new IllegalArgumentException("charCrossing needs eventCrossing and character n-grams");
        }
        if (maxTextFeatures < 16) {
            throw new IllegalArgumentException("maxTextFeatures must be at least 16, got " + maxTextFeatures);
        }
    }

    /** Features without character crossing, as every bundle before it was added had them. */
    public FeatureSettings(int textBuckets, int eventBuckets, int wordNgrams, int charNgramMin, int charNgramMax,
                           boolean eventCrossing, int maxTextFeatures) {
        this(textBuckets, eventBuckets, wordNgrams, charNgramMin, charNgramMax, eventCrossing, maxTextFeatures, false);
    }

    /** The default recipe's features: word 1-2 grams, character 2-5 grams, both crossed with the event. */
    public static FeatureSettings defaults() {
        return new FeatureSettings(1 << 18, 1 << 14, 2, 2, 5, true, 4096, true);
    }

    /** These settings with character crossing on or off. */
    public FeatureSettings withCharCrossing(boolean on) {
        return new FeatureSettings(textBuckets, eventBuckets, wordNgrams, charNgramMin, charNgramMax, eventCrossing,
                maxTextFeatures, on);
    }

    public boolean charNgrams() {
        return charNgramMin > 0;
    }

    private static void requirePowerOfTwo(String name, int value) {
        if (value < 16 || Integer.bitCount(value) != 1 || value > (1 << 24)) {
            throw new IllegalArgumentException(name + " must be a power of two between 16 and 2^24, got " + value);
        }
    }
}

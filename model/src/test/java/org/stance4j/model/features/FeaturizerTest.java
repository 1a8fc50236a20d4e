package org.stance4j.model.features;

import org.junit.jupiter.api.Test;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.model.text.TextSettings;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturizerTest {
    private static final String EVENT = "France refuses to cooperate with Russia over the arrest of Pavel Durov";

    private static Featurizer featurizer(FeatureSettings settings) {
        return new Featurizer(new TextPipeline(TextSettings.defaults()), settings);
    }

    @Test
    void hashingIsFixedSoThatSavedModelsKeepWorking() {
        // Changing these values silently breaks every model bundle saved so far: bump the normalisation or format version instead.
        FeatureBatch batch = featurizer(new FeatureSettings(1 << 18, 1 << 14, 2, 2, 3, true, 4096))
                .featurize(List.of(new StanceInput("Strike at port", "Workers win")));
        assertArrayEquals(new int[] {9085, 19215, 87114, 203115}, batch.features(Bag.WORDS, 0));
        assertArrayEquals(new int[] {9085, 65276, 71105, 231687, 105968, 76263, 78939, 146440, 8302, 235141, 81624, 154267,
                73617, 220566, 215784, 87899, 65276, 238092, 30011, 117574, 260598, 174291, 4440}, batch.features(Bag.CHARS, 0));
        assertArrayEquals(new int[] {9085, 180470, 182915, 4361}, batch.features(Bag.CROSSED, 0));
        assertArrayEquals(new int[] {9085, 15218, 14394, 13364, 14317, 7154}, batch.features(Bag.EVENT, 0));
    }

    @Test
    void featureCountsFollowTheSettings() {
        StanceInput in = new StanceInput(EVENT, "deeply disappointing");
        // words: start marker + 2 unigrams + 1 bigram; crossed: start marker + the same 3 n-grams hashed with the event
        FeatureBatch words = featurizer(new FeatureSettings(1024, 1024, 2, 0, 0, true, 4096)).featurize(List.of(in));
        assertEquals(4, words.features(Bag.WORDS, 0).length);
        assertEquals(4, words.features(Bag.CROSSED, 0).length);
        assertEquals(1, words.features(Bag.CHARS, 0).length, "the start marker alone without character n-grams");
        FeatureBatch uncrossed = featurizer(new FeatureSettings(1024, 1024, 2, 0, 0, false, 4096)).featurize(List.of(in));
        assertEquals(1, uncrossed.features(Bag.CROSSED, 0).length, "the start marker alone when crossing is off");
        // character 3-grams of <deeply> (6) and <disappointing> (13), plus the marker
        assertEquals(20, featurizer(new FeatureSettings(1024, 1024, 2, 3, 3, false, 4096)).featurize(List.of(in)).features(Bag.CHARS, 0).length);
        FeatureBatch capped = featurizer(new FeatureSettings(1024, 1024, 2, 2, 5, true, 16)).featurize(List.of(in));
        assertEquals(16, capped.features(Bag.CHARS, 0).length);
        assertEquals(4 + 16 + 4 + capped.features(Bag.EVENT, 0).length, capped.featureCount(0));
    }

    @Test
    void characterCrossingAddsTheCharacterNgramsToTheCrossedBag() {
        StanceInput in = new StanceInput(EVENT, "deeply disappointing");
        FeatureSettings plain = new FeatureSettings(1024, 1024, 2, 3, 3, true, 4096);
        FeatureBatch words = featurizer(plain).featurize(List.of(in));
        FeatureBatch crossed = featurizer(plain.withCharCrossing(true)).featurize(List.of(in));
        int[] chars = crossed.features(Bag.CHARS, 0);
        int[] both = crossed.features(Bag.CROSSED, 0);
        // the marker, the 3 crossed word n-grams, then one crossed feature per character n-gram (19)
        assertEquals(4 + chars.length - 1, both.length);
        assertArrayEquals(words.features(Bag.CROSSED, 0), Arrays.copyOf(both, 4), "the word part is unchanged");
        assertArrayEquals(chars, words.features(Bag.CHARS, 0), "the shared character bag is unchanged");
        FeatureBatch other = featurizer(plain.withCharCrossing(true)).featurize(List.of(new StanceInput("Another event", in.text())));
        int[] otherBoth = other.features(Bag.CROSSED, 0);
        assertTrue(Arrays.stream(both, 4, both.length).filter(x -> Arrays.stream(otherBoth, 4, otherBoth.length).anyMatch(y -> y == x))
                .count() <= 2, "crossed character n-grams differ per event (up to a hash collision or two in 1024 buckets)");
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 2, 3, 3, false, 4096, true));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 2, 0, 0, true, 4096, true));
    }

    @Test
    void theSameTextGetsEventSpecificFeaturesForAnotherEvent() {
        Featurizer f = featurizer(FeatureSettings.defaults());
        FeatureBatch b = f.featurize(List.of(new StanceInput("Court upholds ban", "A fair decision"),
                new StanceInput("Activists challenge ban", "A fair decision"),
                new StanceInput("Court upholds ban", "A fair decision")));
        assertArrayEquals(b.features(Bag.WORDS, 0), b.features(Bag.WORDS, 1), "plain n-grams are shared across events");
        assertArrayEquals(b.features(Bag.CHARS, 0), b.features(Bag.CHARS, 1));
        assertArrayEquals(b.features(Bag.CROSSED, 0), b.features(Bag.CROSSED, 2));
        int[] a = b.features(Bag.CROSSED, 0);
        int[] c = b.features(Bag.CROSSED, 1);
        assertEquals(a[0], c[0], "both start with the marker");
        assertTrue(Arrays.stream(a).skip(1).noneMatch(x -> Arrays.stream(c).skip(1).anyMatch(y -> y == x)), "crossed n-grams differ per event");
        assertFalse(Arrays.equals(b.features(Bag.EVENT, 0), b.features(Bag.EVENT, 1)));
    }

    @Test
    void everyIndexIsInsideItsBuckets() {
        FeatureSettings settings = new FeatureSettings(64, 32, 3, 1, 6, true, 4096);
        FeatureBatch b = featurizer(settings).featurize(List.of(new StanceInput(EVENT, "Ünïcödé text, emojis 🙂 and #HashTags!!! http://x.org")));
        for (Bag bag : Bag.values()) {
            int buckets = bag == Bag.EVENT ? 32 : 64;
            assertTrue(Arrays.stream(b.features(bag, 0)).allMatch(i -> i >= 0 && i < buckets), bag.toString());
        }
    }

    @Test
    void emptyTextStillHasTheStartMarkers() {
        FeatureBatch b = featurizer(FeatureSettings.defaults()).featurize(List.of(new StanceInput("", "")));
        for (Bag bag : Bag.values()) {
            assertEquals(1, b.features(bag, 0).length, bag.toString());
        }
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1000, 1024, 2, 2, 5, true, 4096));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 4, 2, 5, true, 4096));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 2, 5, 2, true, 4096));
    }
}

package org.stance4j.model.features;

import org.junit.jupiter.api.Test;
import org.stance4j.model.StanceInput;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.model.text.TextSettings;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        assertArrayEquals(new int[] {9085, 19215, 180470, 87114, 182915, 203115, 4361, 65276, 71105, 231687, 105968, 76263,
                78939, 146440, 8302, 235141, 81624, 154267, 73617, 220566, 215784, 87899, 65276, 238092, 30011, 117574, 260598,
                174291, 4440}, batch.textFeatures(0));
        assertArrayEquals(new int[] {9085, 15218, 14394, 13364, 14317, 7154}, batch.eventFeatures(0));
    }

    @Test
    void featureCountsFollowTheSettings() {
        StanceInput in = new StanceInput(EVENT, "deeply disappointing");
        // start marker + 2 unigrams + 1 bigram, each also crossed with the event = 1 + 6
        assertEquals(7, featurizer(new FeatureSettings(1024, 1024, 2, 0, 0, true, 4096)).featurize(List.of(in)).textFeatureCount(0));
        // without crossing: 1 + 3
        assertEquals(4, featurizer(new FeatureSettings(1024, 1024, 2, 0, 0, false, 4096)).featurize(List.of(in)).textFeatureCount(0));
        // character 3-grams of <deeply> (6) and <disappointing> (13), plus 1 + 3 word features
        assertEquals(23, featurizer(new FeatureSettings(1024, 1024, 2, 3, 3, false, 4096)).featurize(List.of(in)).textFeatureCount(0));
        assertEquals(16, featurizer(new FeatureSettings(1024, 1024, 2, 2, 5, true, 16)).featurize(List.of(in)).textFeatureCount(0));
    }

    @Test
    void theSameTextGetsEventSpecificFeaturesForAnotherEvent() {
        Featurizer f = featurizer(FeatureSettings.defaults());
        FeatureBatch b = f.featurize(List.of(new StanceInput("Court upholds ban", "A fair decision"),
                new StanceInput("Activists challenge ban", "A fair decision"),
                new StanceInput("Court upholds ban", "A fair decision")));
        assertArrayEquals(b.textFeatures(0), b.textFeatures(2));
        assertFalse(Arrays.equals(b.textFeatures(0), b.textFeatures(1)));
        long shared = Arrays.stream(b.textFeatures(0)).filter(x -> Arrays.stream(b.textFeatures(1)).anyMatch(y -> y == x)).count();
        assertTrue(shared > b.textFeatureCount(0) / 2, "plain n-grams are shared across events");
        assertNotEquals(Arrays.toString(b.eventFeatures(0)), Arrays.toString(b.eventFeatures(1)));
    }

    @Test
    void everyIndexIsInsideItsBuckets() {
        FeatureSettings settings = new FeatureSettings(64, 32, 3, 1, 6, true, 4096);
        FeatureBatch b = featurizer(settings).featurize(List.of(new StanceInput(EVENT, "Ünïcödé text, emojis 🙂 and #HashTags!!! http://x.org")));
        assertTrue(Arrays.stream(b.textFeatures(0)).allMatch(i -> i >= 0 && i < 64));
        assertTrue(Arrays.stream(b.eventFeatures(0)).allMatch(i -> i >= 0 && i < 32));
    }

    @Test
    void emptyTextStillHasTheStartMarker() {
        FeatureBatch b = featurizer(FeatureSettings.defaults()).featurize(List.of(new StanceInput("", "")));
        assertEquals(1, b.textFeatureCount(0));
        assertEquals(1, b.eventFeatures(0).length);
        assertEquals(List.of(1L, 1L), List.of(b.inputs()[0].size(1), b.masks()[1].size(1)));
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1000, 1024, 2, 2, 5, true, 4096));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 4, 2, 5, true, 4096));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSettings(1024, 1024, 2, 5, 2, true, 4096));
    }
}

package org.stance4j.model.testing;

import org.stance4j.model.Stance;
import org.stance4j.model.bundle.BundleWriter;
import org.stance4j.model.bundle.DataRecord;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.bundle.TrainingRecord;
import org.stance4j.model.bundle.Versions;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkLayout;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small model bundles with random weights, for tests that need a bundle but not a trained model. */
public final class TestBundles {
    public static final FeatureSettings FEATURES = new FeatureSettings(256, 64, 2, 2, 4, true, 512, true);
    public static final NetworkSettings NETWORK = new NetworkSettings(8, 6, 0.0, 0.0, 0.01, false);
    public static final List<Double> WEIGHTS = List.of(1.0, 1.0, 1.0);

    private TestBundles() {
    }

    /** Weights of a network of the test settings, drawn from a seeded normal distribution. */
    public static float[] randomParameters(long seed) {
        int count = (int) new NetworkLayout(FEATURES, NETWORK, WEIGHTS.size()).parameterCount();
        Random random = new Random(seed);
        float[] parameters = new float[count];
        for (int i = 0; i < count; i++) {
            parameters[i] = (float) (random.nextGaussian() * 0.5);
        }
        return parameters;
    }

    public static Manifest manifest() {
        TrainingRecord training = new TrainingRecord(1, Map.of("maxEpochs", 1), List.of(
                new DataRecord("train", "test.csv", "csv", "0".repeat(64), 3, Map.of("supportive", 1L, "condemning", 1L, "neutral", 1L))),
                1, 1, "max epochs", 0.1);
        return Manifest.ngram("2026-01-01T00:00:00Z",
                List.of(Stance.SUPPORTIVE.label(), Stance.CONDEMNING.label(), Stance.NEUTRAL.label()), WEIGHTS,
                TextSettings.defaults(), FEATURES, NETWORK, training, Versions.current("test"), Map.of("macro_f1", 0.5));
    }

    /** Writes a random-weight bundle to {@code file} and returns the weights it holds. */
    public static float[] write(Path file, long seed) throws IOException {
        float[] parameters = randomParameters(seed);
        BundleWriter.writeNgram(file, manifest(), parameters);
        return parameters;
    }
}

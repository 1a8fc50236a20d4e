package org.stance4j.training;

import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.util.List;

/** Small, fast training setups for tests. */
public final class TinyTraining {
    private TinyTraining() {
    }

    /** Settings that train in a second or two on a few hundred statements. */
    public static TrainingSettings settings(long seed) {
        return new TrainingSettings(TextSettings.defaults(), new FeatureSettings(1 << 12, 1 << 8, 2, 3, 4, true, 512),
                new NetworkSettings(8, 8, 0.1, 1e-5, 0.02, false), 4, 2, 32, 0.15, true, false, seed);
    }

    /** The first {@code n} statements of the bundled corpus. */
    public static List<LabeledStatement> statements(int n) {
        return BundledCorpus.load().statements().subList(0, n);
    }
}

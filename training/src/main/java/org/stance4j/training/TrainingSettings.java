package org.stance4j.training;

import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.util.Objects;

/**
 * Everything that decides what the trainer builds; the same settings and data give the same model.
 *
 * @param text tokenisation and normalisation
 * @param features hashed feature extraction
 * @param network network shape and regularisation
 * @param maxEpochs the most passes over the training data
 * @param patience epochs without a better dev macro-F1 before stopping
 * @param batchSize statements per gradient step
 * @param devFraction share of the training data held out (stratified) for early stopping when no dev set is given
 * @param classWeighting weigh each class's loss by the inverse of its frequency
 * @param refit when the dev statements are a share of the training data: after early stopping has
 *     chosen the number of epochs, train afresh on all the data for that many epochs, so that the
 *     model also learns from the dev share (small corpora miss a tenth of their data otherwise)
 * @param seed seed of the weight initialisation, dropout, shuffling and dev split
 */
public record TrainingSettings(TextSettings text, FeatureSettings features, NetworkSettings network,
                               int maxEpochs, int patience, int batchSize, double devFraction,
                               boolean classWeighting, boolean refit, long seed) {
    public TrainingSettings {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(network, "network");
        if (maxEpochs < 1 || maxEpochs > 10_000) {
            throw new IllegalArgumentException("epochs must be 1..10000, got " + maxEpochs);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
        if (batchSize < 1 || batchSize > 65_536) {
            throw new IllegalArgumentException("batch size must be 1..65536, got " + batchSize);
        }
        if (!(devFraction > 0 && devFraction < 0.5)) {
            throw new IllegalArgumentException("dev fraction must be in (0, 0.5), got " + devFraction);
        }
    }

    /** The default recipe. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(TextSettings.defaults(), FeatureSettings.defaults(), NetworkSettings.defaults(),
                30, 4, 32, 0.1, true, true, 1L);
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(text, features, network, maxEpochs, patience, batchSize, devFraction, classWeighting, refit, newSeed);
    }

    public TrainingSettings withMaxEpochs(int epochs) {
        return new TrainingSettings(text, features, network, epochs, patience, batchSize, devFraction, classWeighting, refit, seed);
    }

    public TrainingSettings withFeatures(FeatureSettings f) {
        return new TrainingSettings(text, f, network, maxEpochs, patience, batchSize, devFraction, classWeighting, refit, seed);
    }

    public TrainingSettings withNetwork(NetworkSettings n) {
        return new TrainingSettings(text, features, n, maxEpochs, patience, batchSize, devFraction, classWeighting, refit, seed);
    }

    public TrainingSettings withBatchSize(int b) {
        return new TrainingSettings(text, features, network, maxEpochs, patience, b, devFraction, classWeighting, refit, seed);
    }

    public TrainingSettings withPatience(int p) {
        return new TrainingSettings(text, features, network, maxEpochs, p, batchSize, devFraction, classWeighting, refit, seed);
    }

    public TrainingSettings withClassWeighting(boolean w) {
        return new TrainingSettings(text, features, network, maxEpochs, patience, batchSize, devFraction, w, refit, seed);
    }

    public TrainingSettings withRefit(boolean r) {
        return new TrainingSettings(text, features, network, maxEpochs, patience, batchSize, devFraction, classWeighting, r, seed);
    }
}

package org.stance4j.spark;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classifiers loaded in this JVM, keyed by {@link ModelRef#key()} (the bundle's SHA-256): every
 * task of an executor shares one, so a model is loaded at most once per executor JVM however many
 * partitions and jobs use it. A few recently used models are kept; loading holds the lock, so two
 * tasks starting together do not both load the same model.
 */
final class ExecutorModels {
    /** Models kept per JVM; a pipeline rarely scores with more than one or two. */
    private static final int KEPT = 4;
    private static final Map<String, StanceClassifier> LOADED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StanceClassifier> eldest) {
            return size() > KEPT;
        }
    };
    private static final Map<String, Integer> LOADS = new LinkedHashMap<>();

    private ExecutorModels() {
    }

    static synchronized StanceClassifier get(ModelRef model) throws InvalidBundleException {
        StanceClassifier classifier = LOADED.get(model.key());
        if (classifier == null) {
            classifier = model.bundle() == null
                    ? BuiltInModels.load(model.key())
                    : StanceClassifier.load(model.bundle().value(), model.name());
            LOADED.put(model.key(), classifier);
            LOADS.merge(model.key(), 1, Integer::sum);
        }
        return classifier;
    }

    /** How often this JVM loaded the model with this key; for tests. */
    static synchronized int loads(String key) {
        return LOADS.getOrDefault(key, 0);
    }
}

package org.stance4j.spark;

import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

/**
 * The models that {@code modelPath} names by a word instead of a path ({@link BuiltInModel}):
 * {@code fast}, the default model inside {@code stance4j-inference}, and {@code accurate}, which
 * ships in its own artifact. Executors load them from their own class path, so no bytes are
 * broadcast for them.
 */
final class BuiltInModels {
    static final String FAST = BuiltInModel.FAST.word();

    private BuiltInModels() {
    }

    static boolean isBuiltIn(String modelPath) {
        return BuiltInModel.named(modelPath).isPresent();
    }

    static String key(String modelPath) {
        return BuiltInModel.named(modelPath).orElseThrow().word();
    }

    /** Fails on the driver when a built-in model cannot be had here, before anything is scored. */
    static void checkAvailable(String key) {
        BuiltInModel model = BuiltInModel.named(key).orElseThrow();
        if (resourceLoader().getResource(model.resource()) == null
                && BuiltInModels.class.getClassLoader().getResource(model.resource()) == null) {
            throw new InvalidModelException("modelPath '" + key + "': the " + key + " model is not on the class path ("
                    + model.resource() + " is missing); add the jar of org.stance4j:" + model.artifact()
                    + " to the application (e.g. spark-submit --jars), or use 'fast' or a bundle path");
        }
    }

    static StanceClassifier load(String key) throws InvalidBundleException {
        return StanceClassifier.load(BuiltInModel.named(key).orElseThrow());
    }

    /** Spark puts --jars on the thread's context class loader, not necessarily on this class's. */
    private static ClassLoader resourceLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : BuiltInModels.class.getClassLoader();
    }
}

package org.stance4j.spark;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The models that {@code modelPath} names by a word instead of a path: {@code fast}, the default
 * model inside {@code stance4j-inference}, and {@code accurate}, a second default model of another
 * kind that ships in its own artifact. Executors load them from their own class path, so no bytes
 * are broadcast for them.
 */
final class BuiltInModels {
    static final String FAST = "fast";
    static final String ACCURATE = "accurate";
    /** Where the accurate model's artifact puts its bundle on the class path. */
    static final String ACCURATE_RESOURCE = "org/stance4j/models/accurate-model.zip";

    private BuiltInModels() {
    }

    static boolean isBuiltIn(String modelPath) {
        String word = modelPath.strip().toLowerCase(Locale.ROOT);
        return word.equals(FAST) || word.equals(ACCURATE);
    }

    static String key(String modelPath) {
        return modelPath.strip().toLowerCase(Locale.ROOT);
    }

    /** Fails on the driver when a built-in model cannot be had here, before anything is scored. */
    static void checkAvailable(String key) {
        if (ACCURATE.equals(key) && resourceLoader().getResource(ACCURATE_RESOURCE) == null) {
            throw new InvalidModelException("modelPath 'accurate': the accurate model is not on the class path ("
                    + ACCURATE_RESOURCE + " is missing); add the jar that ships it to the application (e.g. spark-submit --jars), "
                    + "or use 'fast' or a bundle path");
        }
    }

    static StanceClassifier load(String key) throws InvalidBundleException {
        if (FAST.equals(key)) {
            return StanceClassifier.loadDefault();
        }
        try (InputStream in = resourceLoader().getResourceAsStream(ACCURATE_RESOURCE)) {
            if (in == null) {
                throw new InvalidBundleException("the accurate model is not on the class path (" + ACCURATE_RESOURCE + ")");
            }
            return StanceClassifier.load(in.readAllBytes(), "accurate model");
        } catch (IOException e) {
            throw new InvalidBundleException("the accurate model cannot be read: " + e.getMessage(), e);
        }
    }

    /** Spark puts --jars on the thread's context class loader, not necessarily on this class's. */
    private static ClassLoader resourceLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : BuiltInModels.class.getClassLoader();
    }
}

package org.stance4j.inference;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.BundleReader;
import org.stance4j.model.bundle.ModelBundle;
import org.stance4j.model.kind.Scorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Classifies the stance of statements toward events with a trained stance4j model.
 *
 * <pre>{@code
 * try (StanceClassifier classifier = StanceClassifier.load(Path.of("model.zip"))) {
 *     Prediction p = classifier.predict(
 *             "France refuses to cooperate with Russia over the arrest of Pavel Durov",
 *             "France's refusal to assist in this matter is deeply disappointing");
 *     p.stance();                          // CONDEMNING
 *     p.probability(Stance.CONDEMNING);    // e.g. 0.93
 * }
 * }</pre>
 *
 * <p>One instance is immutable, safe to share between threads and best shared: scoring takes no
 * lock and keeps no state between calls.
 *
 * <p>Run the JVM with {@code -XX:-DontCompileHugeMethods}: CoreNLP's tokeniser is one method too
 * large for HotSpot's default limit, so without the flag it is never compiled and prediction runs
 * at half speed or less. The {@code stance4j} command sets it; {@link #load} logs a warning once
 * when it is missing and the model is an n-gram model (encoder models do not use that tokeniser).
 */
public final class StanceClassifier implements AutoCloseable {
    private final ModelInfo info;
    private final Scorer scorer;
    private volatile boolean closed;

    private StanceClassifier(ModelBundle bundle) {
        this.info = bundle.info();
        this.scorer = bundle.scorer();
        JitCheck.warnOnce(info.kind());
    }

    /**
     * Loads a model bundle written by {@code stance4j train}.
     *
     * @throws InvalidBundleException when the file is missing, is not a complete bundle, was modified
     *     after it was written, or needs a newer stance4j
     */
    public static StanceClassifier load(Path bundle) throws InvalidBundleException {
        Objects.requireNonNull(bundle, "bundle");
        return new StanceClassifier(BundleReader.read(bundle));
    }

    /**
     * Loads a model bundle held in memory, e.g. read once and sent to other JVMs.
     *
     * @param name how messages name the bundle (a file name or URI)
     * @throws InvalidBundleException when the bytes are not a complete bundle, were modified after
     *     it was written, or need a newer stance4j
     */
    public static StanceClassifier load(byte[] bundle, String name) throws InvalidBundleException {
        Objects.requireNonNull(bundle, "bundle");
        return new StanceClassifier(BundleReader.read(bundle, Objects.requireNonNull(name, "name")));
    }

    /**
     * Loads the default model that ships inside this library, {@link BuiltInModel#FAST}: the default
     * recipe trained on the bundled corpus of statements about news events.
     */
    public static StanceClassifier loadDefault() throws InvalidBundleException {
        return load(BuiltInModel.FAST);
    }

    /**
     * Loads a model that stance4j ships. {@link BuiltInModel#ACCURATE} needs its artifact on the
     * class path (this class's loader, or else the thread's context loader, where Spark puts
     * {@code --jars}).
     *
     * @throws InvalidBundleException when the model's artifact is not on the class path, or its bundle is damaged
     */
    public static StanceClassifier load(BuiltInModel model) throws InvalidBundleException {
        Objects.requireNonNull(model, "model");
        String name = model.word() + " model";
        try (InputStream in = open(model.resource())) {
            if (in == null) {
                throw new InvalidBundleException("the " + name + " is not on the class path (" + model.resource()
                        + " is missing): add the dependency org.stance4j:" + model.artifact());
            }
            return new StanceClassifier(BundleReader.read(in.readAllBytes(), name));
        } catch (IOException e) {
            throw new InvalidBundleException("the " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = StanceClassifier.class.getClassLoader().getResourceAsStream(resource);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return in != null || context == null ? in : context.getResourceAsStream(resource);
    }

    /** The stance of {@code text} toward {@code event}. */
    public Prediction predict(String event, String text) {
        return predict(new StanceInput(event, text));
    }

    /** The stance of the input's text toward its event. */
    public Prediction predict(StanceInput input) {
        Objects.requireNonNull(input, "input");
        return predictAll(List.of(input)).get(0);
    }

    /**
     * Predictions for every input, in order, scored in batches: much faster per statement than
     * calling {@link #predict} in a loop.
     */
    public List<Prediction> predictAll(List<StanceInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (closed) {
            throw new IllegalStateException("this StanceClassifier is closed");
        }
        return scorer.score(inputs);
    }

    /** What this model is: its labels, training data, versions and dev scores. */
    public ModelInfo info() {
        return info;
    }

    /**
     * Marks the classifier closed: later calls fail. Frees the native memory of models that hold some
     * (an encoder's ONNX Runtime session), once the calls under way have finished.
     */
    @Override
    public void close() {
        closed = true;
        scorer.close();
    }
}

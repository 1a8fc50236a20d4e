package org.stance4j.benchmarks;

import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.StanceInput;

import java.util.List;
import java.util.Locale;

/**
 * A shipped model's (or any bundle's) load time (fresh JVM to the first prediction) and its {@code predictAll}
 * throughput on tweet-length statements, three runs. For the accurate model, whose rate is a few
 * hundred statements a second, JMH's iterations would take far longer than the measurement needs.
 *
 * <pre>{@code java @jvm/jit.options -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.ShippedModelSpeed accurate 1024}</pre>
 * The first argument is {@code fast}, {@code accurate} or a bundle's path. A third argument,
 * {@code corpus}, scores statements of the bundled corpus toward its own events instead of SemEval-2016
 * tweets: the events that a mean with members for known events serves differently.
 */
public final class ShippedModelSpeed {
    private ShippedModelSpeed() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        java.util.Optional<BuiltInModel> shipped = BuiltInModel.named(args[0]);
        String name = shipped.map(BuiltInModel::word).orElse(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        try (StanceClassifier classifier = shipped.isPresent() ? StanceClassifier.load(shipped.get())
                : StanceClassifier.load(java.nio.file.Path.of(args[0]))) {
            classifier.predict("an event", "a statement");
            System.out.printf(Locale.ROOT, "%s: loaded and first prediction in %.2f s%n", name, (System.nanoTime() - start) / 1e9);
            boolean corpus = args.length > 2 && args[2].equals("corpus");
            List<StanceInput> inputs = corpus ? corpusStatements(count) : Statements.TWEET.load(count);
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                classifier.predictAll(inputs);
                System.out.printf(Locale.ROOT, "%s: run %d, %d %s, %.0f statements/s%n", name, run,
                        inputs.size(), corpus ? "statements of the bundled corpus" : "tweet-length statements",
                        inputs.size() / ((System.nanoTime() - t) / 1e9));
            }
        }
    }

    private static List<StanceInput> corpusStatements(int count) {
        List<StanceInput> all = new java.util.ArrayList<>(org.stance4j.datasets.BundledCorpus.load().statements().stream()
                .map(org.stance4j.datasets.LabeledStatement::input).toList());
        java.util.Collections.shuffle(all, new java.util.Random(1));
        return all.subList(0, Math.min(count, all.size()));
    }
}

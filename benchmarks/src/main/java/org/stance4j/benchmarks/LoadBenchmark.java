package org.stance4j.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;

import java.util.concurrent.TimeUnit;

/**
 * Cold start, one measurement per fresh JVM: {@code load} loads the model bundle (class loading,
 * reading and checking the zip, the weights, the text pipeline); {@code loadAndPredict} also
 * scores one statement, so the first prediction's own cost can be told apart.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
    @Benchmark
    public ModelInfo load() throws InvalidBundleException {
        try (StanceClassifier classifier = Models.load()) {
            return classifier.info();
        }
    }

    @Benchmark
    public Prediction loadAndPredict() throws Exception {
        try (StanceClassifier classifier = Models.load()) {
            return classifier.predict("France refuses to cooperate with Russia over the arrest of Pavel Durov",
                    "France's refusal to assist in this matter is deeply disappointing");
        }
    }
}

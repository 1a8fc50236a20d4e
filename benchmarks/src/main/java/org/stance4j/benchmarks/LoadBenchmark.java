package org.stance4j.benchmarks;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.training.network.NativeBackend;

import java.util.concurrent.TimeUnit;

/**
 * Cold start, one measurement per fresh JVM: {@code loadAndPredict} loads the model bundle and
 * scores one statement (ND4J start-up included); {@code nd4jStartup} is ND4J's start-up alone, so
 * that the bundle's own share can be told apart.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
    @Benchmark
    public Prediction loadAndPredict() throws Exception {
        try (StanceClassifier classifier = Models.load()) {
            return classifier.predict("France refuses to cooperate with Russia over the arrest of Pavel Durov",
                    "France's refusal to assist in this matter is deeply disappointing");
        }
    }

    @Benchmark
    public INDArray nd4jStartup() {
        NativeBackend.select();
        return Nd4j.createFromArray(1f, 2f).add(1f);
    }
}

package org.stance4j.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceInput;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Latency of one {@link StanceClassifier#predict} call after warm-up; JMH reports p50, p99 and more. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Thread)
public class PredictLatencyBenchmark {
    @Param({"tweet", "words60"})
    public String length;

    private StanceClassifier classifier;
    private List<StanceInput> statements;
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        classifier = Models.load();
        statements = Statements.fromId(length).load(5_000);
    }

    @TearDown(Level.Trial)
    public void close() {
        classifier.close();
    }

    @Benchmark
    public Prediction predict() {
        StanceInput in = statements.get(next);
        next = (next + 1) % statements.size();
        return classifier.predict(in);
    }
}

package org.stance4j.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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

/**
 * Batch throughput of {@link StanceClassifier#predictAll} end to end (raw text in, predictions out),
 * in statements per second. Run with {@code -t 1} and {@code -t 2}: every thread shares one classifier,
 * as a service would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(PredictAllBenchmark.CHUNK)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PredictAllBenchmark {
    static final int CHUNK = 1024;
    private static final int STATEMENTS = 50_000;

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"tweet", "words60"})
        public String length;

        StanceClassifier classifier;
        List<StanceInput> statements;

        @Setup(Level.Trial)
        public void load() throws Exception {
            classifier = Models.load();
            statements = Statements.fromId(length).load(STATEMENTS);
        }

        @TearDown(Level.Trial)
        public void close() {
            classifier.close();
        }
    }

    /** Each thread walks the statements from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 7919 % STATEMENTS);
        }

        List<StanceInput> chunk(List<StanceInput> all) {
            if (next + CHUNK > all.size()) {
                next = 0;
            }
            List<StanceInput> chunk = all.subList(next, next + CHUNK);
            next += CHUNK;
            return chunk;
        }
    }

    @Benchmark
    public List<Prediction> predictAll(Shared shared, Cursor cursor) {
        return shared.classifier.predictAll(cursor.chunk(shared.statements));
    }
}

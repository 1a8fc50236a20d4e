package org.stance4j.benchmarks;

import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.StanceInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory of a process that serves predictions: loads the model, then scores tweet-length
 * statements on two threads for a while, sampling the process's resident set size (Linux VmRSS)
 * and reporting its peak (VmHWM). Prints one JSON line.
 *
 * <p>Usage: java [JVM options] -cp ... org.stance4j.benchmarks.ServingMemory [SECONDS]
 */
public final class ServingMemory {
    private ServingMemory() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<StanceInput> statements = Statements.TWEET.load(50_000);
        long rssBefore = kilobytes("VmRSS");
        try (StanceClassifier classifier = Models.load()) {
            long rssLoaded = kilobytes("VmRSS");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong scored = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t * 25_000;
                workers.add(pool.submit(() -> {
                    for (int i = offset; !stop.get(); i = (i + 1024) % 49_000) {
                        scored.addAndGet(classifier.predictAll(statements.subList(i, i + 1024)).size());
                    }
                }));
            }
            long maxRss = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                maxRss = Math.max(maxRss, kilobytes("VmRSS"));
                Thread.sleep(100);
            }
            stop.set(true);
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            System.out.printf(Locale.ROOT, "{\"rss_before_load_mb\": %.0f, \"rss_loaded_mb\": %.0f, \"rss_max_serving_mb\": %.0f, "
                            + "\"rss_peak_mb\": %.0f, \"max_heap_mb\": %d, \"statements\": %d, \"seconds\": %d}%n",
                    rssBefore / 1024.0, rssLoaded / 1024.0, maxRss / 1024.0, kilobytes("VmHWM") / 1024.0,
                    Runtime.getRuntime().maxMemory() >> 20, scored.get(), seconds);
        }
    }

    private static long kilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}

package org.stance4j.benchmarks;

import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.DatasetWriter;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled corpus's unseen-event split, the one {@code train} reports on, as two CSV files
 * in the project's format: {@code unseen-train.csv} (the statements of the other events) and
 * {@code unseen-test.csv} (those of the held-out events). {@code train --holdout 0 --data
 * unseen-train.csv} and {@code evaluate --data unseen-test.csv} then measure a recipe on unseen
 * events alone, or with other data added to its training.
 *
 * <pre>{@code java -cp "benchmarks/target/stance4j-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.stance4j.benchmarks.UnseenSplitFiles DIR}</pre>
 */
public final class UnseenSplitFiles {
    private UnseenSplitFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createDirectories(Path.of(args[0]));
        Split split = BundledCorpus.unseenEventSplit(BundledCorpus.load());
        write(split.train(), directory.resolve("unseen-train.csv"));
        write(split.test(), directory.resolve("unseen-test.csv"));
        System.out.printf("wrote %d training and %d test statements to %s%n", split.train().size(), split.test().size(), directory);
    }

    private static void write(List<LabeledStatement> statements, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DatasetWriter.write(statements, out);
        }
    }
}

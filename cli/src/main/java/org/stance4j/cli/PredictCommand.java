package org.stance4j.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stance4j.datasets.StatementReader;
import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify statements toward events.",
                "Reads CSV rows with a text column and an event column (or --event for every row) and writes the "
                        + "input columns plus stance, p_supportive, p_condemning, p_neutral (named predicted_stance and so "
                        + "on when the input already has one of those columns, e.g. labeled data). Streams: any input size "
                        + "runs in constant memory."})
final class PredictCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static final int CHUNK = 1024;

    @Option(names = "--model", paramLabel = "fast|accurate|MODEL.zip", description = "fast (default): the shipped n-gram model; accurate: the shipped mean of a fine-tuned encoder and n-gram models, slower and better on seen and unseen events; or a model bundle's path.")
    String model;

    @Option(names = "--event", paramLabel = "TEXT", description = "The event of every row (then the input needs no event column).")
    String event;

    @Option(names = "--input", paramLabel = "FILE|-", defaultValue = "-", description = "Input CSV, or - for standard input (default).")
    String input;

    @Option(names = "--output", paramLabel = "FILE|-", defaultValue = "-", description = "Output file, or - for standard output (default).")
    String output;

    @Option(names = "--output-format", paramLabel = "csv|jsonl", defaultValue = "csv", description = "csv (default) or jsonl.")
    String outputFormat;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: one per core).")
    Integer threadsOption;

    @Option(names = "--no-progress", description = "No progress bar even on a terminal.")
    boolean noProgress;

    @Mixin
    DataOptions dataOptions;

    @Override
    public Integer call() throws StanceException, IOException {
        boolean jsonl = switch (outputFormat.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "jsonl" -> true;
            default -> throw new UsageException("--output-format must be csv or jsonl, got '" + outputFormat + "'");
        };
        if (event != null && event.isBlank()) {
            throw new UsageException("--event is empty");
        }
        int threads = threadsOption == null ? Runtime.getRuntime().availableProcessors() : threadsOption;
        if (threads < 1 || threads > 256) {
            throw new UsageException("--threads must be 1..256, got " + threads);
        }
        Path inputFile = "-".equals(input) ? null : Path.of(input);
        if (inputFile != null) {
            if (Files.isDirectory(inputFile)) {
                throw new InvalidDataException(input, 0, null, "is a directory, not a file");
            }
            if (!Files.isRegularFile(inputFile)) {
                throw new InvalidDataException(input, 0, null, "no such file");
            }
        }
        Path outputFile = "-".equals(output) ? null : Path.of(output);
        if (outputFile != null) {
            Cli.checkWritableFile(outputFile, "--output");
        }
        try (StanceClassifier classifier = Models.open(model, BuiltInModel.FAST);
             CountingInputStream in = new CountingInputStream(inputFile == null ? System.in : Files.newInputStream(inputFile));
             StatementReader reader = StatementReader.open(inputFile == null ? "<stdin>" : input, new BufferedInputStream(in, 1 << 16),
                     dataOptions.readOptions(), event);
             ProgressBar bar = progressBar(inputFile)) {
            Streaming job = out -> stream(classifier, reader, in, bar, out, jsonl, threads);
            if (outputFile == null) {
                job.run(System.out);
                System.out.flush();
            } else {
                try {
                    AtomicFile.write(outputFile, out -> {
                        try {
                            job.run(out);
                        } catch (InvalidDataException e) {
                            throw new WrappedDataException(e);
                        }
                    });
                } catch (WrappedDataException e) {
                    throw e.problem;
                } catch (IOException e) {
                    throw Cli.cannotWrite(outputFile, "--output", e);
                }
            }
            if (reader.skipped() > 0) {
                err().println("skipped " + reader.skipped() + " invalid rows");
            }
        }
        return 0;
    }

    @FunctionalInterface
    private interface Streaming {
        void run(OutputStream out) throws IOException, InvalidDataException;
    }

    /** Carries a data error out of the atomic writer, which then discards the partial output. */
    private static final class WrappedDataException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidDataException problem;

        WrappedDataException(InvalidDataException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    /**
     * Reads chunks of rows on this thread, scores them on {@code threads} workers (the classifier is
     * shared), and writes them back in input order. At most threads + 1 chunks are held, so memory
     * stays the same whatever the input's size.
     */
    private static void stream(StanceClassifier classifier, StatementReader reader, CountingInputStream in, ProgressBar bar,
                               OutputStream out, boolean jsonl, int threads) throws IOException, InvalidDataException {
        List<String> header = reader.header();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> added = PredictedColumns.names(header);
        RowSink sink = jsonl ? new JsonlSink(out, header, added) : new CsvSink(writer, header, added);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stance4j-predict");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Chunk> inFlight = new ArrayDeque<>();
        try {
            List<StatementReader.Row> rows = new ArrayList<>(CHUNK);
            for (StatementReader.Row row = reader.next(); ; row = reader.next()) {
                if (row != null) {
                    rows.add(row);
                }
                if (rows.size() == CHUNK || row == null && !rows.isEmpty()) {
                    List<StatementReader.Row> chunk = rows;
                    List<StanceInput> inputs = new ArrayList<>(chunk.size());
                    chunk.forEach(r -> inputs.add(r.input()));
                    inFlight.add(new Chunk(chunk, workers.submit(() -> classifier.predictAll(inputs))));
                    rows = new ArrayList<>(CHUNK);
                    while (inFlight.size() > threads) {
                        writeOldest(inFlight, sink);
                    }
                    if (bar != null) {
                        bar.stepTo(in.count());
                    }
                }
                if (row == null) {
                    break;
                }
            }
            while (!inFlight.isEmpty()) {
                writeOldest(inFlight, sink);
            }
        } finally {
            workers.shutdownNow();
        }
        sink.finish();
    }

    private record Chunk(List<StatementReader.Row> rows, Future<List<Prediction>> predictions) {
    }

    private static void writeOldest(ArrayDeque<Chunk> inFlight, RowSink sink) throws IOException {
        Chunk chunk = inFlight.poll();
        List<Prediction> predictions;
        try {
            predictions = chunk.predictions().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (int i = 0; i < chunk.rows().size(); i++) {
            sink.write(chunk.rows().get(i).values(), predictions.get(i));
        }
    }

    private ProgressBar progressBar(Path inputFile) throws IOException {
        if (noProgress || inputFile == null || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("predict").setInitialMax(Files.size(inputFile))
                .setUnit(" MB", 1 << 20).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}

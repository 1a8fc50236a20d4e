package org.stance4j.benchmarks.accuracy;

import org.stance4j.model.StanceException;
import org.stance4j.training.TrainingSettings;
import org.stance4j.cli.Stance4j;
import org.stance4j.cli.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare stance4j with the peer baselines (scikit-learn SVM, fastText) on the public corpora, on the same splits.",
                "Writes the accuracy table into docs/benchmarks.md (between its markers) and prints it."})
public final class BenchmarkCommand implements Callable<Integer> {
    /** {@code ./stance4j benchmark}: the product's command line with this one command added. */
    public static void main(String[] args) {
        System.exit(Stance4j.run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
                new BenchmarkCommand()));
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpora", paramLabel = "LIST", split = ",", defaultValue = "semeval2016,emergent,vast",
            description = "Corpora to run: semeval2016, emergent, vast (default: ${DEFAULT-VALUE}).")
    List<String> corpora = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3", description = "Seeds, each with new folds (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--datasets", paramLabel = "DIR", defaultValue = "../shared/datasets", description = "The public corpora (default: ${DEFAULT-VALUE}).")
    Path datasets;

    @Option(names = "--peers", paramLabel = "DIR", defaultValue = "../shared/peers", description = "The peer scripts (default: ${DEFAULT-VALUE}).")
    Path peers;

    @Option(names = "--no-peers", description = "Run stance4j alone.")
    boolean noPeers;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "Markdown file to update (default: ${DEFAULT-VALUE}); - for none.")
    String output;

    @Override
    public Integer call() throws StanceException, IOException, InterruptedException {
        List<BenchmarkCorpus> chosen = new ArrayList<>();
        for (String id : corpora) {
            chosen.add(BenchmarkCorpus.fromId(id).orElseThrow(() -> new UsageException("unknown corpus '" + id + "' (known: semeval2016, emergent, vast)")));
        }
        if (seeds < 1 || folds < 2) {
            throw new UsageException("--seeds must be at least 1 and --folds at least 2");
        }
        if (!Files.isDirectory(datasets)) {
            throw new UsageException("no datasets folder " + datasets + " (give it with --datasets)");
        }
        Path peerDir = noPeers ? null : peers;
        if (peerDir != null) {
            String problem = new Peers(peerDir).problem();
            if (problem != null) {
                throw new UsageException(problem + " (or run with --no-peers)");
            }
        }
        List<AccuracyBenchmark.CorpusResult> results = AccuracyBenchmark.run(
                new AccuracyBenchmark.Options(chosen, seeds, folds, datasets, peerDir, TrainingSettings.defaults()),
                line -> spec.commandLine().getErr().println(line));
        String commandLine = "./stance4j benchmark --corpora " + String.join(",", corpora) + " --seeds " + seeds + " --folds " + folds
                + (noPeers ? " --no-peers" : "");
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + java.time.LocalDate.now();
        String table = BenchmarkReport.markdown(results, commandLine, machine);
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        if (!"-".equals(output)) {
            Path file = Path.of(output);
            try {
                MarkedSection.replace(file, BenchmarkReport.BEGIN, BenchmarkReport.END, table);
            } catch (IOException e) {
                throw new UsageException("cannot write --output " + file + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println("updated " + file);
        }
        return 0;
    }
}

package org.stance4j.benchmarks.accuracy;

import org.stance4j.model.StanceException;
import org.stance4j.training.TrainingSettings;
import org.stance4j.cli.Stance4j;
import org.stance4j.cli.UsageException;
import org.stance4j.encoder.BaseEncoder;
import org.stance4j.encoder.EncoderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare stance4j with the peer baselines (scikit-learn SVM, fastText) on the public corpora, on the same splits.",
                "Writes each corpus's table into docs/benchmarks.md (between that corpus's markers) as soon as it is done, and prints it.",
                "The encoder recipe trains for minutes a split, so it runs on the first seed's folds only unless told otherwise."})
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

    @Option(names = "--recipes", paramLabel = "LIST", split = ",", defaultValue = "ngram,encoder",
            description = "stance4j's recipes to run: ngram, encoder (default: ${DEFAULT-VALUE}).")
    List<String> recipes = new ArrayList<>();

    @Option(names = "--encoder-seeds", paramLabel = "N", defaultValue = "1",
            description = "The encoder recipe runs on the first N seeds' folds only: it trains for minutes a split (default: ${DEFAULT-VALUE}).")
    int encoderSeeds;

    @Option(names = "--encoder-epochs", paramLabel = "N",
            description = "Epochs of the encoder recipe (default: the recipe's own, 3).")
    Integer encoderEpochs;

    @Option(names = "--encoder-base", paramLabel = "NAME", defaultValue = "minilm",
            description = "The pretrained encoder to fine-tune: minilm (all-MiniLM-L6-v2, the recipe's own) or bge-small "
                    + "(bge-small-en-v1.5, 12 layers, about twice the time) (default: ${DEFAULT-VALUE}).")
    String encoderBase;

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
        if (seeds < 1 || folds < 2 || encoderSeeds < 1) {
            throw new UsageException("--seeds and --encoder-seeds must be at least 1 and --folds at least 2");
        }
        if (encoderEpochs != null && (encoderEpochs < 1 || encoderEpochs > 20)) {
            throw new UsageException("--encoder-epochs must be 1..20, got " + encoderEpochs);
        }
        List<Contender> contenders = contenders();
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
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + java.time.LocalDate.now();
        for (BenchmarkCorpus corpus : chosen) {
            // each corpus's section is written as soon as it is done: a run takes hours with the encoder
            AccuracyBenchmark.CorpusResult result = AccuracyBenchmark.run(
                    new AccuracyBenchmark.Options(List.of(corpus), seeds, folds, datasets, peerDir, contenders),
                    line -> spec.commandLine().getErr().println(line)).get(0);
            String section = BenchmarkReport.markdown(result, commandLine(corpus), machine);
            spec.commandLine().getOut().print(section);
            spec.commandLine().getOut().flush();
            if (!"-".equals(output)) {
                Path file = Path.of(output);
                try {
                    MarkedSection.replace(file, BenchmarkReport.begin(corpus), BenchmarkReport.end(corpus), section);
                } catch (IOException e) {
                    throw new UsageException("cannot write --output " + file + ": " + e.getMessage());
                }
                spec.commandLine().getErr().println("updated " + file);
            }
        }
        return 0;
    }

    private List<Contender> contenders() {
        List<Contender> chosen = new ArrayList<>();
        for (String recipe : recipes) {
            switch (recipe.strip()) {
                case "ngram" -> chosen.add(new NgramContender(TrainingSettings.defaults()));
                case "encoder" -> {
                    EncoderSettings settings = EncoderSettings.defaults();
                    chosen.add(new EncoderContender(base(), encoderEpochs == null ? settings : settings.withEpochs(encoderEpochs),
                            encoderSeeds));
                }
                default -> throw new UsageException("unknown recipe '" + recipe + "' (known: ngram, encoder)");
            }
        }
        if (chosen.isEmpty()) {
            throw new UsageException("--recipes names none of stance4j's recipes (ngram, encoder)");
        }
        return chosen;
    }

    private BaseEncoder base() {
        return switch (encoderBase) {
            case "minilm" -> BaseEncoder.miniLmL6();
            case "bge-small" -> BaseEncoder.bgeSmallEnV15();
            default -> throw new UsageException("--encoder-base must be minilm or bge-small, got '" + encoderBase + "'");
        };
    }

    /** The command that remakes one corpus's section. */
    private String commandLine(BenchmarkCorpus corpus) {
        StringBuilder line = new StringBuilder("./stance4j benchmark --corpora ").append(corpus.id())
                .append(" --recipes ").append(String.join(",", recipes)).append(" --seeds ").append(seeds);
        if (corpus != BenchmarkCorpus.VAST) {
            line.append(" --folds ").append(folds);
        }
        if (recipes.contains("encoder")) {
            line.append(" --encoder-seeds ").append(encoderSeeds);
            if (encoderEpochs != null) {
                line.append(" --encoder-epochs ").append(encoderEpochs);
            }
            if (!encoderBase.equals("minilm")) {
                line.append(" --encoder-base ").append(encoderBase);
            }
        }
        return line.append(noPeers ? " --no-peers" : "").toString();
    }
}

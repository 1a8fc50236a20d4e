package org.stance4j.cli;

import org.stance4j.datasets.Dataset;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.Versions;
import org.stance4j.model.kind.ModelKinds;
import org.stance4j.training.CrossValidation;
import org.stance4j.training.TrainingSettings;
import org.stance4j.evaluation.DataSummary;
import org.stance4j.evaluation.Evaluation;
import org.stance4j.evaluation.EvaluationReport;
import org.stance4j.evaluation.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "cross-validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Estimate how well the default recipe does on a dataset with k-fold cross-validation.")
final class CrossValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "Labeled statements.")
    Path data;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--by-event", description = "Keep each event's statements in one fold, to measure on events never seen in training.")
    boolean byEvent;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report", paramLabel = "DIR", required = true, description = "Folder for report.json and report.md of the pooled out-of-fold predictions.")
    Path report;

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs per fold (default: 30; early stopping usually ends sooner).")
    Integer epochs;

    @Option(names = "--no-progress", description = "Plain progress lines even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() throws StanceException {
        Dataset dataset = dataOptions.read(data, err());
        TrainingSettings settings = TrainingSettings.defaults().withSeed(seed);
        if (epochs != null) {
            if (epochs < 1) {
                throw new UsageException("--epochs must be at least 1, got " + epochs);
            }
            settings = settings.withMaxEpochs(epochs);
        }
        CrossValidation.Result result = CrossValidation.run(dataset.statements(), folds, byEvent, settings,
                i -> new ProgressDisplay(err(), !noProgress && System.console() != null, "fold " + (i + 1) + "/" + folds));
        ModelInfo recipe = new ModelInfo(Versions.toolkit(), "-", ModelKinds.DEFAULT, Instant.now(), List.of(Stance.values()), seed,
                List.of(new ModelInfo.TrainingData("cross-validation", data.toString(), dataOptions.format.id(), dataset.sha256(),
                        dataset.size(), dataset.labelCounts())), Map.of(), Map.of("stance4j", Versions.toolkit()));
        EvaluationReport pooled = EvaluationReport.of(result.statements(), result.predictions(), recipe,
                new DataSummary(data.toString(), dataOptions.format.id(), dataset.sha256(), dataset.skipped()));
        Cli.write(report, "--report", () -> ReportWriter.write(pooled, report));
        for (int i = 0; i < result.evaluation().size(); i++) {
            Evaluation e = result.evaluation().get(i);
            out().printf(Locale.ROOT, "fold %d: macro-F1 %.4f, accuracy %.4f, F_avg %.4f (%d statements)%n",
                    i + 1, e.macroF1(), e.accuracy(), e.fAvg(), e.examples());
        }
        out().printf(Locale.ROOT, "mean over folds: macro-F1 %.4f ± %.4f, F_avg %.4f ± %.4f%n",
                mean(result.evaluation(), Evaluation::macroF1), sd(result.evaluation(), Evaluation::macroF1),
                mean(result.evaluation(), Evaluation::fAvg), sd(result.evaluation(), Evaluation::fAvg));
        out().print("pooled: " + pooled.evaluation().summary());
        out().println("wrote " + report.resolve(ReportWriter.JSON) + " and " + ReportWriter.MARKDOWN);
        return 0;
    }

    static double mean(List<Evaluation> e, java.util.function.ToDoubleFunction<Evaluation> f) {
        return e.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    static double sd(List<Evaluation> e, java.util.function.ToDoubleFunction<Evaluation> f) {
        double m = mean(e, f);
        return e.size() < 2 ? 0 : Math.sqrt(e.stream().mapToDouble(f).map(x -> (x - m) * (x - m)).sum() / (e.size() - 1));
    }
}

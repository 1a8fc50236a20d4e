package org.stance4j.cli;

import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.evaluation.ComparisonWriter;
import org.stance4j.evaluation.ConfidenceIntervals;
import org.stance4j.evaluation.DataSummary;
import org.stance4j.evaluation.ModelComparison;
import org.stance4j.evaluation.PredictionsFile;
import org.stance4j.evaluation.ReportWriter;
import org.stance4j.evaluation.ScoredStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two models on the same labeled data: differences with paired bootstrap intervals, "
                + "McNemar's test, and the statements where they disagree.",
                "Each side is a model bundle (scored on --data) or a report folder written by evaluate or train (its predictions.csv)."})
final class CompareCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--a", paramLabel = "REPORT_OR_MODEL", required = true, description = "The first model or report folder.")
    Path a;

    @Option(names = "--b", paramLabel = "REPORT_OR_MODEL", required = true, description = "The second model or report folder.")
    Path b;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The labeled statements both are scored on.")
    Path data;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--report", paramLabel = "DIR", required = true, description = "Folder for compare.json, compare.md and compare.html.")
    Path report;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + ConfidenceIntervals.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Override
    public Integer call() throws StanceException {
        if (resamples < 100) {
            throw new UsageException("--resamples must be at least 100");
        }
        Dataset dataset = dataOptions.read(data, spec.commandLine().getErr());
        List<ScoredStatement> left = side(a, dataset);
        List<ScoredStatement> right = side(b, dataset);
        ModelComparison c = ModelComparison.of(left, right, resamples, ConfidenceIntervals.DEFAULT_SEED);
        DataSummary summary = new DataSummary(data.toString(), dataOptions.format.id(), dataset.sha256(), dataset.skipped());
        Cli.write(report, "--report", () -> ComparisonWriter.write(c, a.toString(), b.toString(), summary, report));
        for (ModelComparison.MetricDifference m : c.metrics()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%-9s a %.4f  b %.4f  b-a %+.4f  (95%% CI %+.4f to %+.4f)%n",
                    m.metric(), m.a(), m.b(), m.difference(), m.interval().low(), m.interval().high());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "McNemar: %d only a right, %d only b right, p = %.4g; %d disagreements%n",
                c.onlyARight(), c.onlyBRight(), c.mcnemarP(), c.disagreements().size());
        spec.commandLine().getOut().println("wrote " + report.resolve(ComparisonWriter.JSON) + ", " + ComparisonWriter.MARKDOWN
                + " and " + ComparisonWriter.HTML);
        return 0;
    }

    /** The statements of the data, scored by a model or taken from a report's predictions.csv. */
    private static List<ScoredStatement> side(Path path, Dataset dataset) throws StanceException {
        List<LabeledStatement> statements = dataset.statements();
        Path predictions = Files.isDirectory(path) ? path.resolve(ReportWriter.PREDICTIONS)
                : path.getFileName().toString().equals(ReportWriter.JSON) ? path.resolveSibling(ReportWriter.PREDICTIONS) : null;
        if (predictions != null) {
            List<ScoredStatement> scored = PredictionsFile.read(predictions);
            if (scored.size() != statements.size()) {
                throw new InvalidDataException(predictions, 0, null, "holds " + scored.size() + " statements but --data has "
                        + statements.size() + "; compare reports made on the same data");
            }
            List<ScoredStatement> aligned = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                LabeledStatement s = statements.get(i);
                LabeledStatement r = scored.get(i).statement();
                if (!s.text().equals(r.text()) || !s.event().equals(r.event()) || s.stance() != r.stance()) {
                    throw new InvalidDataException(predictions, i + 2, null, "this statement is not row " + (i + 1)
                            + " of --data; compare reports made on the same data");
                }
                aligned.add(new ScoredStatement(s, scored.get(i).prediction()));
            }
            return aligned;
        }
        try (StanceClassifier classifier = StanceClassifier.load(path)) {
            List<Prediction> p = classifier.predictAll(statements.stream().map(LabeledStatement::input).toList());
            List<ScoredStatement> scored = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                scored.add(new ScoredStatement(statements.get(i), p.get(i)));
            }
            return scored;
        }
    }
}

package org.stance4j.cli;

import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.BuiltInModel;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceException;
import org.stance4j.evaluation.DataSummary;
import org.stance4j.evaluation.EvaluationReport;
import org.stance4j.evaluation.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a model on labeled statements and write an evaluation report.")
final class EvaluateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Option(names = "--model", paramLabel = "fast|accurate|MODEL.zip", description = "fast (default): the shipped n-gram model; accurate: the shipped mean of a fine-tuned encoder and n-gram models, slower and better on seen and unseen events; or a model bundle's path.")
    String model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "Labeled statements.")
    Path data;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--report", paramLabel = "DIR", required = true, description = "Folder for report.json and report.md.")
    Path report;

    @Override
    public Integer call() throws StanceException {
        Dataset dataset = dataOptions.read(data, err());
        try (StanceClassifier classifier = Models.open(model, BuiltInModel.FAST)) {
            List<Prediction> predictions = classifier.predictAll(dataset.statements().stream().map(LabeledStatement::input).toList());
            EvaluationReport r = EvaluationReport.of(dataset.statements(), predictions, classifier.info(),
                    new DataSummary(data.toString(), dataOptions.format.id(), dataset.sha256(), dataset.skipped()));
            Cli.write(report, "--report", () -> ReportWriter.write(r, report));
            out().print(r.evaluation().summary());
            out().println("wrote " + report.resolve(ReportWriter.JSON) + " and " + ReportWriter.MARKDOWN);
        }
        return 0;
    }
}

package org.stance4j.cli;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.evaluation.ContrastiveFigures;
import org.stance4j.evaluation.ContrastiveSplit;
import org.stance4j.evaluation.DataSummary;
import org.stance4j.evaluation.EvaluationReport;
import org.stance4j.evaluation.HeldOutPairs;
import org.stance4j.evaluation.ReportWriter;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.kind.Scorer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The figures that {@code train} prints, and writes as a report when asked, for statements it held out. */
final class HeldOutEvaluation {
    private final PrintWriter out;

    HeldOutEvaluation(PrintWriter out) {
        this.out = out;
    }

    /**
     * Scores {@code test} and prints its line, then the contrastive statements apart when there are
     * any (texts of {@code train} toward another event with another stance), then the contrastive
     * texts held out toward every event of their pair; writes the report when asked.
     *
     * @param train the real training statements, without derived rows, so that which test statements
     *     count as contrastive does not depend on the augmentation
     * @param reportDir where to write the report, or null for none
     */
    void report(Scorer model, List<LabeledStatement> train, List<LabeledStatement> test, List<LabeledStatement> pairedTexts,
                ModelInfo info, DataSummary data, String what, Path reportDir) {
        List<Prediction> predictions = model.score(test.stream().map(LabeledStatement::input).toList());
        EvaluationReport r = EvaluationReport.of(test, predictions, info, data);
        out.printf(Locale.ROOT, "%s: macro-F1 %.4f, accuracy %.4f, F_avg %.4f (%d statements)%n", what,
                r.evaluation().macroF1(), r.evaluation().accuracy(), r.evaluation().fAvg(), r.evaluation().examples());
        ContrastiveSplit contrastive = ContrastiveSplit.of(train, test, predictions);
        if (contrastive.any()) {
            out.println("  of which " + contrastive.summary());
        }
        HeldOutPairs pairs = null;
        if (!pairedTexts.isEmpty()) {
            pairs = HeldOutPairs.of(pairedTexts, model.score(pairedTexts.stream().map(LabeledStatement::input).toList()));
            out.println("  and " + pairs.summary());
        }
        if (contrastive.any() || pairs != null) {
            r = r.withContrastive(new ContrastiveFigures(contrastive.any() ? contrastive : null, pairs));
        }
        if (reportDir != null) {
            EvaluationReport shown = r;
            Cli.write(reportDir, "--report", () -> ReportWriter.write(shown, reportDir));
            out.println("wrote " + reportDir.resolve(ReportWriter.JSON) + " and " + ReportWriter.MARKDOWN);
        }
    }
}

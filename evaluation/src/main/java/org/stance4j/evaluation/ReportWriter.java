package org.stance4j.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.AtomicFile;
import org.stance4j.model.bundle.BundleJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an evaluation report into a folder: {@code report.json} for programs, {@code report.md}
 * and {@code report.html} for people, and {@code predictions.csv} (every statement with its gold and
 * predicted stance, which {@code compare} reads). Each file is written atomically.
 */
public final class ReportWriter {
    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String PREDICTIONS = "predictions.csv";

    private ReportWriter() {
    }

    public static void write(EvaluationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper mapper = BundleJson.mapper();
        AtomicFile.write(dir.resolve(JSON), mapper.writeValueAsBytes(ReportJson.of(report)));
        AtomicFile.write(dir.resolve(MARKDOWN), markdown(report).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve(HTML), HtmlReport.render(report).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve(PREDICTIONS), out -> PredictionsFile.write(report.scored(), out));
    }

    /** The same figures as readable Markdown tables. */
    public static String markdown(EvaluationReport report) {
        Evaluation e = report.evaluation();
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation report\n\n");
        md.append("Data: `").append(report.data().path()).append("` (").append(report.data().format())
                .append(", SHA-256 `").append(report.data().sha256()).append("`)\n\n");
        ConfidenceIntervals ci = report.intervals();
        md.append("| statements | accuracy | macro-F1 | F_avg |\n|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %d | %.4f | %.4f | %.4f |%n", e.examples(), e.accuracy(), e.macroF1(), e.fAvg()));
        md.append(String.format(Locale.ROOT, "| 95%% CI | %.4f – %.4f | %.4f – %.4f | %.4f – %.4f |%n%n",
                ci.accuracy().low(), ci.accuracy().high(), ci.macroF1().low(), ci.macroF1().high(), ci.fAvg().low(), ci.fAvg().high()));
        md.append("Intervals: bootstrap, ").append(ci.resamples()).append(" resamples (seed ").append(ci.seed())
                .append("). Expected calibration error: ")
                .append(String.format(Locale.ROOT, "%.4f", report.calibration().expectedCalibrationError())).append(".\n\n");
        md.append(contrastive(report.contrastive()));
        md.append("## Per stance\n\n| stance | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
        e.perClass().forEach((s, m) -> md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d |%n",
                s.label(), m.precision(), m.recall(), m.f1(), m.support())));
        md.append("\n## Confusion (rows: gold, columns: predicted)\n\n| gold \\ predicted |");
        for (Stance s : Stance.values()) {
            md.append(' ').append(s.label()).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(Stance.values().length)).append('\n');
        e.confusion().forEach((gold, row) -> {
            md.append("| ").append(gold.label()).append(" |");
            row.values().forEach(c -> md.append(' ').append(c).append(" |"));
            md.append('\n');
        });
        md.append("\n## Per event (worst macro-F1 first)\n\n| event | statements | accuracy | macro-F1 |\n|---|---:|---:|---:|\n");
        List<Map.Entry<String, EventMetrics>> events = e.perEvent().entrySet().stream()
                .sorted(Comparator.comparingDouble(en -> en.getValue().macroF1())).toList();
        for (Map.Entry<String, EventMetrics> en : events) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f |%n", cell(en.getKey()),
                    en.getValue().examples(), en.getValue().accuracy(), en.getValue().macroF1()));
        }
        md.append("\n## Most confident mistakes\n\n| statement | event | gold | predicted | confidence |\n|---|---|---|---|---:|\n");
        for (ScoredStatement m : report.confidentMistakes(HtmlReport.MISTAKES)) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f |%n", cell(m.statement().text()), cell(m.statement().event()),
                    m.statement().stance().label(), m.prediction().stance().label(), m.prediction().confidence()));
        }
        ModelInfo info = report.model();
        md.append("\n## Model\n\n");
        md.append("- stance4j ").append(info.toolkitVersion()).append(", bundle format ").append(info.formatVersion())
                .append(", trained ").append(info.created()).append(", seed ").append(info.seed()).append('\n');
        info.trainingData().forEach(d -> md.append("- ").append(d.role()).append(": `").append(d.path()).append("` (")
                .append(d.rows()).append(" statements, SHA-256 `").append(d.sha256()).append("`)\n"));
        md.append("- versions: ").append(info.versions()).append('\n');
        return md.toString();
    }

    /** The contrastive figures' section, or nothing when there are none. */
    private static String contrastive(ContrastiveFigures f) {
        if (f == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Contrastive texts\n\n| test | rows | row accuracy | texts | pair accuracy |\n|---|---:|---:|---:|---:|\n");
        ContrastiveSplit t = f.trainedTowardOtherEvent();
        if (t != null && t.any()) {
            md.append(String.format(Locale.ROOT, "| text trained on toward another event, other stance | %d | %.4f | | |%n",
                    t.contrastive(), t.contrastiveAccuracy()));
            md.append(String.format(Locale.ROOT, "| every other statement | %d | %.4f | | |%n", t.others(), t.othersAccuracy()));
        }
        HeldOutPairs p = f.heldOutPairs();
        if (p != null && p.rows() > 0) {
            md.append(String.format(Locale.ROOT, "| text held out toward every event of its pair | %d | %.4f | %d | %.4f |%n",
                    p.rows(), p.rowAccuracy(), p.texts(), p.pairAccuracy()));
        }
        return md.append('\n').toString();
    }

    /** Markdown table cells cannot hold a pipe or a line break. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}

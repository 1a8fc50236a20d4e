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
import java.util.LinkedHashMap;
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
        AtomicFile.write(dir.resolve(JSON), mapper.writeValueAsBytes(json(report)));
        AtomicFile.write(dir.resolve(MARKDOWN), markdown(report).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve(HTML), HtmlReport.render(report).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve(PREDICTIONS), out -> PredictionsFile.write(report.scored(), out));
    }

    /** The report as a JSON tree; its keys are a stable interface for scripts. */
    public static Map<String, Object> json(EvaluationReport report) {
        Evaluation e = report.evaluation();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("examples", e.examples());
        root.put("accuracy", e.accuracy());
        root.put("macro_f1", e.macroF1());
        root.put("f_avg", e.fAvg());
        Map<String, Object> perClass = new LinkedHashMap<>();
        e.perClass().forEach((stance, m) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("precision", m.precision());
            c.put("recall", m.recall());
            c.put("f1", m.f1());
            c.put("support", m.support());
            perClass.put(stance.label(), c);
        });
        root.put("per_class", perClass);
        Map<String, Object> confusion = new LinkedHashMap<>();
        e.confusion().forEach((gold, row) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            row.forEach((predicted, count) -> r.put(predicted.label(), count));
            confusion.put(gold.label(), r);
        });
        root.put("confusion", confusion);
        Map<String, Object> perEvent = new LinkedHashMap<>();
        e.perEvent().forEach((event, m) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("examples", m.examples());
            r.put("accuracy", m.accuracy());
            r.put("macro_f1", m.macroF1());
            perEvent.put(event, r);
        });
        root.put("per_event", perEvent);
        ConfidenceIntervals ci = report.intervals();
        Map<String, Object> intervals = new LinkedHashMap<>();
        intervals.put("level", 0.95);
        intervals.put("method", "bootstrap percentile");
        intervals.put("resamples", ci.resamples());
        intervals.put("seed", ci.seed());
        intervals.put("accuracy", List.of(ci.accuracy().low(), ci.accuracy().high()));
        intervals.put("macro_f1", List.of(ci.macroF1().low(), ci.macroF1().high()));
        intervals.put("f_avg", List.of(ci.fAvg().low(), ci.fAvg().high()));
        root.put("confidence_intervals", intervals);
        Map<String, Object> calibration = new LinkedHashMap<>();
        calibration.put("expected_calibration_error", report.calibration().expectedCalibrationError());
        calibration.put("bins", report.calibration().bins().stream().map(b -> {
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("from", b.from());
            bin.put("to", b.to());
            bin.put("count", b.count());
            bin.put("correct", b.correct());
            bin.put("mean_confidence", b.meanConfidence());
            return bin;
        }).toList());
        root.put("calibration", calibration);
        root.put("confident_mistakes", report.confidentMistakes(HtmlReport.MISTAKES).stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.statement().id());
            row.put("event", m.statement().event());
            row.put("speaker", m.statement().speaker());
            row.put("text", m.statement().text());
            row.put("gold", m.statement().stance().label());
            row.put("predicted", m.prediction().stance().label());
            Map<String, Object> p = new LinkedHashMap<>();
            m.prediction().probabilities().forEach((stance, v) -> p.put(stance.label(), v));
            row.put("probabilities", p);
            return row;
        }).toList());
        root.put("model", model(report.model()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("path", report.data().path());
        data.put("format", report.data().format());
        data.put("sha256", report.data().sha256());
        data.put("skipped", report.data().skipped());
        root.put("data", data);
        return root;
    }

    private static Map<String, Object> model(ModelInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("toolkit_version", info.toolkitVersion());
        m.put("format_version", info.formatVersion());
        m.put("created", info.created().toString());
        m.put("labels", info.labels().stream().map(Stance::label).toList());
        m.put("seed", info.seed());
        m.put("training_data", info.trainingData().stream().map(d -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("role", d.role());
            t.put("path", d.path());
            t.put("format", d.format());
            t.put("sha256", d.sha256());
            t.put("rows", d.rows());
            return t;
        }).toList());
        m.put("dev_metrics", info.devMetrics());
        m.put("versions", info.versions());
        return m;
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

    /** Markdown table cells cannot hold a pipe or a line break. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}

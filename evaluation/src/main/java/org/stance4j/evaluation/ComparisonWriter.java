package org.stance4j.evaluation;

import org.stance4j.model.Stance;
import org.stance4j.model.bundle.AtomicFile;
import org.stance4j.model.bundle.BundleJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a comparison of two models: compare.json, compare.md and a self-contained compare.html. */
public final class ComparisonWriter {
    public static final String JSON = "compare.json";
    public static final String MARKDOWN = "compare.md";
    public static final String HTML = "compare.html";

    private ComparisonWriter() {
    }

    public static void write(ModelComparison c, String a, String b, DataSummary data, Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(JSON), BundleJson.mapper().writeValueAsBytes(ComparisonJson.of(c, a, b, data)));
        AtomicFile.write(dir.resolve(MARKDOWN), markdown(c, a, b, data).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve(HTML), html(c, a, b, data).getBytes(StandardCharsets.UTF_8));
    }

    static String markdown(ModelComparison c, String a, String b, DataSummary data) {
        StringBuilder md = new StringBuilder("# Comparison\n\n");
        md.append("- a: `").append(a).append("`\n- b: `").append(b).append("`\n- data: `").append(data.path())
                .append("` (SHA-256 `").append(data.sha256()).append("`)\n\n");
        md.append("| metric | a | b | b - a | paired bootstrap 95% CI of b - a |\n|---|---:|---:|---:|---|\n");
        for (ModelComparison.MetricDifference m : c.metrics()) {
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %+.4f | %+.4f to %+.4f |%n", m.metric(), m.a(), m.b(),
                    m.difference(), m.interval().low(), m.interval().high()));
        }
        md.append(String.format(Locale.ROOT, "%nMcNemar's test: %d statements only a gets right, %d only b gets right, p = %.4g.%n%n",
                c.onlyARight(), c.onlyBRight(), c.mcnemarP()));
        md.append(verdict(c)).append("\n\n## Disagreements (").append(c.disagreements().size()).append(")\n\n");
        md.append("| statement | event | gold | a | b |\n|---|---|---|---|---|\n");
        for (ModelComparison.Disagreement d : c.disagreements()) {
            md.append("| ").append(ReportWriter.cell(d.a().statement().text())).append(" | ").append(ReportWriter.cell(d.a().statement().event()))
                    .append(" | ").append(d.a().statement().stance().label()).append(" | ").append(d.a().prediction().stance().label())
                    .append(" | ").append(d.b().prediction().stance().label()).append(" |\n");
        }
        return md.toString();
    }

    static String verdict(ModelComparison c) {
        ModelComparison.MetricDifference macro = c.metrics().stream().filter(m -> m.metric().equals("macro_f1")).findFirst().orElseThrow();
        boolean intervalExcludesZero = macro.interval().low() > 0 || macro.interval().high() < 0;
        return intervalExcludesZero && c.mcnemarP() < 0.05
                ? "The macro-F1 difference is unlikely to be chance: its interval excludes 0 and McNemar's p < 0.05."
                : "The difference may be chance: the macro-F1 interval includes 0 or McNemar's p ≥ 0.05.";
    }

    static String html(ModelComparison c, String a, String b, DataSummary data) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        h.append("<title>stance4j comparison</title><style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}</style></head><body><h1>Comparison</h1>");
        h.append("<p>a: <code>").append(Html.escape(a)).append("</code><br>b: <code>").append(Html.escape(b)).append("</code><br>data: <code>")
                .append(Html.escape(data.path())).append("</code></p><table><tr><th>metric</th><th>a</th><th>b</th><th>b - a</th><th>paired bootstrap 95% CI</th></tr>");
        for (ModelComparison.MetricDifference m : c.metrics()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%+.4f</td><td class=\"n\">%+.4f to %+.4f</td></tr>",
                    m.metric(), m.a(), m.b(), m.difference(), m.interval().low(), m.interval().high()));
        }
        h.append(String.format(Locale.ROOT, "</table><p>McNemar: %d only a right, %d only b right, p = %.4g. %s</p>",
                c.onlyARight(), c.onlyBRight(), c.mcnemarP(), Html.escape(verdict(c))));
        h.append("<h2>Disagreements (").append(c.disagreements().size()).append(")</h2><table><tr><th>statement</th><th>event</th><th>gold</th><th>a</th><th>b</th></tr>");
        for (ModelComparison.Disagreement d : c.disagreements()) {
            h.append("<tr><td>").append(Html.escape(d.a().statement().text())).append("</td><td>").append(Html.escape(d.a().statement().event()))
                    .append("</td><td>").append(d.a().statement().stance().label()).append("</td><td>").append(label(d.a().prediction().stance()))
                    .append("</td><td>").append(label(d.b().prediction().stance())).append("</td></tr>");
        }
        return h.append("</table></body></html>\n").toString();
    }

    private static String label(Stance s) {
        return s.label();
    }
}

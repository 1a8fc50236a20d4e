package org.stance4j.evaluation;

import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no fetches) with the headline
 * figures and their intervals, the confusion matrix, per-stance bars, a sortable per-event table,
 * the contrastive tests (when the evaluation has them), the confidence histogram and reliability diagram, the most confident mistakes, and provenance.
 * Every piece of text from the data is escaped, and a Content-Security-Policy lets only the page's
 * own table-sorting script run, so nothing in the data can ever execute.
 */
public final class HtmlReport {
    /** Sorts the per-event table by a clicked column; reads cell text only. */
    static final String SCRIPT = "document.querySelectorAll('table.sortable th').forEach(function(th,i){"
            + "th.addEventListener('click',function(){var t=th.closest('table'),b=t.tBodies[0],r=Array.from(b.rows),"
            + "up=th.dataset.dir!=='asc';th.dataset.dir=up?'asc':'desc';r.sort(function(x,y){"
            + "var a=x.cells[i].dataset.v||x.cells[i].textContent,c=y.cells[i].dataset.v||y.cells[i].textContent,"
            + "n=parseFloat(a)-parseFloat(c);var d=isNaN(n)?a.localeCompare(c):n;return up?d:-d;});"
            + "r.forEach(function(x){b.appendChild(x);});});});"
            + "document.documentElement.dataset.sortable='ready';";
    static final int MISTAKES = 25;
    private static final String CSS = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}"
            + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}"
            + ".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.2rem;min-width:180px}"
            + ".card .v{font-size:1.8rem;font-weight:600}.card .ci{color:#666;font-size:.85rem}"
            + ".charts{display:flex;gap:2rem;flex-wrap:wrap;align-items:flex-start}"
            + "table{border-collapse:collapse;font-size:.9rem;width:100%}th,td{border-bottom:1px solid #eee;padding:.35rem .5rem;text-align:left;vertical-align:top}"
            + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}table.sortable th{cursor:pointer}table.sortable th:hover{background:#f5f5f5}"
            + ".muted{color:#666;font-size:.85rem}code{background:#f5f5f5;padding:0 .25rem}";

    private HtmlReport() {
    }

    public static String render(EvaluationReport report) {
        Evaluation e = report.evaluation();
        ConfidenceIntervals ci = report.intervals();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '")
                .append(scriptHash()).append("'\">");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.append("<title>stance4j evaluation report</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>Evaluation report</h1>");
        h.append("<p class=\"muted\">Data <code>").append(Html.escape(report.data().path())).append("</code> (")
                .append(Html.escape(report.data().format())).append(", SHA-256 <code>").append(Html.escape(report.data().sha256()))
                .append("</code>), ").append(e.examples()).append(" statements.</p>");

        h.append("<div class=\"cards\">");
        card(h, "macro-F1", e.macroF1(), ci.macroF1());
        card(h, "F<sub>avg</sub>", e.fAvg(), ci.fAvg());
        card(h, "accuracy", e.accuracy(), ci.accuracy());
        h.append(String.format(Locale.ROOT, "<div class=\"card\"><div>calibration error</div><div class=\"v\">%.4f</div><div class=\"ci\">expected calibration error over %d bins</div></div>",
                report.calibration().expectedCalibrationError(), report.calibration().bins().size()));
        h.append("</div><p class=\"muted\">Intervals: bootstrap 95%, ").append(ci.resamples()).append(" resamples (seed ")
                .append(ci.seed()).append("). F<sub>avg</sub> is the mean of F1(supportive) and F1(condemning), SemEval-2016 Task 6's measure. ")
                .append("Two models whose scores differ by less than these intervals' half-width may not differ at all.</p>");

        h.append("<h2>Where predictions go</h2><div class=\"charts\">");
        h.append(Charts.confusion(e.confusion())).append(Charts.perClass(e.perClass()));
        h.append("</div><table><thead><tr><th>stance</th><th class=\"n\">precision</th><th class=\"n\">recall</th><th class=\"n\">F1</th><th class=\"n\">support</th></tr></thead><tbody>");
        e.perClass().forEach((s, m) -> h.append(String.format(Locale.ROOT,
                "<tr><td>%s</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%d</td></tr>",
                s.label(), m.precision(), m.recall(), m.f1(), m.support())));
        h.append("</tbody></table>");

        h.append("<h2>Per event (worst first; click a column to sort)</h2><table class=\"sortable\" id=\"events\"><thead><tr><th>event</th>")
                .append("<th class=\"n\">statements</th><th class=\"n\">accuracy</th><th class=\"n\">macro-F1</th></tr></thead><tbody>");
        e.perEvent().entrySet().stream().sorted(Comparator.comparingDouble(en -> en.getValue().macroF1())).forEach(en ->
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td></tr>",
                        Html.escape(en.getKey()), en.getValue().examples(), en.getValue().accuracy(), en.getValue().macroF1())));
        h.append("</tbody></table>");

        contrastive(h, report.contrastive());

        h.append("<h2>Confidence and calibration</h2><div class=\"charts\">");
        h.append(Charts.confidenceHistogram(report.calibration())).append(Charts.reliability(report.calibration()));
        h.append("</div>");

        List<ScoredStatement> mistakes = report.confidentMistakes(MISTAKES);
        h.append("<h2>The ").append(mistakes.size()).append(" most confident mistakes</h2><table id=\"mistakes\"><thead><tr>")
                .append("<th>statement</th><th>event</th><th>speaker</th><th>gold</th><th>predicted</th>")
                .append("<th class=\"n\">p(sup)</th><th class=\"n\">p(con)</th><th class=\"n\">p(neu)</th></tr></thead><tbody>");
        for (ScoredStatement m : mistakes) {
            h.append("<tr><td>").append(Html.escape(m.statement().text())).append("</td><td>").append(Html.escape(m.statement().event()))
                    .append("</td><td>").append(Html.escape(m.statement().speaker())).append("</td><td>").append(m.statement().stance().label())
                    .append("</td><td>").append(m.prediction().stance().label()).append("</td>");
            for (Stance s : Stance.values()) {
                h.append(String.format(Locale.ROOT, "<td class=\"n\">%.3f</td>", m.prediction().probability(s)));
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");

        h.append("<h2>Model and data</h2>");
        provenance(h, report.model());
        h.append("<script>").append(SCRIPT).append("</script></body></html>\n");
        return h.toString();
    }

    /**
     * Whether the model reads the event: the same two contrastive tests as report.md, shown only when
     * the evaluation has them (training on a corpus with contrastive texts).
     */
    private static void contrastive(StringBuilder h, ContrastiveFigures f) {
        if (f == null) {
            return;
        }
        h.append("<h2>Contrastive texts</h2><table id=\"contrastive\"><thead><tr><th>test</th><th class=\"n\">rows</th>")
                .append("<th class=\"n\">row accuracy</th><th class=\"n\">texts</th><th class=\"n\">pair accuracy</th></tr></thead><tbody>");
        ContrastiveSplit t = f.trainedTowardOtherEvent();
        if (t != null && t.any()) {
            h.append(String.format(Locale.ROOT, "<tr><td>text trained on toward another event, other stance</td><td class=\"n\">%d</td>"
                    + "<td class=\"n\">%.4f</td><td></td><td></td></tr>", t.contrastive(), t.contrastiveAccuracy()));
            h.append(String.format(Locale.ROOT, "<tr><td>every other statement</td><td class=\"n\">%d</td><td class=\"n\">%.4f</td>"
                    + "<td></td><td></td></tr>", t.others(), t.othersAccuracy()));
        }
        HeldOutPairs p = f.heldOutPairs();
        if (p != null && p.rows() > 0) {
            h.append(String.format(Locale.ROOT, "<tr><td>text held out toward every event of its pair</td><td class=\"n\">%d</td>"
                    + "<td class=\"n\">%.4f</td><td class=\"n\">%d</td><td class=\"n\">%.4f</td></tr>",
                    p.rows(), p.rowAccuracy(), p.texts(), p.pairAccuracy()));
        }
        h.append("</tbody></table><p class=\"muted\">A text held out toward every event of its pair is right only when it is right ")
                .append("toward each: the test that shows whether the model reads the event rather than the text.</p>");
    }

    private static void card(StringBuilder h, String name, double value, Interval interval) {
        h.append(String.format(Locale.ROOT, "<div class=\"card\"><div>%s</div><div class=\"v\">%.4f</div><div class=\"ci\">95%% CI %.4f – %.4f</div></div>",
                name, value, interval.low(), interval.high()));
    }

    private static void provenance(StringBuilder h, ModelInfo info) {
        h.append("<table><tbody>");
        row(h, "stance4j", info.toolkitVersion() + " (bundle format " + info.formatVersion() + ")");
        row(h, "trained", info.created() + ", seed " + info.seed());
        row(h, "labels", String.join(", ", info.labels().stream().map(Stance::label).toList()));
        for (ModelInfo.TrainingData d : info.trainingData()) {
            row(h, d.role() + " data", d.path() + " (" + d.format() + ", " + d.rows() + " statements, SHA-256 " + d.sha256() + ")");
        }
        if (!info.devMetrics().isEmpty()) {
            List<String> dev = new java.util.ArrayList<>();
            for (Map.Entry<String, Double> m : new java.util.TreeMap<>(info.devMetrics()).entrySet()) {
                dev.add(m.getKey() + " " + String.format(Locale.ROOT, m.getKey().equals("examples") ? "%.0f" : "%.4f", m.getValue()));
            }
            row(h, "dev scores", String.join(", ", dev));
        }
        info.versions().forEach((k, v) -> row(h, k, v));
        h.append("</tbody></table>");
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }

    /** The CSP source expression that allows exactly {@link #SCRIPT}. */
    static String scriptHash() {
        byte[] digest = Sha256.newDigest().digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}

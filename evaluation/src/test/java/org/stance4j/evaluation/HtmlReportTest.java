package org.stance4j.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void everyPieceOfDataIsEscaped() {
        String html = HtmlReport.render(ReportFixtures.report(200, 0.7, 1));
        assertFalse(html.contains(ReportFixtures.SCRIPT_TEXT));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<b>event</b>"));
        assertFalse(html.contains("<i>speaker</i>"));
        assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;"));
        assertTrue(html.contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt; &amp; &quot;quotes&quot;"));
        assertEquals(1, count(html, "<script>"), "only the page's own sorting script");
        assertTrue(html.contains("script-src '" + HtmlReport.scriptHash() + "'"), "the policy lets only that script run");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"?(https?:)?//").matcher(html).find(), "nothing is fetched");
        assertFalse(html.contains("<link"), "no style sheet from elsewhere");
    }

    @Test
    void drawsEveryChartAndTable() {
        String html = HtmlReport.render(ReportFixtures.report(200, 0.7, 1));
        for (String id : new String[] {"confusion", "per-class", "confidence", "reliability"}) {
            assertTrue(html.contains("<svg id=\"" + id + "\""), id);
        }
        assertEquals(9, count(html, "class=\"cell\""), "a 3x3 confusion heatmap");
        assertTrue(html.contains("<table class=\"sortable\" id=\"events\">"));
        assertTrue(html.contains("The 25 most confident mistakes"));
    }

    @Test
    void theReportShowsExactlyTheNumbersOfReportJson() throws Exception {
        EvaluationReport report = ReportFixtures.report(300, 0.6, 2);
        ReportWriter.write(report, dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve(ReportWriter.JSON).toFile());
        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        String md = Files.readString(dir.resolve(ReportWriter.MARKDOWN));
        for (String key : new String[] {"accuracy", "macro_f1", "f_avg"}) {
            String value = String.format(Locale.ROOT, "%.4f", json.get(key).asDouble());
            assertTrue(html.contains(value), key + " " + value);
            assertTrue(md.contains(value), key + " " + value);
            JsonNode ci = json.get("confidence_intervals").get(key);
            String interval = String.format(Locale.ROOT, "%.4f – %.4f", ci.get(0).asDouble(), ci.get(1).asDouble());
            assertTrue(html.contains(interval), key + " " + interval);
            assertTrue(md.contains(interval), key + " " + interval);
        }
        json.get("per_class").fields().forEachRemaining(e -> assertTrue(html.contains(
                String.format(Locale.ROOT, "<td>%s</td><td class=\"n\">%.4f</td>", e.getKey(), e.getValue().get("precision").asDouble())), e.getKey()));
        Matcher ece = Pattern.compile("<div class=\"v\">([0-9.]+)</div><div class=\"ci\">expected calibration error").matcher(html);
        assertTrue(ece.find());
        assertEquals(json.get("calibration").get("expected_calibration_error").asDouble(), Double.parseDouble(ece.group(1)), 5e-5);
        assertEquals(25, json.get("confident_mistakes").size());
        assertEquals(300, Files.readAllLines(dir.resolve(ReportWriter.PREDICTIONS)).size() - 1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

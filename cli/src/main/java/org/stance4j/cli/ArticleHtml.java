package org.stance4j.cli;

import org.stance4j.article.ArticleAnalysis;
import org.stance4j.article.AttributedQuote;
import org.stance4j.article.SpeakerSummary;
import org.stance4j.model.Stance;
import org.stance4j.evaluation.Html;

import java.util.Locale;

/** The article with its quotes marked by stance, and tables of quotes and speakers; self-contained, no scripts. */
final class ArticleHtml {
    private ArticleHtml() {
    }

    static String render(String article, ArticleAnalysis a) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        h.append("<title>stance4j: quotes and stances</title><style>body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem}")
                .append(".article{white-space:pre-wrap;line-height:1.5;border-left:3px solid #ddd;padding-left:1rem}")
                .append("mark{padding:0 .1rem;border-radius:3px}.supportive{background:#c8e6c9}.condemning{background:#ffcdd2}.neutral{background:#eceff1}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem;margin:1rem 0}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}")
                .append("td.n{text-align:right}</style></head><body>");
        h.append("<h1>Quotes and stances</h1><p>Event: <strong>").append(escape(a.event())).append("</strong></p>");
        h.append("<h2>Speakers</h2><table><tr><th>speaker</th><th>role</th><th class=\"n\">quotes</th><th>overall stance</th></tr>");
        for (SpeakerSummary s : a.speakers()) {
            h.append("<tr><td>").append(escape(s.speaker())).append("</td><td>").append(escape(s.role())).append("</td><td class=\"n\">")
                    .append(s.quotes()).append("</td><td><mark class=\"").append(s.overall().stance().label()).append("\">")
                    .append(s.overall().stance().label()).append("</mark></td></tr>");
        }
        h.append("</table><h2>Quotes</h2><table><tr><th>quote</th><th>speaker</th><th>role</th><th>stance</th><th class=\"n\">p(sup)</th><th class=\"n\">p(con)</th><th class=\"n\">p(neu)</th></tr>");
        for (AttributedQuote q : a.quotes()) {
            h.append("<tr><td>").append(escape(q.text())).append("</td><td>").append(escape(q.speaker())).append("</td><td>").append(escape(q.role()))
                    .append("</td><td><mark class=\"").append(q.prediction().stance().label()).append("\">").append(q.prediction().stance().label()).append("</mark></td>");
            for (Stance s : Stance.values()) {
                h.append(String.format(Locale.ROOT, "<td class=\"n\">%.3f</td>", q.prediction().probability(s)));
            }
            h.append("</tr>");
        }
        h.append("</table><h2>The article</h2><div class=\"article\">");
        int at = 0;
        for (AttributedQuote q : a.quotes()) {
            h.append(escape(article.substring(at, q.begin())));
            h.append("<mark class=\"").append(q.prediction().stance().label()).append("\" title=\"").append(escape(q.speaker() == null ? "no speaker" : q.speaker()))
                    .append(": ").append(q.prediction().stance().label()).append("\">").append(escape(article.substring(q.begin(), q.end()))).append("</mark>");
            at = q.end();
        }
        h.append(escape(article.substring(at))).append("</div></body></html>\n");
        return h.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : Html.escape(s);
    }
}

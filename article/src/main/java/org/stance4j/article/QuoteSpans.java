package org.stance4j.article;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.util.Pair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The direct quotes of an article: CoreNLP's quote annotator finds them, then quotes that run over
 * several paragraphs are joined. By the usual convention such a quote opens each paragraph with a
 * quotation mark and closes only at its end; the annotator already joins straight quotes so written,
 * but with curly quotes it sees only the last paragraph.
 */
final class QuoteSpans {
    private static final Set<Character> OPENING = Set.of('"', '\u201C', '\u00AB', '\u201E');
    private static final Set<Character> MARKS = Set.of('"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\'', '\u2018', '\u2019', '`');

    /** A quote's place in the article, quotation marks included. */
    record Span(int begin, int end) {
        boolean contains(int offset) {
            return offset >= begin && offset < end;
        }
    }

    private QuoteSpans() {
    }

    static List<Span> find(CoreDocument document, String text, List<Span> paragraphs) {
        List<Span> found = new ArrayList<>();
        for (CoreQuote q : document.quotes()) {
            Pair<Integer, Integer> offsets = q.quoteCharOffsets();
            found.add(new Span(offsets.first(), offsets.second()));
        }
        List<Span> joined = new ArrayList<>();
        Integer pending = null;
        int next = 0;
        for (Span paragraph : paragraphs) {
            int start = firstNonBlank(text, paragraph);
            boolean opens = start < paragraph.end() && OPENING.contains(text.charAt(start));
            boolean insideEarlier = !joined.isEmpty() && joined.get(joined.size() - 1).contains(start);
            List<Span> here = new ArrayList<>();
            while (next < found.size() && found.get(next).begin() < paragraph.end()) {
                here.add(found.get(next++));
            }
            if (pending != null && !here.isEmpty() && here.get(0).begin() == start) {
                here.set(0, new Span(pending, here.get(0).end()));
                pending = null;
            }
            joined.addAll(here);
            boolean closedHere = !here.isEmpty() && here.get(0).contains(start);
            if (opens && !insideEarlier && !closedHere) {
                // an opening mark that no quote closes in this paragraph: the quote goes on in the next one
                pending = pending == null ? start : pending;
            } else {
                pending = null;
            }
        }
        return joined;
    }

    /**
     * The words between the outer quotation marks; a quote that runs over paragraphs (each opening
     * with a quotation mark, as agencies write them) is joined with single spaces.
     */
    static String content(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && MARKS.contains(text.charAt(b))) {
            b++;
        }
        while (e > b && MARKS.contains(text.charAt(e - 1))) {
            e--;
        }
        return PARAGRAPH_CONTINUATION.matcher(text.substring(b, e)).replaceAll(" ");
    }

    /** A paragraph break inside a quote and the quotation mark that reopens it. */
    static final Pattern PARAGRAPH_CONTINUATION = Pattern.compile("\\s*\\n\\s*\\n\\s*[\"\u201C]");

    /** Paragraphs: runs of text between blank lines. */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '\n') {
                    paragraphs.add(new Span(start, i));
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        if (start < text.length()) {
            paragraphs.add(new Span(start, text.length()));
        }
        return paragraphs;
    }

    static int paragraphOf(List<Span> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).end() || i == paragraphs.size() - 1) {
                return i;
            }
        }
        return paragraphs.size() - 1;
    }

    private static int firstNonBlank(String text, Span paragraph) {
        int i = paragraph.begin();
        while (i < paragraph.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

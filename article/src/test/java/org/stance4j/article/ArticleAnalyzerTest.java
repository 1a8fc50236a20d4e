package org.stance4j.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Stance;
import org.stance4j.model.testing.TestBundles;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own agency-style articles (src/test/resources/articles), each with the quotes and
 * speakers a careful reader finds: quotes before and after their attribution, titles and
 * appositions, multi-sentence and multi-paragraph quotes, pronouns, "according to", quotes with no
 * speaker, organisations as speakers, straight and curly quotation marks.
 */
class ArticleAnalyzerTest {
    @TempDir
    static Path dir;
    static StanceClassifier classifier;
    static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() throws Exception {
        Path bundle = dir.resolve("model.zip");
        // attribution does not depend on the model; any bundle gives every quote a stance
        TestBundles.write(bundle, 1);
        classifier = StanceClassifier.load(bundle);
        analyzer = new ArticleAnalyzer(classifier);
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    record Case(String name, String article, JsonNode expected) {
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(ArticleAnalyzerTest.class.getResource("/articles")).toURI());
        List<Case> cases = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path json = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".expected.json"));
                cases.add(new Case(txt.getFileName().toString(), Files.readString(txt, StandardCharsets.UTF_8),
                        new ObjectMapper().readTree(json.toFile())));
            }
        }
        return cases;
    }

    @Test
    void findsEveryQuoteAndNamesTheRightSpeakerForAtLeastNineInTen() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 5, "at least five articles");
        int quotes = 0;
        int rightSpeakers = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases) {
            ArticleAnalysis a = analyzer.analyze(c.article(), c.expected().get("event").asText());
            JsonNode expected = c.expected().get("quotes");
            List<String> found = a.quotes().stream().map(AttributedQuote::text).toList();
            List<String> wanted = new ArrayList<>();
            expected.forEach(q -> wanted.add(q.get("text").asText()));
            assertEquals(wanted, found, c.name() + ": every direct quote, in order");
            for (int i = 0; i < expected.size(); i++) {
                quotes++;
                String want = expected.get(i).get("speaker").isNull() ? null : expected.get(i).get("speaker").asText();
                String got = a.quotes().get(i).speaker();
                if (Objects.equals(normal(want), normal(got))) {
                    rightSpeakers++;
                } else {
                    misses.append(String.format(Locale.ROOT, "%n  %s quote %d: expected %s, got %s (\"%.40s\")", c.name(), i + 1, want, got,
                            a.quotes().get(i).text()));
                }
            }
        }
        double share = (double) rightSpeakers / quotes;
        System.out.printf(Locale.ROOT, "speakers right: %d of %d (%.1f%%)%s%n", rightSpeakers, quotes, 100 * share, misses);
        assertTrue(share >= 0.9, String.format(Locale.ROOT, "%d of %d speakers right%s", rightSpeakers, quotes, misses));
    }

    @Test
    void offsetsPointAtTheQuoteInTheArticle() throws Exception {
        for (Case c : cases()) {
            for (AttributedQuote q : analyzer.analyze(c.article(), c.expected().get("event").asText()).quotes()) {
                String marked = QuoteSpans.PARAGRAPH_CONTINUATION.matcher(c.article().substring(q.begin(), q.end())).replaceAll(" ");
                assertTrue(marked.contains(q.text()), c.name() + ": " + marked);
                assertTrue(marked.length() - q.text().length() <= 4, "only the quotation marks around it");
            }
        }
    }

    @Test
    void attributesTheBriefsExample() {
        String event = "France refuses to cooperate with Russia over the arrest of Pavel Durov";
        String article = "Paris rejects Moscow's request over Durov\n\n"
                + "\"Our primary concern is ensuring that international legal processes are respected,\" said Jean-Pierre Dupont, "
                + "a spokesperson for the French Ministry of Justice.\n\n"
                + "Russian Foreign Ministry spokesperson Irina Volkova said: \"France's refusal to assist in this matter is deeply disappointing.\"\n\n"
                + "\"The situation raises questions about the future of extradition matters,\" according to Marc Lenoir, a lawyer in Lyon.\n\n"
                + "“We are studying the request,” she added.\n\n"
                + "\"No comment for now,\" the ministry said in a statement.\n\n"
                + "“Free Pavel,” read one banner outside the embassy.";
        ArticleAnalysis a = analyzer.analyze(article, event);
        assertEquals(6, a.quotes().size());
        assertEquals("Jean-Pierre Dupont", a.quotes().get(0).speaker());
        assertEquals("a spokesperson for the French Ministry of Justice", a.quotes().get(0).role());
        assertEquals("Irina Volkova", a.quotes().get(1).speaker());
        assertEquals("Russian Foreign Ministry spokesperson", a.quotes().get(1).role());
        assertEquals("Marc Lenoir", a.quotes().get(2).speaker());
        assertEquals("a lawyer in Lyon", a.quotes().get(2).role());
        assertEquals("Irina Volkova", a.quotes().get(3).speaker(), "'she' is the nearest person before");
        assertEquals("the ministry", a.quotes().get(4).speaker());
        assertNull(a.quotes().get(5).speaker(), "a banner is nobody");
        for (AttributedQuote q : a.quotes()) {
            assertNotNull(q.prediction());
            assertEquals(1.0, q.prediction().probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-5);
        }
        assertEquals(4, a.speakers().size());
        SpeakerSummary volkova = a.speakers().get(1);
        assertEquals(2, volkova.quotes());
        Stance mean = volkova.overall().stance();
        assertNotNull(mean);
    }

    @Test
    void articleSentencesThatMentionTheEventAreScoredWhenAskedFor() {
        String article = "Port strike enters its third day\n\nThe strike at the port has halted all container traffic since Monday.\n\n"
                + "\"We will stay out until the contract is fair,\" said union leader Dario Ferri.\n\nWeather was mild.";
        ArticleAnalysis a = analyzer.analyze(article, "Dockworkers strike at the port", true);
        assertEquals(1, a.quotes().size());
        assertEquals("Dario Ferri", a.quotes().get(0).speaker());
        assertEquals("union leader", a.quotes().get(0).role());
        List<String> sentences = a.sentences().stream().map(ArticleSentence::text).toList();
        assertTrue(sentences.contains("The strike at the port has halted all container traffic since Monday."), sentences.toString());
        assertTrue(sentences.stream().noneMatch(s -> s.contains("Weather")), sentences.toString());
    }

    /** Case and a leading "the" aside: "the Prison Officers' Federation" and "Prison Officers' Federation" name the same speaker. */
    private static String normal(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }
}

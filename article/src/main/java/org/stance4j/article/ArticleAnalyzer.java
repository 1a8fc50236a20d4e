package org.stance4j.article;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * From a news article and an event to each direct quote, who said it, and its stance toward the
 * event; and per speaker, how many quotes and which stance overall.
 *
 * <pre>{@code
 * try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
 *     ArticleAnalyzer analyzer = new ArticleAnalyzer(classifier);
 *     ArticleAnalysis a = analyzer.analyze(articleText, "France refuses to cooperate with Russia over the arrest of Pavel Durov");
 *     a.quotes().forEach(q -> System.out.println(q.speaker() + ": " + q.prediction().stance()));
 * }
 * }</pre>
 *
 * <p>Uses CoreNLP's tokeniser, sentence splitter, part-of-speech tagger, dependency parser and quote
 * annotator (about 5 s and 450 MB of heap to load, once per analyzer, on first use). Speakers come
 * from the dependency parse, not from CoreNLP's coreference-based attribution, which needs several
 * GB and often gave quotes to the wrong speaker. Safe to share between threads.
 */
public final class ArticleAnalyzer {
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "over",
            "with", "by", "at", "from", "its", "his", "her", "their", "after", "before", "new", "says", "say");

    private final StanceClassifier classifier;
    private volatile StanfordCoreNLP pipeline;

    /** @param classifier the model that scores each quote; the analyzer does not close it */
    public ArticleAnalyzer(StanceClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** The quotes of {@code article}, their speakers and their stance toward {@code event}. */
    public ArticleAnalysis analyze(String article, String event) {
        return analyze(article, event, false);
    }

    /**
     * @param withSentences also score the article's own sentences (outside quotes) that mention the
     *     event's words, attributed to the article itself
     */
    public ArticleAnalysis analyze(String article, String event, boolean withSentences) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
        CoreDocument document = new CoreDocument(article);
        pipeline().annotate(document);
        List<QuoteSpans.Span> paragraphs = QuoteSpans.paragraphs(article);
        List<QuoteSpans.Span> spans = QuoteSpans.find(document, article, paragraphs);
        List<Speaker> speakers = new Attributor(article, document.sentences(), spans, paragraphs).attributeAll();

        List<StanceInput> inputs = new ArrayList<>();
        for (QuoteSpans.Span span : spans) {
            inputs.add(new StanceInput(event, QuoteSpans.content(article, span)));
        }
        List<CoreSentence> own = withSentences ? mentioningSentences(document, spans, event) : List.of();
        for (CoreSentence s : own) {
            inputs.add(new StanceInput(event, s.text()));
        }
        List<Prediction> predictions = classifier.predictAll(inputs);

        List<AttributedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Speaker s = speakers.get(i);
            quotes.add(new AttributedQuote(inputs.get(i).text(), spans.get(i).begin(), spans.get(i).end(),
                    s == null ? null : s.name(), s == null ? null : s.role(), predictions.get(i)));
        }
        List<ArticleSentence> sentences = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            CoreSentence s = own.get(i);
            sentences.add(new ArticleSentence(s.text(), s.charOffsets().first(), s.charOffsets().second(), predictions.get(spans.size() + i)));
        }
        return new ArticleAnalysis(event, quotes, summaries(quotes), sentences);
    }

    /** Quotes per speaker (case-insensitive), in order of first quote; the overall stance is that of the mean probabilities. */
    static List<SpeakerSummary> summaries(List<AttributedQuote> quotes) {
        Map<String, List<AttributedQuote>> bySpeaker = new LinkedHashMap<>();
        for (AttributedQuote q : quotes) {
            if (q.speaker() != null) {
                bySpeaker.computeIfAbsent(q.speaker().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(q);
            }
        }
        List<SpeakerSummary> summaries = new ArrayList<>();
        for (List<AttributedQuote> own : bySpeaker.values()) {
            Map<Stance, Double> mean = new EnumMap<>(Stance.class);
            for (Stance s : Stance.values()) {
                mean.put(s, own.stream().mapToDouble(q -> q.prediction().probability(s)).average().orElse(0));
            }
            String role = own.stream().map(AttributedQuote::role).filter(Objects::nonNull).findFirst().orElse(null);
            summaries.add(new SpeakerSummary(own.get(0).speaker(), role, own.size(), Prediction.of(mean)));
        }
        return summaries;
    }

    /** Sentences with no quoted word that share a content word (by lemma) with the event. */
    private List<CoreSentence> mentioningSentences(CoreDocument document, List<QuoteSpans.Span> quotes, String event) {
        CoreDocument parsedEvent = new CoreDocument(event);
        pipeline().annotate(parsedEvent);
        Set<String> keywords = new HashSet<>();
        for (CoreLabel t : parsedEvent.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.tag().startsWith("NN") && lemma.length() > 2 && !STOPWORDS.contains(lemma)) {
                keywords.add(lemma);
            }
        }
        List<CoreSentence> out = new ArrayList<>();
        for (CoreSentence s : document.sentences()) {
            boolean quoted = quotes.stream().anyMatch(q -> q.begin() < s.charOffsets().second() && q.end() > s.charOffsets().first());
            boolean mentions = s.tokens().stream().anyMatch(t -> keywords.contains(t.lemma().toLowerCase(Locale.ROOT)));
            if (!quoted && mentions) {
                out.add(s);
            }
        }
        return out;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    RedwoodConfiguration.current().clear().apply();
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse,quote");
                    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
                    props.setProperty("quote.attributeQuotes", "false");
                    p = new StanfordCoreNLP(props);
                    pipeline = p;
                }
            }
        }
        return p;
    }
}

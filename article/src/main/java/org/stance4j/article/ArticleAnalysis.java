package org.stance4j.article;

import java.util.List;

/**
 * What an article says about an event: every direct quote with its speaker and stance, a summary per
 * speaker, and (when asked for) the article's own sentences that mention the event.
 */
public record ArticleAnalysis(String event, List<AttributedQuote> quotes, List<SpeakerSummary> speakers,
                              List<ArticleSentence> sentences) {
    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        sentences = List.copyOf(sentences);
    }
}

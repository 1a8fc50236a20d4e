package org.stance4j.article;

import org.stance4j.model.Prediction;

/**
 * A sentence outside any quote that mentions the event, attributed to the article itself.
 *
 * @param begin character offset in the article
 * @param end character offset just after the sentence
 */
public record ArticleSentence(String text, int begin, int end, Prediction prediction) {
}

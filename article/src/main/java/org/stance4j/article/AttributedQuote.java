package org.stance4j.article;

import org.stance4j.model.Prediction;

/**
 * A direct quote of an article, who said it, and its stance toward the event.
 *
 * @param text the words between the quotation marks (a quote running over several paragraphs keeps its breaks)
 * @param begin character offset of the opening quotation mark in the article
 * @param end character offset just after the closing quotation mark
 * @param speaker the speaker's name as the article gives it, an organisation or description ("the ministry"), or null when the article names nobody
 * @param role the speaker's role or affiliation as the article gives it, or null
 * @param prediction the quote's stance toward the event
 */
public record AttributedQuote(String text, int begin, int end, String speaker, String role, Prediction prediction) {
}

package org.stance4j.article;

import org.stance4j.model.Prediction;

/**
 * One speaker's quotes in an article, summed up.
 *
 * @param speaker the speaker as attributed
 * @param role the first role the article gives the speaker, or null
 * @param quotes how many quotes the speaker has
 * @param overall the mean of the quotes' probabilities, and the stance that mean favours
 */
public record SpeakerSummary(String speaker, String role, int quotes, Prediction overall) {
}

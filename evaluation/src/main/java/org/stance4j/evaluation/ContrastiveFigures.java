package org.stance4j.evaluation;

/**
 * The two contrastive figures of an evaluation on a corpus with contrastive texts; either may be
 * absent (null) when its test has no rows.
 *
 * @param trainedTowardOtherEvent held-out rows whose text was trained on toward another event with
 *     another stance, and the rest
 * @param heldOutPairs contrastive texts held out toward every event of their pair
 */
public record ContrastiveFigures(ContrastiveSplit trainedTowardOtherEvent, HeldOutPairs heldOutPairs) {
}

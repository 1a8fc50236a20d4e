package org.stance4j.model;

import java.util.Objects;

/**
 * A statement to classify together with the event it is judged against.
 *
 * @param event the event, for example "France refuses to cooperate with Russia over the arrest of Pavel Durov"
 * @param text the statement, for example a quote, a headline or a post
 */
public record StanceInput(String event, String text) {
    /** Rejects null parts; empty strings are allowed and give a low-confidence prediction. */
    public StanceInput {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
    }
}

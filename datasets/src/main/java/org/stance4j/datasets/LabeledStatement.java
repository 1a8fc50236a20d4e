package org.stance4j.datasets;

import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.util.Objects;

/**
 * One statement with its gold stance toward one event.
 *
 * @param id the row's id, or its 1-based data row number when the file has none
 * @param event the event the stance is toward
 * @param text the statement
 * @param stance the gold stance
 * @param speaker who made the statement, or "" when unknown
 * @param source where it comes from (quote, headline, post, a URL...), or "" when unknown
 */
public record LabeledStatement(String id, String event, String text, Stance stance, String speaker, String source) {
    public LabeledStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stance, "stance");
        speaker = speaker == null ? "" : speaker;
        source = source == null ? "" : source;
    }

    public LabeledStatement(String id, String event, String text, Stance stance) {
        this(id, event, text, stance, "", "");
    }

    /** The statement and event as a classifier input. */
    public StanceInput input() {
        return new StanceInput(event, text);
    }
}

package org.stance4j.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The stance of a statement toward an event.
 *
 * <p>Stance is always relative to an event: the same statement can be {@link #SUPPORTIVE} of one
 * event and {@link #CONDEMNING} of another.
 */
public enum Stance {
    /** The statement approves of, endorses or defends the event, or condemns its opponents. */
    SUPPORTIVE("supportive"),
    /** The statement disapproves of, criticises or calls to reverse the event. */
    CONDEMNING("condemning"),
    /** The statement takes no side: background, procedure, questions, other events. */
    NEUTRAL("neutral");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    /** The canonical lower-case label used in files, reports and model bundles. */
    public String label() {
        return label;
    }

    /**
     * The stance whose canonical label is {@code label}, ignoring case and surrounding blanks.
     *
     * @return empty when the label is not one of {@code supportive}, {@code condemning}, {@code neutral}
     */
    public static Optional<Stance> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (Stance stance : values()) {
            if (stance.label.equals(wanted)) {
                return Optional.of(stance);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}

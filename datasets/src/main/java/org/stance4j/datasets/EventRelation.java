package org.stance4j.datasets;

import java.util.Locale;
import java.util.Optional;

/** How two events of a corpus bear on each other, as recorded in {@link EventRelations}. */
public enum EventRelation {
    /**
     * The events pull in opposite directions: support for one usually means condemning the other
     * (a ban and the ruling that lifts it), so a statement shared by both flips its stance.
     */
    OPPOSITE("opposite"),
    /**
     * The events share statements but do not simply pull opposite ways: the same statement may take
     * the same stance toward both (two hard-line measures against one country).
     */
    RELATED("related"),
    /** Different topics: a statement about one says nothing about the other. */
    UNRELATED("unrelated");

    private final String label;

    EventRelation(String label) {
        this.label = label;
    }

    /** The lower-case word used in files. */
    public String label() {
        return label;
    }

    /** The relation whose word is {@code label}, ignoring case and surrounding blanks. */
    public static Optional<EventRelation> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (EventRelation relation : values()) {
            if (relation.label.equals(wanted)) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}

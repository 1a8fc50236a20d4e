package org.stance4j.datasets;

import java.util.Locale;
import java.util.Optional;

/** Which extra training rows {@link Augmenter} derives from a record of {@link EventRelations}. */
public enum Augmentation {
    /** The training statements as they are. */
    NONE("none", false, false),
    /** A supportive or condemning statement also counts, flipped, toward each event that pulls the opposite way. */
    OPPOSITE("opposite", true, false),
    /** A statement also counts as neutral toward one event that has no bearing on its own. */
    UNRELATED("unrelated", false, true),
    /** Both of the above. */
    BOTH("both", true, true);

    private final String label;
    private final boolean opposite;
    private final boolean unrelated;

    Augmentation(String label, boolean opposite, boolean unrelated) {
        this.label = label;
        this.opposite = opposite;
        this.unrelated = unrelated;
    }

    /** The lower-case word of the command line and the manifest. */
    public String label() {
        return label;
    }

    boolean flipsToOpposites() {
        return opposite;
    }

    boolean neutralToUnrelated() {
        return unrelated;
    }

    /** The augmentation whose word is {@code label}, ignoring case and surrounding blanks. */
    public static Optional<Augmentation> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (Augmentation a : values()) {
            if (a.label.equals(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}

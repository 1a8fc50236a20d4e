package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stance labels accepted in the project's CSV format: the canonical labels and the aliases used by
 * other corpora (favor/against/none, pro/con), all case-insensitive.
 */
public final class LabelAliases {
    private static final Map<String, Stance> ALIASES = Map.of(
            "supportive", Stance.SUPPORTIVE, "favor", Stance.SUPPORTIVE, "pro", Stance.SUPPORTIVE,
            "condemning", Stance.CONDEMNING, "against", Stance.CONDEMNING, "con", Stance.CONDEMNING,
            "neutral", Stance.NEUTRAL, "none", Stance.NEUTRAL);

    /** The accepted labels, for error messages. */
    public static final String ACCEPTED = "supportive, condemning, neutral (or favor/against/none, pro/con)";

    private LabelAliases() {
    }

    public static Optional<Stance> parse(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(ALIASES.get(label.strip().toLowerCase(Locale.ROOT)));
    }
}

package org.stance4j.cli;

import java.util.List;
import java.util.Locale;

/**
 * The names of the columns that {@code predict} adds to every row. Labeled data often has a
 * {@code stance} column of its own: a second column of the same name would make the output
 * ambiguous for CSV readers and give JSON objects a duplicate key, so then the added columns are
 * all prefixed with {@code predicted_}.
 */
final class PredictedColumns {
    private static final List<String> PLAIN = List.of("stance", "p_supportive", "p_condemning", "p_neutral");
    private static final String PREFIX = "predicted_";

    private PredictedColumns() {
    }

    /** The four added names (stance, then the probability of supportive, condemning, neutral) for an input with this header. */
    static List<String> names(List<String> header) {
        boolean clash = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).anyMatch(PLAIN::contains);
        return clash ? PLAIN.stream().map(n -> PREFIX + n).toList() : PLAIN;
    }
}

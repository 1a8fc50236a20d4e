package org.stance4j.datasets;

import org.stance4j.model.Stance;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labeled statements read from one origin, with that origin's SHA-256 so that reports and model
 * bundles can name exactly which data they saw.
 *
 * @param origin the file path or resource name the statements came from
 * @param sha256 hex SHA-256 of the origin's bytes
 * @param statements the statements, in file order
 * @param skipped rows skipped as invalid (only with {@link ReadOptions#skipInvalid()})
 */
public record Dataset(String origin, String sha256, List<LabeledStatement> statements, int skipped) {
    public Dataset {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sha256, "sha256");
        statements = List.copyOf(statements);
    }

    public int size() {
        return statements.size();
    }

    /** Count of statements per stance, every stance present (0 when absent). */
    public Map<Stance, Long> labelCounts() {
        return labelCounts(statements);
    }

    /** Count of statements per stance, every stance present (0 when absent). */
    public static Map<Stance, Long> labelCounts(List<LabeledStatement> statements) {
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            counts.put(s, 0L);
        }
        for (LabeledStatement st : statements) {
            counts.merge(st.stance(), 1L, Long::sum);
        }
        return counts;
    }

    /** Count of statements per event, in order of first appearance. */
    public Map<String, Long> eventCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LabeledStatement st : statements) {
            counts.merge(st.event(), 1L, Long::sum);
        }
        return counts;
    }

    /** A dataset of some of these statements, keeping this origin and hash (for splits). */
    public Dataset subset(String suffix, List<LabeledStatement> part) {
        return new Dataset(origin + suffix, sha256, part, 0);
    }
}

package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Stance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link RowMapper} for tables whose event, text and label live in named columns: the project's
 * CSV and the public corpora differ only in the column names and the label vocabulary.
 */
final class ColumnMapper implements RowMapper {
    private final String eventColumn;
    private final EventColumnOverride eventOverride;
    private final String textColumn;
    private final String labelColumn;
    private final String idColumn;
    private final String speakerColumn;
    private final String sourceColumn;
    private final Function<String, Optional<Stance>> labels;
    private final String acceptedLabels;
    private final boolean dropsSharedTrailingTag;

    /**
     * Rows whose event lives in another column: those whose {@code markerColumn} holds {@code marker}
     * take their event from {@code eventColumn}.
     */
    private record EventColumnOverride(String markerColumn, String marker, String eventColumn) {
        static final EventColumnOverride NONE = new EventColumnOverride(null, null, null);

        boolean applies(TableReader.Row row) {
            String value = markerColumn == null ? null : row.get(markerColumn);
            return value != null && value.strip().equals(marker);
        }
    }

    private ColumnMapper(String event, String text, String label, String id, String speaker, String source,
                         Function<String, Optional<Stance>> labels, String acceptedLabels, boolean dropsSharedTrailingTag) {
        this(event, EventColumnOverride.NONE, text, label, id, speaker, source, labels, acceptedLabels, dropsSharedTrailingTag);
    }

    private ColumnMapper(String event, EventColumnOverride eventOverride, String text, String label, String id,
                         String speaker, String source, Function<String, Optional<Stance>> labels,
                         String acceptedLabels, boolean dropsSharedTrailingTag) {
        this.eventColumn = event;
        this.eventOverride = eventOverride;
        this.textColumn = text;
        this.labelColumn = label;
        this.idColumn = id;
        this.speakerColumn = speaker;
        this.sourceColumn = source;
        this.labels = labels;
        this.acceptedLabels = acceptedLabels;
        this.dropsSharedTrailingTag = dropsSharedTrailingTag;
    }

    /** The project's CSV format. */
    static ColumnMapper stance4j() {
        return new ColumnMapper("event", "text", "stance", "id", "speaker", "source",
                LabelAliases::parse, LabelAliases.ACCEPTED, false);
    }

    /** SemEval-2016 Task 6; drops the corpus's marker hashtag that ends every tweet ({@link SharedTrailingTag}). */
    static ColumnMapper semeval2016() {
        Map<String, Stance> vocabulary = Map.of("FAVOR", Stance.SUPPORTIVE, "AGAINST", Stance.CONDEMNING, "NONE", Stance.NEUTRAL);
        return new ColumnMapper("target", "tweet", "stance", "id", null, null,
                l -> Optional.ofNullable(vocabulary.get(l.strip())), "FAVOR, AGAINST, NONE",
                true);
    }

    /**
     * VAST (Allaway and McKeown, 2020). Its synthetic neutral rows (type_idx 4) pair a comment with a
     * topic drawn from another comment; that topic is only in topic_str, while new_topic still names
     * the comment's own topic, toward which it does take a side.
     */
    static ColumnMapper vast() {
        Map<String, Stance> vocabulary = Map.of("1", Stance.SUPPORTIVE, "0", Stance.CONDEMNING, "2", Stance.NEUTRAL);
        return new ColumnMapper("new_topic", new EventColumnOverride("type_idx", "4", "topic_str"), "post", "label", "new_id", "author", null,
                l -> Optional.ofNullable(vocabulary.get(l.strip())), "0 (con), 1 (pro), 2 (neutral)", false);
    }

    /** Emergent (Ferreira and Vlachos, 2016). */
    static ColumnMapper emergent() {
        Map<String, Stance> vocabulary = Map.of("for", Stance.SUPPORTIVE, "against", Stance.CONDEMNING, "observing", Stance.NEUTRAL);
        return new ColumnMapper("claimheadline", "articleheadline", "articleheadlinestance", "articleid", null, null,
                l -> Optional.ofNullable(vocabulary.get(l.strip())), "for, against, observing", false);
    }

    @Override
    public void checkHeader(TableReader table) throws InvalidDataException {
        for (String required : List.of(eventColumn, textColumn, labelColumn)) {
            if (!table.hasColumn(required)) {
                throw new InvalidDataException(table.file(), 1, null, "missing required column '" + required
                        + "' (the header has: " + String.join(", ", table.header()) + ")");
            }
        }
    }

    @Override
    public List<LabeledStatement> finish(List<LabeledStatement> statements) {
        return dropsSharedTrailingTag ? SharedTrailingTag.drop(statements) : statements;
    }

    @Override
    public LabeledStatement map(TableReader.Row row, long dataRow) throws RowProblem {
        int expected = row.columns().values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (row.values().size() < expected) {
            throw new RowProblem(null, "the row has " + row.values().size() + " fields, the header has " + expected);
        }
        if (row.values().size() > expected && !row.values().subList(expected, row.values().size()).stream().allMatch(String::isEmpty)) {
            throw new RowProblem(null, "the row has " + row.values().size() + " fields, the header has " + expected
                    + " (an unquoted comma in a field?)");
        }
        String event = required(row, eventOverride.applies(row) ? eventOverride.eventColumn() : eventColumn, "event");
        String text = required(row, textColumn, "text");
        if (text.isBlank()) {
            throw new RowProblem(textColumn, "the text is empty");
        }
        String label = row.get(labelColumn);
        Stance stance = labels.apply(label == null ? "" : label)
                .orElseThrow(() -> new RowProblem(labelColumn, "unknown label '" + label + "' (accepted: " + acceptedLabels + ")"));
        String id = optional(row, idColumn);
        return new LabeledStatement(id.isEmpty() ? Long.toString(dataRow) : id, event, text, stance,
                optional(row, speakerColumn), optional(row, sourceColumn));
    }

    private static String required(TableReader.Row row, String column, String what) throws RowProblem {
        String value = row.get(column);
        if (value == null && !row.columns().containsKey(column)) {
            throw new RowProblem(null, "the " + what + " of this row belongs in a column '" + column + "', which the header lacks");
        }
        if (value == null || value.isBlank()) {
            throw new RowProblem(column, "the " + what + " is empty");
        }
        return value.strip();
    }

    private static String optional(TableReader.Row row, String column) {
        if (column == null) {
            return "";
        }
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }
}

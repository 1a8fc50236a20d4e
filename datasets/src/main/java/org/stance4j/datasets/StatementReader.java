package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;
import org.stance4j.model.StanceInput;

import java.io.InputStream;
import java.util.List;

/**
 * Streams unlabeled statements from a CSV file, one row at a time, for prediction: a {@code text}
 * column and an {@code event} column (or one event for every row); other columns are passed through.
 * Reads in constant memory whatever the file's size; errors name the file and line.
 */
public final class StatementReader implements AutoCloseable {
    private final TableReader table;
    private final String fixedEvent;
    private final boolean skipInvalid;
    private long skipped;

    /** A row: its line, its values in header order, and the statement to classify. */
    public record Row(long line, List<String> values, StanceInput input) {
    }

    private StatementReader(TableReader table, String fixedEvent, boolean skipInvalid) {
        this.table = table;
        this.fixedEvent = fixedEvent;
        this.skipInvalid = skipInvalid;
    }

    /**
     * @param fixedEvent the event of every row, or null to read it from the {@code event} column
     */
    public static StatementReader open(String origin, InputStream in, ReadOptions options, String fixedEvent)
            throws InvalidDataException {
        TableReader table = TableReader.open(origin, in,
                options.encoding() != null ? options.encoding() : DataFormat.CSV.defaultCharset(),
                DatasetReader.tableFormat(DataFormat.CSV), options.maxFieldChars());
        if (!table.hasColumn("text")) {
            table.close();
            throw new InvalidDataException(origin, 1, null, "missing required column 'text' (the header has: "
                    + String.join(", ", table.header()) + ")");
        }
        if (fixedEvent == null && !table.hasColumn("event")) {
            table.close();
            throw new InvalidDataException(origin, 1, null, "missing column 'event' (or give one event for every row with --event)");
        }
        return new StatementReader(table, fixedEvent, options.skipInvalid());
    }

    /** The header as written. */
    public List<String> header() {
        return table.header();
    }

    /** The next row, or null at the end. */
    public Row next() throws InvalidDataException {
        for (TableReader.Row row = table.next(); row != null; row = table.next()) {
            String problem = null;
            String column = null;
            if (row.values().size() != table.header().size()) {
                problem = "the row has " + row.values().size() + " fields, the header has " + table.header().size();
            }
            String text = row.get("text");
            String event = fixedEvent != null ? fixedEvent : row.get("event");
            if (problem == null && (text == null || text.isBlank())) {
                problem = "the text is empty";
                column = "text";
            } else if (problem == null && (event == null || event.isBlank())) {
                problem = "the event is empty";
                column = "event";
            }
            if (problem == null) {
                return new Row(row.line(), row.values(), new StanceInput(event.strip(), text.strip()));
            }
            if (!skipInvalid) {
                throw new InvalidDataException(table.file(), row.line(), column, problem + " (use --skip-invalid to skip such rows)");
            }
            skipped++;
        }
        return null;
    }

    /** Rows skipped as invalid so far. */
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        table.close();
    }
}

package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an event-relations CSV through {@link TableReader}, so that encoding and quoting errors read
 * like the datasets' own, and refuses the first bad row with the file and line: a header other than
 * {@code event_a,event_b,relation}, a row of the wrong width, an empty event, an unknown relation,
 * an event paired with itself, or a pair recorded twice (in either order).
 */
final class EventRelationsReader {
    private static final List<String> HEADER = List.of("event_a", "event_b", "relation");
    private static final String ACCEPTED = Arrays.stream(EventRelation.values())
            .map(EventRelation::label).collect(Collectors.joining(", "));

    private EventRelationsReader() {
    }

    static List<EventRelations.Recorded> read(String origin, InputStream in) throws InvalidDataException {
        try (TableReader table = TableReader.open(origin, in, StandardCharsets.UTF_8,
                DatasetReader.tableFormat(DataFormat.CSV), ReadOptions.DEFAULT_MAX_FIELD_CHARS)) {
            // exact, unlike the statement files: the record is written by a program, and a loose
            // header would hide a file of some other kind
            if (!table.header().equals(HEADER)) {
                throw new InvalidDataException(origin, 1, null, "the header must be exactly '"
                        + String.join(",", HEADER) + "', not '" + String.join(",", table.header()) + "'");
            }
            List<EventRelations.Recorded> recorded = new ArrayList<>();
            Map<List<String>, EventRelations.Recorded> seen = new HashMap<>();
            for (TableReader.Row row = table.next(); row != null; row = table.next()) {
                EventRelations.Recorded current = new EventRelations.Recorded(pair(origin, row), row.line());
                EventPair pair = current.pair();
                EventRelations.Recorded earlier = seen.putIfAbsent(EventRelations.key(pair.eventA(), pair.eventB()), current);
                if (earlier != null) {
                    throw twice(origin, current, earlier);
                }
                recorded.add(current);
            }
            if (recorded.isEmpty()) {
                throw new InvalidDataException(origin, 0, null, "no pairs after the header");
            }
            return recorded;
        }
    }

    private static EventPair pair(String origin, TableReader.Row row) throws InvalidDataException {
        if (row.values().size() != HEADER.size()) {
            throw new InvalidDataException(origin, row.line(), null,
                    "the row has " + row.values().size() + " fields, the header has " + HEADER.size());
        }
        String a = event(origin, row, "event_a");
        String b = event(origin, row, "event_b");
        String word = row.get("relation").strip();
        EventRelation relation = EventRelation.fromLabel(word).orElseThrow(() -> new InvalidDataException(
                origin, row.line(), "relation", "unknown relation '" + word + "' (accepted: " + ACCEPTED + ")"));
        if (a.equals(b)) {
            throw new InvalidDataException(origin, row.line(), null, "the event '" + a + "' is paired with itself");
        }
        return new EventPair(a, b, relation);
    }

    private static String event(String origin, TableReader.Row row, String column) throws InvalidDataException {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            throw new InvalidDataException(origin, row.line(), column, "the event is empty");
        }
        return value;
    }

    private static InvalidDataException twice(String origin, EventRelations.Recorded pair,
                                              EventRelations.Recorded earlier) {
        EventRelation now = pair.pair().relation();
        EventRelation before = earlier.pair().relation();
        String problem = now == before
                ? "the pair is already recorded on line " + earlier.line()
                : "the pair is recorded as " + now + " here but as " + before + " on line " + earlier.line()
                        + " (one relation per pair)";
        return new InvalidDataException(origin, pair.line(), null, problem);
    }
}

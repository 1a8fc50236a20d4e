package org.stance4j.datasets;

import org.stance4j.model.InvalidDataException;
import org.stance4j.model.bundle.Sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the events of a corpus relate to each other, read from a CSV file with the header
 * {@code event_a,event_b,relation}: which pairs pull in opposite directions, which are related
 * without doing so, and which have no bearing on each other. The bundled record describes the
 * bundled corpus (see datasets/DATASHEET.md). Immutable.
 */
public final class EventRelations {
    /** The name under which the bundled record appears in messages. */
    public static final String ORIGIN = "bundled:stance4j-event-relations.csv";
    private static final String RESOURCE = "stance4j-event-relations.csv";

    private final String origin;
    private final String sha256;
    private final List<Recorded> recorded;
    private final List<EventPair> pairs;
    private final Map<List<String>, EventPair> byEvents = new HashMap<>();

    /** A pair as read, with its line, so that a check against a corpus can point back at the file. */
    record Recorded(EventPair pair, long line) {
    }

    private EventRelations(String origin, String sha256, List<Recorded> recorded) {
        this.origin = origin;
        this.sha256 = sha256;
        this.recorded = List.copyOf(recorded);
        this.pairs = recorded.stream().map(Recorded::pair)
                .sorted(Comparator.comparing(EventPair::eventA).thenComparing(EventPair::eventB))
                .toList();
        pairs.forEach(p -> byEvents.put(key(p.eventA(), p.eventB()), p));
    }

    /** The record of the bundled corpus's events. */
    public static EventRelations bundled() {
        try (InputStream in = BundledCorpus.open(RESOURCE)) {
            return read(ORIGIN, in);
        } catch (InvalidDataException e) {
            throw new IllegalStateException("the bundled event relations are invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventRelations read(Path file) throws InvalidDataException {
        DatasetReader.checkReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidDataException(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    /** Reads from a stream; {@code origin} names it in messages. */
    public static EventRelations read(String origin, InputStream in) throws InvalidDataException {
        // a record is a few hundred lines: read it whole, so that its hash is of exactly what was parsed
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidDataException(origin, 0, null, "cannot read: " + e.getMessage());
        }
        return new EventRelations(origin, Sha256.of(bytes), EventRelationsReader.read(origin, new ByteArrayInputStream(bytes)));
    }

    /** The file or resource the record was read from. */
    public String origin() {
        return origin;
    }

    /** The SHA-256 of the record's bytes, hex: what a model trained on rows derived from it records. */
    public String sha256() {
        return sha256;
    }

    /** How two events relate, in either order; empty when the pair is not recorded. */
    public Optional<EventRelation> relation(String a, String b) {
        return Optional.ofNullable(byEvents.get(key(a, b))).map(EventPair::relation);
    }

    /** The events recorded as pulling the opposite way from {@code event}, sorted. */
    public List<String> opposites(String event) {
        return partners(event, EventRelation.OPPOSITE);
    }

    /** The events recorded as having no bearing on {@code event}, sorted. */
    public List<String> unrelated(String event) {
        return partners(event, EventRelation.UNRELATED);
    }

    /** The events paired with {@code event} under {@code relation}, sorted. */
    public List<String> partners(String event, EventRelation relation) {
        Objects.requireNonNull(event, "event");
        return pairs.stream()
                .filter(p -> p.relation() == relation && p.involves(event))
                .map(p -> p.other(event))
                .sorted()
                .toList();
    }

    /** Every recorded pair, sorted by its first event, then its second. */
    public List<EventPair> pairs() {
        return pairs;
    }

    /**
     * Checks the record against a corpus: every event it names is in the corpus; every two events
     * that share a statement text are recorded, as opposite or related; no unrelated pair shares a
     * text; and no opposite pair has a text with the same supportive or condemning stance toward both.
     *
     * @throws InvalidDataException on the first problem, naming this record's file and the pair's line
     */
    public void check(Dataset corpus) throws InvalidDataException {
        EventRelationsCheck.check(this, corpus);
    }

    /** The pairs in file order, with their lines. */
    List<Recorded> recorded() {
        return recorded;
    }

    /** The same key for (a, b) and (b, a). */
    static List<String> key(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }
}

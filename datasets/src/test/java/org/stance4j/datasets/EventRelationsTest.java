package org.stance4j.datasets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventRelationsTest {
    private static final String FREEZE = "City council freezes residential rents for three years";
    private static final String RULING = "Court strikes down city's three-year rent freeze";
    private static final String HEADER = "event_a,event_b,relation\n";
    static Dataset corpus;
    static EventRelations bundled;
    static List<String> bundledLines;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        corpus = BundledCorpus.load();
        bundled = EventRelations.bundled();
        try (InputStream in = BundledCorpus.open("stance4j-event-relations.csv")) {
            bundledLines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private InvalidDataException fails(Path p) {
        return assertThrows(InvalidDataException.class, () -> EventRelations.read(p));
    }

    private InvalidDataException failsAgainstCorpus(Path p) throws InvalidDataException {
        EventRelations relations = EventRelations.read(p);
        return assertThrows(InvalidDataException.class, () -> relations.check(corpus));
    }

    /** The bundled file with line {@code index} (0 is the header) replaced, or dropped when {@code with} is null. */
    private Path bundledWith(int index, String with) throws IOException {
        List<String> lines = new ArrayList<>(bundledLines);
        if (with == null) {
            lines.remove(index);
        } else {
            lines.set(index, with);
        }
        return file("copy.csv", String.join("\n", lines) + "\n");
    }

    private static int lineOf(String a, String b) {
        for (int i = 1; i < bundledLines.size(); i++) {
            if (bundledLines.get(i).startsWith(a + ",") && bundledLines.get(i).contains("," + b + ",")) {
                return i;
            }
        }
        throw new AssertionError("no line for " + a + " / " + b);
    }

    @Test
    void theBundledRecordPassesEveryCheckAgainstTheBundledCorpus() throws Exception {
        bundled.check(corpus);
    }

    @Test
    void everyEventOfTheCorpusHasAtLeastTwoUnrelatedEvents() {
        for (String event : corpus.eventCounts().keySet()) {
            assertTrue(bundled.unrelated(event).size() >= 2, event + ": " + bundled.unrelated(event));
        }
    }

    @Test
    void theBundledFileIsSortedWithEachPairInOrder() {
        List<List<String>> rows = new ArrayList<>();
        BundledCorpus.forEachRecord("stance4j-event-relations.csv", r -> rows.add(List.of(r.get("event_a"), r.get("event_b"))));
        for (List<String> row : rows) {
            assertTrue(row.get(0).compareTo(row.get(1)) < 0, "not in canonical order: " + row);
        }
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)));
        assertEquals(sorted, rows, "the file is not sorted");
    }

    @Test
    void theDatasheetGivesTheCountOfEachRelation() throws IOException {
        // surefire runs in the module's folder
        String sheet = Files.readString(Path.of("DATASHEET.md"), StandardCharsets.UTF_8);
        for (EventRelation relation : EventRelation.values()) {
            long count = bundled.pairs().stream().filter(p -> p.relation() == relation).count();
            String row = "| " + relation + " | " + count + " |";
            assertTrue(sheet.contains(row), "DATASHEET.md should have the row " + row);
        }
    }

    @Test
    void answersInEitherOrder() {
        assertEquals(Optional.of(EventRelation.OPPOSITE), bundled.relation(FREEZE, RULING));
        assertEquals(Optional.of(EventRelation.OPPOSITE), bundled.relation(RULING, FREEZE));
        assertEquals(List.of(RULING), bundled.opposites(FREEZE));
        assertEquals(List.of(FREEZE), bundled.opposites(RULING));
        assertEquals(Optional.empty(), bundled.relation(FREEZE, FREEZE));
        assertEquals(Optional.empty(), bundled.relation(FREEZE, "An event nobody wrote"));
        assertTrue(bundled.unrelated(FREEZE).stream().noneMatch(bundled.opposites(FREEZE)::contains));
    }

    @Test
    void pairsAreKeptInOrderWhateverOrderTheFileUses() throws Exception {
        EventRelations relations = EventRelations.read(file("r.csv", HEADER + "b,a,unrelated\n"));
        assertEquals(List.of(new EventPair("a", "b", EventRelation.UNRELATED)), relations.pairs());
        assertEquals(List.of("a"), relations.partners("b", EventRelation.UNRELATED));
    }

    @Test
    void aRecordCarriesTheHashOfItsBytesAndDerivedRowsRecordIt() throws Exception {
        String text = HEADER + "b,a,unrelated\n";
        Path p = file("hashed.csv", text);
        EventRelations relations = EventRelations.read(p);
        assertEquals(org.stance4j.model.bundle.Sha256.of(text.getBytes(StandardCharsets.UTF_8)), relations.sha256());
        try (InputStream in = BundledCorpus.open("stance4j-event-relations.csv")) {
            assertEquals(org.stance4j.model.bundle.Sha256.of(in), bundled.sha256());
        }
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        DerivedRows.of(Augmentation.NONE, relations).addTo(settings);
        assertTrue(settings.isEmpty(), "a model trained without derived rows keeps the manifest it always had");
        DerivedRows.of(Augmentation.OPPOSITE, relations).addTo(settings);
        assertEquals(java.util.Map.of("augmentation", "opposite", "relations", p.toString(), "relationsSha256", relations.sha256()),
                settings);
        assertThrows(IllegalArgumentException.class, () -> new DerivedRows(Augmentation.OPPOSITE, null, null));
    }

    @Test
    void theHeaderMustBeExact() throws Exception {
        for (String header : List.of("event_a,event_b,kind\n", "Event_A,event_b,relation\n", "event_b,event_a,relation\n",
                "event_a,event_b,relation,note\n")) {
            Path p = file("h.csv", header + "a,b,opposite\n");
            InvalidDataException e = fails(p);
            assertTrue(e.getMessage().startsWith(p + ":1: the header must be exactly 'event_a,event_b,relation'"), e.getMessage());
        }
    }

    @Test
    void anUnknownRelationNamesLineAndColumn() throws Exception {
        Path p = file("r.csv", HEADER + "a,b,opposite\nc,d,opposed\n");
        assertEquals(p + ":3: column 'relation': unknown relation 'opposed' (accepted: opposite, related, unrelated)",
                fails(p).getMessage());
    }

    @Test
    void anEventPairedWithItselfIsRefused() throws Exception {
        Path p = file("r.csv", HEADER + "a,a,unrelated\n");
        assertEquals(p + ":2: the event 'a' is paired with itself", fails(p).getMessage());
    }

    @Test
    void aPairRecordedTwiceInEitherOrderIsRefused() throws Exception {
        Path same = file("same.csv", HEADER + "a,b,opposite\nc,d,unrelated\na,b,opposite\n");
        assertEquals(same + ":4: the pair is already recorded on line 2", fails(same).getMessage());
        Path reversed = file("reversed.csv", HEADER + "a,b,opposite\nb,a,opposite\n");
        assertEquals(reversed + ":3: the pair is already recorded on line 2", fails(reversed).getMessage());
    }

    @Test
    void aPairRecordedAsTwoRelationsIsRefused() throws Exception {
        Path p = file("r.csv", HEADER + "a,b,opposite\nb,a,unrelated\n");
        assertEquals(p + ":3: the pair is recorded as unrelated here but as opposite on line 2 (one relation per pair)",
                fails(p).getMessage());
    }

    @Test
    void badRowsAndEmptyFilesNameTheirLine() throws Exception {
        Path narrow = file("narrow.csv", HEADER + "a,b\n");
        assertEquals(narrow + ":2: the row has 2 fields, the header has 3", fails(narrow).getMessage());
        Path empty = file("empty-event.csv", HEADER + " ,b,related\n");
        assertEquals(empty + ":2: column 'event_a': the event is empty", fails(empty).getMessage());
        Path headerOnly = file("header-only.csv", HEADER);
        assertEquals(headerOnly + ": no pairs after the header", fails(headerOnly).getMessage());
        Path nothing = file("nothing.csv", "");
        assertTrue(fails(nothing).getMessage().startsWith(nothing + ": the file is empty"));
    }

    @Test
    void leavingOutAnyPairThatSharesATextFailsTheCheck() throws Exception {
        int checked = 0;
        for (int i = 1; i < bundledLines.size(); i++) {
            if (bundledLines.get(i).endsWith(",unrelated")) {
                continue;
            }
            Path copy = bundledWith(i, null);
            InvalidDataException e = failsAgainstCorpus(copy);
            assertTrue(e.getMessage().startsWith(copy + ": '") && e.getMessage().contains("the pair is not recorded"),
                    e.getMessage());
            checked++;
        }
        assertTrue(checked >= 30, "pairs checked: " + checked);
    }

    @Test
    void anUnrelatedPairThatSharesATextFailsTheCheck() throws Exception {
        int line = lineOf(FREEZE, RULING);
        Path copy = bundledWith(line, FREEZE + "," + RULING + ",unrelated");
        InvalidDataException e = failsAgainstCorpus(copy);
        assertTrue(e.getMessage().startsWith(copy + ":" + (line + 1) + ": recorded as unrelated, but the two events share the text of rows "),
                e.getMessage());
    }

    @Test
    void anOppositePairWhoseTextKeepsItsStanceFailsTheCheck() throws Exception {
        String sanctions = "European Union imposes fresh sanctions on Veloria's oil and gas exports";
        String expulsion = "Foreign Ministry expels Veloria's ambassador over espionage allegations";
        int line = lineOf(sanctions, expulsion);
        Path copy = bundledWith(line, sanctions + "," + expulsion + ",opposite");
        InvalidDataException e = failsAgainstCorpus(copy);
        assertTrue(e.getMessage().startsWith(copy + ":" + (line + 1) + ": recorded as opposite, but rows "), e.getMessage());
    }

    @Test
    void anEventThatIsNotInTheCorpusFailsTheCheck() throws Exception {
        Path copy = file("copy.csv", String.join("\n", bundledLines) + "\n" + FREEZE + ",A made-up event,unrelated\n");
        InvalidDataException e = failsAgainstCorpus(copy);
        assertEquals(copy + ":" + (bundledLines.size() + 1) + ": the event 'A made-up event' is not in " + BundledCorpus.ORIGIN,
                e.getMessage());
    }

    @Test
    void theLabelsAreTheFileWords() {
        assertEquals(List.of("opposite", "related", "unrelated"),
                Arrays.stream(EventRelation.values()).map(EventRelation::label).toList());
        assertEquals(Optional.of(EventRelation.RELATED), EventRelation.fromLabel(" Related "));
        assertEquals(Optional.empty(), EventRelation.fromLabel("opposed"));
    }
}

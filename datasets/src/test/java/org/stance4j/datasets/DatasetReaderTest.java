package org.stance4j.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private InvalidDataException fails(Path p) {
        return fails(p, ReadOptions.defaults());
    }

    private InvalidDataException fails(Path p, ReadOptions options) {
        return assertThrows(InvalidDataException.class, () -> DatasetReader.read(p, DataFormat.CSV, options));
    }

    @Test
    void readsColumnsInAnyOrderAndCase() throws Exception {
        Path p = file("ok.csv", "Stance,TEXT,speaker,Event,id,extra\n"
                + "supportive,\"Our primary concern is ensuring that international legal processes are respected\","
                + "a French ministry spokesperson,France refuses to cooperate,q1,x\n"
                + "CONDEMNING,\"France's refusal to assist in this matter is deeply disappointing\",,France refuses to cooperate,,y\n");
        Dataset d = DatasetReader.read(p, DataFormat.CSV);
        assertEquals(2, d.size());
        LabeledStatement first = d.statements().get(0);
        assertEquals("q1", first.id());
        assertEquals(Stance.SUPPORTIVE, first.stance());
        assertEquals("a French ministry spokesperson", first.speaker());
        assertEquals("2", d.statements().get(1).id(), "a row without id gets its data row number");
        assertEquals(64, d.sha256().length());
    }

    @Test
    void acceptsLabelAliases() throws Exception {
        Path p = file("aliases.csv", "event,text,stance\ne,a,favor\ne,b,AGAINST\ne,c,none\ne,d,Pro\ne,f,con\ne,g,Neutral\n");
        assertEquals(List.of(Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL, Stance.SUPPORTIVE, Stance.CONDEMNING, Stance.NEUTRAL),
                DatasetReader.read(p, DataFormat.CSV).statements().stream().map(LabeledStatement::stance).toList());
    }

    @Test
    void toleratesBomCrlfMixedLineEndsAndBlankLines() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "event,text,stance\r\ne,\"multi\r\nline\",neutral\n\ne,b,supportive\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Dataset d = DatasetReader.read(bytes("bom.csv", all), DataFormat.CSV);
        assertEquals(2, d.size());
        assertEquals("multi\r\nline", d.statements().get(0).text());
    }

    @Test
    void unknownLabelNamesLineAndColumn() throws Exception {
        InvalidDataException e = fails(file("label.csv", "event,text,stance\ne,a,supportive\ne,b,maybe\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(dir.resolve("label.csv") + ":3: column 'stance': unknown label 'maybe'"), e.getMessage());
    }

    @Test
    void emptyTextOrEventIsAnError() throws Exception {
        assertTrue(fails(file("text.csv", "event,text,stance\ne,a,neutral\ne,  ,neutral\n")).getMessage().contains(":3: column 'text': the text is empty"));
        assertTrue(fails(file("event.csv", "event,text,stance\n ,a,neutral\n")).getMessage().contains(":2: column 'event': the event is empty"));
    }

    @Test
    void missingAndDuplicateColumnsAreReportedOnTheHeader() throws Exception {
        InvalidDataException missing = fails(file("missing.csv", "event,tweet,stance\ne,a,neutral\n"));
        assertTrue(missing.getMessage().contains(":1: missing required column 'text' (the header has: event, tweet, stance)"), missing.getMessage());
        InvalidDataException twice = fails(file("twice.csv", "event,text,Text,stance\ne,a,b,neutral\n"));
        assertTrue(twice.getMessage().contains(":1: column 'Text': the header names this column twice"), twice.getMessage());
    }

    @Test
    void brokenQuotingNamesTheLineWhereTheFieldStarts() throws Exception {
        InvalidDataException e = fails(file("quote.csv", "event,text,stance\ne,ok,neutral\ne,\"never closed,neutral\ne,x,neutral\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("never closed (unbalanced quote)"), e.getMessage());
        InvalidDataException stray = fails(file("stray.csv", "event,text,stance\ne,\"quoted\"trailing,neutral\n"));
        assertTrue(stray.getMessage().contains(":2: unexpected character after a closing quote"), stray.getMessage());
    }

    @Test
    void tooManyOrTooFewFieldsAreRowErrors() throws Exception {
        InvalidDataException many = fails(file("many.csv", "event,text,stance\ne,a, b,neutral\n"));
        assertTrue(many.getMessage().contains(":2: the row has 4 fields, the header has 3"), many.getMessage());
        InvalidDataException few = fails(file("few.csv", "event,text,stance\ne,a\n"));
        assertTrue(few.getMessage().contains(":2: the row has 2 fields, the header has 3"), few.getMessage());
    }

    @Test
    void skipInvalidSkipsAndCountsBadRows() throws Exception {
        Path p = file("mixed.csv", "event,text,stance\ne,a,supportive\ne,,neutral\ne,c,maybe\ne,d,condemning\ne,x,y,z\n");
        Dataset d = DatasetReader.read(p, DataFormat.CSV, ReadOptions.defaults().withSkipInvalid(true));
        assertEquals(2, d.size());
        assertEquals(3, d.skipped());
        assertTrue(fails(p).getMessage().contains("use --skip-invalid"));
    }

    @Test
    void emptyHeaderOnlyDirectoryAndMissingFiles() throws Exception {
        assertTrue(fails(file("empty.csv", "")).getMessage().endsWith("the file is empty (expected a header row)"));
        assertTrue(fails(file("header.csv", "event,text,stance\n")).getMessage().endsWith("no data rows after the header"));
        assertTrue(fails(dir).getMessage().endsWith("is a directory, not a file"));
        assertTrue(fails(dir.resolve("nope.csv")).getMessage().endsWith("no such file"));
    }

    @Test
    void invalidUtf8GivesTheByteOffsetAndSuggestsAnEncoding() throws Exception {
        byte[] content = "event,text,stance\ne,caf\u00e9,neutral\ne,na".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[content.length + 12];
        System.arraycopy(content, 0, bad, 0, content.length);
        System.arraycopy(new byte[] {(byte) 0x92, 'v', 'e', ',', 'n', 'e', 'u', 't', 'r', 'a', 'l', '\n'}, 0, bad, content.length, 12);
        Path p = bytes("latin.csv", bad);
        InvalidDataException e = fails(p);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("bytes at offset " + content.length + " are not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding windows-1252"), e.getMessage());
        Dataset d = DatasetReader.read(p, DataFormat.CSV, ReadOptions.defaults().withEncoding(Charset.forName("windows-1252")));
        assertEquals("na\u2019ve", d.statements().get(1).text());
    }

    @Test
    void binaryFilesAreRecognised() throws Exception {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 0, 20, 0};
        assertTrue(fails(bytes("model.zip", binary)).getMessage().contains("NUL character: this looks like a binary file"));
    }

    @Test
    void aHugeFieldIsRefusedWithALimitThatCanBeRaised() throws Exception {
        String big = "x".repeat(2_000);
        Path p = file("big.csv", "event,text,stance\ne," + big + ",neutral\n");
        InvalidDataException e = fails(p, ReadOptions.defaults().withMaxFieldChars(1_000));
        assertTrue(e.getMessage().contains("longer than 1000 characters (raise the limit with --max-field-chars)"), e.getMessage());
        assertEquals(1, DatasetReader.read(p, DataFormat.CSV, ReadOptions.defaults().withMaxFieldChars(5_000)).size());
    }

    @Test
    void writtenStatementsReadBackUnchanged() throws Exception {
        List<LabeledStatement> statements = List.of(
                new LabeledStatement("a", "Event, with comma", "He said \"no\",\nthen left", Stance.CONDEMNING, "a \"spokesperson\"", "quote"),
                new LabeledStatement("b", "Event", "  padded text  ".strip(), Stance.NEUTRAL, "", ""));
        Path p = dir.resolve("written.csv");
        try (var w = Files.newBufferedWriter(p)) {
            DatasetWriter.write(statements, w);
        }
        assertEquals(statements, DatasetReader.read(p, DataFormat.CSV).statements());
    }
}

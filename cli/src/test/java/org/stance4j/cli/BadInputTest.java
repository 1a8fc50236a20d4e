package org.stance4j.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input a user may feed to {@code train}: one line on stderr that names the file (and the
 * line and column where they apply) and says what is wrong, exit code 2, no stack trace, no model
 * written. docs/reliability.md lists these cases.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        String header = "event,text,stance\n";
        return Stream.of(
                Arguments.of("empty file", bytes(""), "the file is empty"),
                Arguments.of("header only", bytes(header), "no data rows after the header"),
                Arguments.of("missing required column", bytes("event,tweet,stance\ne,t,neutral\n"), ":1: missing required column 'text'"),
                Arguments.of("duplicate column", bytes("event,text,Text,stance\ne,a,b,neutral\n"), ":1: column 'Text': the header names this column twice"),
                Arguments.of("unknown label", bytes(header + "e,a,neutral\ne,b,maybe\n"), ":3: column 'stance': unknown label 'maybe'"),
                Arguments.of("empty text", bytes(header + "e,,neutral\n"), ":2: column 'text': the text is empty"),
                Arguments.of("whitespace-only event", bytes(header + "   ,a,neutral\n"), ":2: column 'event': the event is empty"),
                Arguments.of("unbalanced quotes", bytes(header + "e,a,neutral\ne,\"stray,neutral\ne,b,neutral\n"), ":3: a quoted field starting on this line is never closed"),
                Arguments.of("too many fields", bytes(header + "e,a, b,neutral\n"), ":2: the row has 4 fields, the header has 3"),
                Arguments.of("invalid UTF-8", concat(bytes(header + "e,caf"), new byte[] {(byte) 0xE9}, bytes(",neutral\n")),
                        ":2: bytes at offset 23 are not valid UTF-8 (if the file uses another encoding, pass it with --encoding"),
                Arguments.of("binary file", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00}, "NUL character: this looks like a binary file"),
                Arguments.of("one class only", bytes(header + "e,a,neutral\ne,b,neutral\ne,c,none\n"), "every statement has the stance 'neutral'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badDataIsOneClearLineAndExitTwo(String name, byte[] content, String expected) throws Exception {
        Path file = dir.resolve(name.replace(' ', '-') + ".csv");
        Files.write(file, content);
        assertRefused(expected, "train", "--data", file.toString(), "--holdout", "0");
    }

    @org.junit.jupiter.api.Test
    void aDirectoryAMissingFileAndTooFewStatementsForTheFolds() throws Exception {
        assertRefused(dir + ": is a directory, not a file", "train", "--data", dir.toString());
        assertRefused("absent.csv: no such file", "train", "--data", dir.resolve("absent.csv").toString());
        Path three = dir.resolve("three.csv");
        Files.writeString(three, "event,text,stance\ne,a,neutral\ne,b,supportive\ne,c,condemning\n");
        assertRefused("only 3 statements for 5 folds", "cross-validate", "--data", three.toString(), "--folds", "5",
                "--report", dir.resolve("cv").toString());
    }

    @org.junit.jupiter.api.Test
    void anUnknownAugmentationOrOneWithoutRecordedRelationsIsRefused() throws Exception {
        assertRefused("--augment must be none, opposite, unrelated or both, got 'flip'", "train", "--augment", "flip");
        Path file = dir.resolve("own.csv");
        Files.writeString(file, "event,text,stance\ne,a,neutral\ne,b,supportive\ne,c,condemning\n");
        assertRefused("--augment opposite with --data needs --relations FILE", "train", "--data", file.toString(), "--augment", "opposite");
        assertRefused("--relations only matters with --augment", "train", "--data", file.toString(), "--relations", file.toString());
        Path relations = dir.resolve("relations.csv");
        Files.writeString(relations, "event_a,event_b,relation\ne,f,opposite\n");
        assertRefused(relations + ":2: the event 'f' is not in", "train", "--data", file.toString(), "--augment", "opposite",
                "--relations", relations.toString());
    }

    @org.junit.jupiter.api.Test
    void aHugeFieldIsRefusedUnlessTheLimitIsRaised() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "event,text,stance\ne,\"" + "x".repeat(10 * 1024 * 1024) + "\",neutral\n");
        assertRefused(":2: line is longer than 1000000 characters (raise the limit with --max-field-chars)",
                "train", "--data", big.toString());
    }

    private void assertRefused(String expected, String... args) throws Exception {
        Path model = dir.resolve("model.zip");
        Files.deleteIfExists(model);
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", model.toString(), "--no-progress"))
                .filter(a -> !(args[0].equals("cross-validate") && (a.equals("--out") || a.equals(model.toString()))))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Stance4j.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(model), "nothing written");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}

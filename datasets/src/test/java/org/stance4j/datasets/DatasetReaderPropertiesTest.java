package org.stance4j.datasets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Stance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Properties of reading and writing the project's CSV, over many generated inputs. */
class DatasetReaderPropertiesTest {
    @Provide
    Arbitrary<String> field() {
        // letters, separators, quotes, line breaks, non-ASCII and surrogate pairs; no NUL (refused as binary)
        return Arbitraries.strings()
                .withChars("abcXYZ ,;\"'\n\r\t#@é中")
                .withCharRange('\u0001', '\u007f')
                .withChars("\uD83D\uDE42")
                .ofMinLength(1).ofMaxLength(40)
                .map(String::strip)
                .filter(s -> !s.isEmpty() && wellFormed(s));
    }

    /** No lone surrogate: such a string is not text and has no UTF-8 form. */
    private static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    @Provide
    Arbitrary<LabeledStatement> statement() {
        return Combinators.combine(field(), field(), field(), Arbitraries.of(Stance.class), field(), field())
                .as((id, event, text, stance, speaker, source) -> new LabeledStatement(id, event, text, stance, speaker, source));
    }

    @Provide
    Arbitrary<List<LabeledStatement>> statements() {
        return statement().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void writtenStatementsReadBackUnchanged(@ForAll("statements") List<LabeledStatement> statements)
            throws IOException, InvalidDataException {
        StringWriter csv = new StringWriter();
        DatasetWriter.write(statements, csv);
        Dataset read = DatasetReader.read("generated.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                DataFormat.CSV, ReadOptions.defaults());
        assertEquals(statements, read.statements());
    }

    @Property(tries = 1000)
    void anyBytesGiveDataOrADataError(@ForAll @Size(max = 300) byte[] bytes, @ForAll boolean csvHeader) {
        byte[] header = "event,text,stance\n".getBytes(StandardCharsets.UTF_8);
        byte[] input = bytes;
        if (csvHeader) {
            input = new byte[header.length + bytes.length];
            System.arraycopy(header, 0, input, 0, header.length);
            System.arraycopy(bytes, 0, input, header.length, bytes.length);
        }
        for (DataFormat format : DataFormat.values()) {
            for (boolean skip : new boolean[] {false, true}) {
                try {
                    DatasetReader.read("random.bin", new ByteArrayInputStream(input), format, ReadOptions.defaults().withSkipInvalid(skip));
                } catch (InvalidDataException expected) {
                    // the documented outcome for bad input
                }
            }
        }
    }
}

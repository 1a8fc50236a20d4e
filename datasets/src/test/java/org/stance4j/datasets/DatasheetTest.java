package org.stance4j.datasets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DATASHEET.md's generated figures are exactly what {@code ./stance4j stats} prints now. */
class DatasheetTest {
    @Test
    void theDatasheetFiguresAreWhatTheCommandPrints() throws Exception {
        // surefire runs in the module's folder
        String sheet = Files.readString(Path.of("DATASHEET.md"), StandardCharsets.UTF_8);
        int begin = sheet.indexOf(CorpusDatasheet.BEGIN);
        int end = sheet.indexOf(CorpusDatasheet.END);
        assertTrue(begin >= 0 && end > begin, "DATASHEET.md has the figure markers");
        String written = sheet.substring(begin + CorpusDatasheet.BEGIN.length(), end).strip();
        assertEquals(CorpusDatasheet.figures().strip(), written,
                "DATASHEET.md is stale: replace the text between its markers with the output of ./stance4j stats");
    }
}

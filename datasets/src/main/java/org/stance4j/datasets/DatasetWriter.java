package org.stance4j.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes labeled statements in the project's CSV format (UTF-8 is the caller's writer's business). */
public final class DatasetWriter {
    /** The columns written, in order. */
    public static final List<String> COLUMNS = List.of("id", "event", "speaker", "source", "text", "stance");

    private DatasetWriter() {
    }

    public static void write(List<LabeledStatement> statements, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (LabeledStatement s : statements) {
                printer.printRecord(s.id(), s.event(), s.speaker(), s.source(), s.text(), s.stance().label());
            }
        }
    }
}

package org.stance4j.benchmarks;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stance4j.model.StanceInput;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes benchmark statements as an {@code event,text} CSV, so that the command line and the peers
 * score exactly the statements the JMH benchmarks score.
 *
 * <p>Usage: ExportStatements tweet|words60 COUNT FILE
 */
public final class ExportStatements {
    private ExportStatements() {
    }

    public static void main(String[] args) throws Exception {
        Statements kind = Statements.fromId(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("event", "text").get())) {
            for (StanceInput in : kind.load(count)) {
                csv.printRecord(in.event(), in.text());
            }
        }
    }
}

package org.stance4j.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** {@code predict --output-format csv}: the input's columns, then the stance and its three probabilities. */
final class CsvSink implements RowSink {
    private final CSVPrinter printer;
    private final int columns;
    private final List<String> record = new ArrayList<>();

    CsvSink(Writer writer, List<String> header, List<String> added) throws IOException {
        List<String> names = new ArrayList<>(header);
        names.addAll(added);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(names.toArray(String[]::new)).get());
        this.columns = header.size();
    }

    @Override
    public void write(List<String> values, Prediction p) throws IOException {
        record.clear();
        for (int i = 0; i < columns; i++) {
            record.add(i < values.size() ? values.get(i) : "");
        }
        record.add(p.stance().label());
        record.add(RowSink.probability(p, Stance.SUPPORTIVE));
        record.add(RowSink.probability(p, Stance.CONDEMNING));
        record.add(RowSink.probability(p, Stance.NEUTRAL));
        printer.printRecord(record);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}


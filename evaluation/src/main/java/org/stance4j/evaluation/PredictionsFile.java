package org.stance4j.evaluation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code predictions.csv} of a report: every statement, its gold stance and the model's probabilities. */
public final class PredictionsFile {
    private static final String[] HEADER = {"id", "event", "speaker", "text", "gold", "predicted", "p_supportive", "p_condemning", "p_neutral"};

    private PredictionsFile() {
    }

    static void write(List<ScoredStatement> scored, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ScoredStatement s : scored) {
                LabeledStatement st = s.statement();
                Prediction p = s.prediction();
                csv.printRecord(st.id(), st.event(), st.speaker(), st.text(), st.stance().label(), p.stance().label(),
                        String.format(Locale.ROOT, "%.6f", p.probability(Stance.SUPPORTIVE)),
                        String.format(Locale.ROOT, "%.6f", p.probability(Stance.CONDEMNING)),
                        String.format(Locale.ROOT, "%.6f", p.probability(Stance.NEUTRAL)));
            }
        }
    }

    /** Reads the scored statements of a report folder's predictions.csv. */
    public static List<ScoredStatement> read(Path file) throws InvalidDataException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file, 0, null, "no such file (a report folder written by this version of stance4j has one)");
        }
        List<ScoredStatement> scored = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : csv) {
                long line = csv.getCurrentLineNumber();
                Stance gold = stance(file, line, "gold", r.get("gold"));
                Map<Stance, Double> p = new EnumMap<>(Stance.class);
                for (Stance s : Stance.values()) {
                    p.put(s, probability(file, line, r.get("p_" + s.label())));
                }
                scored.add(new ScoredStatement(new LabeledStatement(r.get("id"), r.get("event"), r.get("text"), gold, r.get("speaker"), ""),
                        Prediction.of(p)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidDataException(file, 0, null, "not a predictions file: " + e.getMessage());
        }
        return scored;
    }

    private static Stance stance(Path file, long line, String column, String label) throws InvalidDataException {
        return Stance.fromLabel(label).orElseThrow(() -> new InvalidDataException(file, line, column, "unknown stance '" + label + "'"));
    }

    private static double probability(Path file, long line, String value) throws InvalidDataException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(file, line, null, "not a probability: '" + value + "'");
        }
    }
}

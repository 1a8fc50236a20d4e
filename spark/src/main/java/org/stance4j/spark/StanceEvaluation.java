package org.stance4j.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.stance4j.datasets.LabelAliases;
import org.stance4j.model.Stance;
import org.stance4j.model.bundle.AtomicFile;
import org.stance4j.model.bundle.BundleJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

/**
 * The evaluation report's figures for a scored DataFrame with gold labels: examples, accuracy,
 * macro-F1, F_avg, precision/recall/F1/support per stance, the confusion matrix and per-event
 * scores, with the same definitions as {@code stance4j evaluate}'s {@code report.json}.
 *
 * <p>Spark counts the rows per (event, gold, predicted) and only those counts, a few per event, come
 * to the driver. Gold labels may be any label the CSV format accepts (favor/against/none too, any
 * case). Rows that were not scored (null predicted stance, see {@code stance_error}) are left out
 * and counted as {@link #unscored()}.
 *
 * <pre>{@code
 * StanceEvaluation e = StanceEvaluation.of(scored, "stance", "predicted_stance", "event");
 * e.macroF1();
 * e.writeReport(Path.of("report"));   // report.json
 * }</pre>
 */
public final class StanceEvaluation {
    private final StanceCounts all;
    private final Map<String, StanceCounts> perEvent;
    private final long unscored;

    private StanceEvaluation(StanceCounts all, Map<String, StanceCounts> perEvent, long unscored) {
        this.all = all;
        this.perEvent = perEvent;
        this.unscored = unscored;
    }

    /**
     * Counts the scored rows with Spark.
     *
     * @throws IllegalArgumentException when a column is missing, or a gold label is null or unknown
     */
    public static StanceEvaluation of(Dataset<?> scored, String goldCol, String predictedCol, String eventCol) {
        for (String c : List.of(goldCol, predictedCol, eventCol)) {
            // matched as Spark SQL resolves names by default, ignoring case
            if (List.of(scored.columns()).stream().noneMatch(name -> name.equalsIgnoreCase(c))) {
                throw new IllegalArgumentException("StanceEvaluation: no column '" + c + "'; the data has "
                        + String.join(", ", scored.columns()));
            }
        }
        Column gold = lower(trim(col(goldCol)));
        List<Row> groups = scored.groupBy(col(eventCol).as("event"), gold.as("gold"), col(predictedCol).as("predicted"))
                .count().collectAsList();
        StanceCounts all = new StanceCounts();
        Map<String, StanceCounts> perEvent = new TreeMap<>();
        long unscored = 0;
        for (Row g : groups) {
            long n = g.getLong(3);
            if (g.isNullAt(2)) {
                unscored += n;
                continue;
            }
            if (g.isNullAt(1)) {
                throw new IllegalArgumentException("StanceEvaluation: " + n + " rows have no gold label in column '" + goldCol + "'");
            }
            Stance goldStance = LabelAliases.parse(g.getString(1)).orElseThrow(() -> new IllegalArgumentException(
                    "StanceEvaluation: column '" + goldCol + "': unknown label '" + g.getString(1) + "' (accepted: "
                            + LabelAliases.ACCEPTED + ")"));
            Stance predicted = Stance.fromLabel(g.getString(2)).orElseThrow(() -> new IllegalArgumentException(
                    "StanceEvaluation: column '" + predictedCol + "': '" + g.getString(2) + "' is not a predicted stance"));
            String event = g.isNullAt(0) ? "" : g.getString(0);
            all.add(goldStance, predicted, n);
            perEvent.computeIfAbsent(event, e -> new StanceCounts()).add(goldStance, predicted, n);
        }
        return new StanceEvaluation(all, perEvent, unscored);
    }

    /** Precision, recall and F1 of one stance, and how many gold statements have it. */
    public record ClassScores(double precision, double recall, double f1, long support) {
    }

    /** Scores on the statements of one event. */
    public record EventScores(long examples, double accuracy, double macroF1) {
    }

    /** Scored statements with a gold label. */
    public long examples() {
        return all.total();
    }

    /** Rows left out because they have no prediction (a null or empty text or event). */
    public long unscored() {
        return unscored;
    }

    public double accuracy() {
        return all.accuracy();
    }

    public double macroF1() {
        return all.macroF1();
    }

    /** SemEval-2016 Task 6's measure: the mean of F1(supportive) and F1(condemning). */
    public double fAvg() {
        return all.fAvg();
    }

    public Map<Stance, ClassScores> perClass() {
        Map<Stance, ClassScores> map = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            map.put(s, new ClassScores(all.precision(s), all.recall(s), all.f1(s), all.support(s)));
        }
        return Collections.unmodifiableMap(map);
    }

    /** gold → predicted → count, every stance present. */
    public Map<Stance, Map<Stance, Long>> confusion() {
        Map<Stance, Map<Stance, Long>> map = new EnumMap<>(Stance.class);
        for (Stance g : Stance.values()) {
            Map<Stance, Long> row = new EnumMap<>(Stance.class);
            for (Stance p : Stance.values()) {
                row.put(p, all.count(g, p));
            }
            map.put(g, Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(map);
    }

    /** Per event, in the order of the events' names. */
    public Map<String, EventScores> perEvent() {
        Map<String, EventScores> map = new LinkedHashMap<>();
        perEvent.forEach((event, c) -> map.put(event, new EventScores(c.total(), c.accuracy(), c.macroF1())));
        return Collections.unmodifiableMap(map);
    }

    /** The figures under the names and nesting of {@code report.json}, plus {@code unscored}. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("examples", examples());
        root.put("accuracy", accuracy());
        root.put("macro_f1", macroF1());
        root.put("f_avg", fAvg());
        Map<String, Object> perClass = new LinkedHashMap<>();
        perClass().forEach((stance, m) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("precision", m.precision());
            c.put("recall", m.recall());
            c.put("f1", m.f1());
            c.put("support", m.support());
            perClass.put(stance.label(), c);
        });
        root.put("per_class", perClass);
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion().forEach((gold, row) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            row.forEach((predicted, count) -> r.put(predicted.label(), count));
            confusion.put(gold.label(), r);
        });
        root.put("confusion", confusion);
        Map<String, Object> events = new LinkedHashMap<>();
        perEvent().forEach((event, m) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("examples", m.examples());
            r.put("accuracy", m.accuracy());
            r.put("macro_f1", m.macroF1());
            events.put(event, r);
        });
        root.put("per_event", events);
        root.put("unscored", unscored);
        return root;
    }

    /** Writes {@code report.json} with {@link #toJson()} and {@code extra} (e.g. model, data) into a local folder. */
    public void writeReport(Path dir, Map<String, Object> extra) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>(toJson());
        json.putAll(extra);
        AtomicFile.write(dir.resolve("report.json"), BundleJson.mapper().writeValueAsBytes(json));
    }
}

package org.stance4j.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.evaluation.DataSummary;
import org.stance4j.evaluation.EvaluationReport;
import org.stance4j.evaluation.ReportWriter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceEvaluationTest {
    static SparkSession spark;
    static List<LabeledStatement> corpus;
    static Dataset<Row> scored;

    @BeforeAll
    static void score() {
        spark = LocalSpark.session();
        corpus = BundledCorpus.load().statements();
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("event", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("stance", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            LabeledStatement s = corpus.get(i);
            // gold labels as other corpora write them too: the evaluation reads every accepted spelling
            String gold = i % 3 == 0 ? s.stance().label().toUpperCase(Locale.ROOT) : s.stance().label();
            rows.add(RowFactory.create(i, s.event(), s.text(), gold));
        }
        scored = new StanceTransformer().setOutputPrefix("predicted_")
                .transform(spark.createDataFrame(rows, schema).repartition(4)).cache();
    }

    @Test
    void theFiguresAreTheSingleMachineReportsExactly() throws Exception {
        StanceEvaluation distributed = StanceEvaluation.of(scored, "stance", "predicted_stance", "event");

        // the single-machine report from the very predictions Spark made, so that only the counting differs
        Prediction[] predictions = new Prediction[corpus.size()];
        for (Row row : scored.collectAsList()) {
            Map<Stance, Double> p = new EnumMap<>(Stance.class);
            p.put(Stance.SUPPORTIVE, row.getAs("predicted_p_supportive"));
            p.put(Stance.CONDEMNING, row.getAs("predicted_p_condemning"));
            p.put(Stance.NEUTRAL, row.getAs("predicted_p_neutral"));
            predictions[row.<Integer>getAs("id")] = Prediction.of(p);
        }
        EvaluationReport report;
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            report = EvaluationReport.of(corpus, List.of(predictions), classifier.info(),
                    new DataSummary(BundledCorpus.ORIGIN, "csv", "-", 0));
        }
        Path dir = java.nio.file.Files.createTempDirectory("single-report");
        ReportWriter.write(report, dir);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode single = mapper.readTree(dir.resolve(ReportWriter.JSON).toFile());
        Map<String, Object> json = distributed.toJson();
        com.fasterxml.jackson.databind.JsonNode distributedJson = mapper.valueToTree(json);
        for (String key : List.of("examples", "accuracy", "macro_f1", "f_avg", "per_class", "confusion", "per_event")) {
            // read back from JSON text, so that a number compares by value whatever Java type held it
            assertEquals(mapper.readTree(single.get(key).toString()), mapper.readTree(distributedJson.get(key).toString()), key);
        }
        assertEquals(corpus.size(), distributed.examples());
        assertEquals(0L, json.get("unscored"));
        assertTrue(distributed.macroF1() > 0.5, "the default model on its own training data: " + distributed.macroF1());
    }

    @Test
    void unscoredRowsAreLeftOutAndCountedAndUnknownGoldLabelsAreNamed() {
        StructType schema = new StructType().add("event", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("stance", DataTypes.StringType);
        Dataset<Row> input = spark.createDataFrame(List.of(
                RowFactory.create("Union calls port strike", "Workers deserve better, and this strike says so.", "favor"),
                RowFactory.create("Union calls port strike", null, "against"),
                RowFactory.create("Union calls port strike", "The strike starts on Monday.", "None")), schema);
        Dataset<Row> out = new StanceTransformer().setOutputPrefix("predicted_").transform(input);
        StanceEvaluation e = StanceEvaluation.of(out, "stance", "predicted_stance", "event");
        assertEquals(2, e.examples());
        assertEquals(1, e.unscored());
        assertEquals(1L, e.perClass().get(Stance.SUPPORTIVE).support());
        assertEquals(1L, e.perClass().get(Stance.NEUTRAL).support());

        Dataset<Row> bad = new StanceTransformer().setOutputPrefix("predicted_").transform(spark.createDataFrame(List.of(
                RowFactory.create("Union calls port strike", "Fine by me.", "maybe")), schema));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StanceEvaluation.of(bad, "stance", "predicted_stance", "event"));
        assertTrue(unknown.getMessage().startsWith("StanceEvaluation: column 'stance': unknown label 'maybe'"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> StanceEvaluation.of(bad, "gold", "predicted_stance", "event"));
        assertTrue(missing.getMessage().startsWith("StanceEvaluation: no column 'gold'"), missing.getMessage());
    }
}

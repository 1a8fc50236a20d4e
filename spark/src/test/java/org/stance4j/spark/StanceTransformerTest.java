package org.stance4j.spark;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.bundle.Sha256;
import org.stance4j.model.testing.TestBundles;
import org.stance4j.model.text.TextPipeline;
import org.stance4j.model.text.TextSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceTransformerTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path bundle;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        bundle = dir.resolve("model.zip");
        TestBundles.write(bundle, 11);
    }

    @Test
    void tenThousandStatementsGetExactlyTheLibrarysPredictionsRowForRow() throws Exception {
        List<StanceInput> inputs = Statements.inputs(10_000);
        List<Prediction> expected;
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            expected = classifier.predictAll(inputs);
        }
        Dataset<Row> scored = new StanceTransformer().setModelPath("fast").transform(Statements.frame(spark, inputs, 8));
        List<Row> rows = scored.collectAsList();
        assertEquals(inputs.size(), rows.size());
        Set<String> dependent = textsWhoseTokensDependOnTheNextStatement(inputs);
        assertTrue(dependent.size() <= 3, "neighbour-dependent texts: " + dependent);
        int compared = 0;
        for (Row row : rows) {
            int id = (int) row.getLong(0);
            if (!dependent.contains(inputs.get(id).text())) {
                assertPrediction(expected.get(id), row, "", "row " + id);
                compared++;
            }
        }
        assertTrue(compared >= 9_990, compared + " rows compared");
        assertEquals(1, ExecutorModels.loads("fast"), "the model is loaded once per JVM, not per partition");
    }

    @Test
    void aBundleOnAPathIsReadOnTheDriverBroadcastAndLoadedOncePerJvm() throws Exception {
        List<StanceInput> inputs = Statements.inputs(2_000);
        List<Prediction> expected;
        try (StanceClassifier classifier = StanceClassifier.load(bundle)) {
            expected = classifier.predictAll(inputs);
        }
        StanceTransformer transformer = new StanceTransformer().setModelPath(bundle.toUri().toString());
        for (int run = 0; run < 2; run++) {
            List<Row> rows = transformer.transform(Statements.frame(spark, inputs, 6)).collectAsList();
            Set<String> dependent = textsWhoseTokensDependOnTheNextStatement(inputs);
            for (Row row : rows) {
                int id = (int) row.getLong(0);
                if (!dependent.contains(inputs.get(id).text())) {
                    assertPrediction(expected.get(id), row, "", "row " + id);
                }
            }
        }
        assertEquals(1, ExecutorModels.loads("sha256:" + Sha256.of(Files.readAllBytes(bundle))));
    }

    @Test
    void rowsWithoutTextOrEventAreKeptUnscoredWithTheReason() {
        StructType schema = Statements.SCHEMA;
        List<Row> rows = List.of(
                RowFactory.create(0L, "Union calls port strike", "Finally, workers are standing up for themselves."),
                RowFactory.create(1L, "Union calls port strike", null),
                RowFactory.create(2L, "Union calls port strike", ""),
                RowFactory.create(3L, "Union calls port strike", "   "),
                RowFactory.create(4L, null, "A strike will hurt everyone."),
                RowFactory.create(5L, "", "A strike will hurt everyone."),
                RowFactory.create(6L, "Union calls port strike", "A strike will hurt everyone."));
        Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(3);
        Map<Long, Row> out = byId(new StanceTransformer().transform(input));
        assertEquals(7, out.size(), "no row is lost");
        Map<Long, String> errors = Map.of(1L, "text is null", 2L, "text is empty", 3L, "text is empty",
                4L, "event is null", 5L, "event is empty");
        for (long id = 0; id < 7; id++) {
            Row row = out.get(id);
            if (errors.containsKey(id)) {
                assertEquals(errors.get(id), row.getAs("stance_error"));
                for (String c : List.of("stance", "p_supportive", "p_condemning", "p_neutral")) {
                    assertTrue(row.isNullAt(row.fieldIndex(c)), c + " of row " + id);
                }
            } else {
                assertNull(row.getAs("stance_error"));
                assertNotNull(Stance.fromLabel(row.getAs("stance")).orElse(null));
            }
        }
    }

    @Test
    void aFixedEventReplacesTheEventColumnAndAPrefixRenamesTheOutputs() throws Exception {
        String event = "Union calls port strike";
        StructType schema = new StructType().add("quote", DataTypes.StringType);
        List<Row> rows = List.of(RowFactory.create("Finally, workers are standing up."), RowFactory.create("This strike is reckless."));
        Dataset<Row> scored = new StanceTransformer().setTextCol("quote").setEvent(event).setOutputPrefix("predicted_")
                .transform(spark.createDataFrame(rows, schema).coalesce(1));
        assertEquals(List.of("quote", "predicted_stance", "predicted_p_supportive", "predicted_p_condemning",
                "predicted_p_neutral", "predicted_stance_error"), Arrays.asList(scored.columns()));
        List<Row> out = scored.collectAsList();
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            for (Row row : out) {
                assertPrediction(classifier.predict(event, row.getString(0)), row, "predicted_", row.getString(0));
            }
        }
    }

    @Test
    void aMissingBundleFailsOnTheDriverBeforeAnyTask() throws Exception {
        int before = LocalSpark.tasksStarted();
        Dataset<Row> input = Statements.frame(spark, Statements.inputs(10), 2);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new StanceTransformer().setModelPath(dir.resolve("absent.zip").toString()).transform(input));
        assertTrue(e.getMessage().endsWith("absent.zip: no such file"), e.getMessage());
        assertEquals(before, LocalSpark.tasksStarted());
    }

    @Test
    void aDamagedBundleFailsOnTheDriverBeforeAnyTask() throws Exception {
        byte[] bytes = Files.readAllBytes(bundle);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length - 100));
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x55;
        Path tampered = Files.write(dir.resolve("tampered.zip"), flipped);
        Dataset<Row> input = Statements.frame(spark, Statements.inputs(10), 2);
        int before = LocalSpark.tasksStarted();
        InvalidModelException t = assertThrows(InvalidModelException.class,
                () -> new StanceTransformer().setModelPath(truncated.toString()).transform(input));
        assertTrue(t.getMessage().contains("not a complete zip file"), t.getMessage());
        InvalidModelException d = assertThrows(InvalidModelException.class,
                () -> new StanceTransformer().setModelPath(tampered.toString()).transform(input));
        assertTrue(d.getMessage().startsWith("modelPath: " + tampered), d.getMessage());
        assertEquals(before, LocalSpark.tasksStarted());
    }

    @Test
    void theAccurateModelIsAcceptedByNameAndMissingItIsSaidSo() {
        Dataset<Row> input = Statements.frame(spark, Statements.inputs(10), 2);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new StanceTransformer().setModelPath("accurate").transform(input));
        assertTrue(e.getMessage().startsWith("modelPath 'accurate': the accurate model is not on the class path"), e.getMessage());
    }

    @Test
    void transformSchemaNamesTheMissingOrMistypedColumn() {
        StanceTransformer transformer = new StanceTransformer();
        StructType noText = new StructType().add("event", DataTypes.StringType).add("body", DataTypes.StringType);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> transformer.transformSchema(noText));
        assertEquals("StanceTransformer: no column 'text' (textCol); the input has event, body", missing.getMessage());
        StructType numeric = new StructType().add("event", DataTypes.IntegerType).add("text", DataTypes.StringType);
        IllegalArgumentException mistyped = assertThrows(IllegalArgumentException.class, () -> transformer.transformSchema(numeric));
        assertEquals("StanceTransformer: column 'event' (eventCol) must be a string, but is int", mistyped.getMessage());
        StructType labeled = new StructType().add("event", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("stance", DataTypes.StringType);
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> transformer.transformSchema(labeled));
        assertTrue(clash.getMessage().contains("already has a column 'stance'; set outputPrefix"), clash.getMessage());
        assertEquals(List.of("event", "text", "stance", "p_supportive", "p_condemning", "p_neutral", "stance_error"),
                Arrays.asList(new StanceTransformer().transformSchema(new StructType().add("event", DataTypes.StringType).add("text", DataTypes.StringType)).fieldNames()));
    }

    @Test
    void aPipelineWithTheTransformerIsSavedLoadedAndScoresTheSame() throws Exception {
        StanceTransformer stage = new StanceTransformer().setModelPath(bundle.toString()).setTextCol("text")
                .setOutputPrefix("s_");
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[]{stage});
        Dataset<Row> input = Statements.frame(spark, Statements.inputs(300), 2);
        PipelineModel fitted = pipeline.fit(input);
        String pipelinePath = dir.resolve("pipeline").toString();
        String modelPath = dir.resolve("pipeline-model").toString();
        pipeline.write().overwrite().save(pipelinePath);
        fitted.write().overwrite().save(modelPath);

        Pipeline loadedPipeline = Pipeline.load(pipelinePath);
        StanceTransformer loadedStage = (StanceTransformer) loadedPipeline.getStages()[0];
        assertEquals(stage.uid(), loadedStage.uid());
        assertEquals(bundle.toString(), loadedStage.getModelPath());
        assertEquals("s_", loadedStage.getOutputPrefix());
        assertNull(loadedStage.getEvent());

        PipelineModel loaded = PipelineModel.load(modelPath);
        Map<Long, Row> expected = byId(fitted.transform(input.coalesce(1)));
        Map<Long, Row> actual = byId(loaded.transform(input.coalesce(1)));
        assertEquals(expected, actual);
        assertEquals(expected, byId(StanceTransformer.load(saveAlone(stage)).transform(input.coalesce(1))));
    }

    /**
     * Texts that predictAll tokenises differently depending on the statement after them in its
     * batch: the library joins a batch's texts one per line for CoreNLP's lexer, and the lexer
     * decides whether a line-final "I." is an abbreviation by looking at the next line. Spark's
     * partitions put other rows next to each other than a list in input order does, so for these
     * texts even two predictAll calls on differently ordered lists disagree; the comparison leaves
     * them out (the README's Spark section says so).
     */
    private static Set<String> textsWhoseTokensDependOnTheNextStatement(List<StanceInput> inputs) {
        TextPipeline pipeline = new TextPipeline(TextSettings.defaults());
        Set<String> dependent = new HashSet<>();
        for (String text : new HashSet<>(inputs.stream().map(StanceInput::text).toList())) {
            if (!pipeline.tokenizeAll(List.of(text, "The end")).get(0).equals(pipeline.tokenizeAll(List.of(text, "and so on")).get(0))) {
                dependent.add(text);
            }
        }
        return dependent;
    }

    private static String saveAlone(StanceTransformer stage) throws Exception {
        String path = dir.resolve("transformer").toString();
        stage.write().overwrite().save(path);
        return path;
    }

    private static Map<Long, Row> byId(Dataset<Row> scored) {
        Map<Long, Row> rows = new HashMap<>();
        for (Row row : scored.collectAsList()) {
            rows.put(row.getLong(0), row);
        }
        return rows;
    }

    static void assertPrediction(Prediction expected, Row row, String prefix, String what) {
        assertEquals(expected.stance().label(), row.getAs(prefix + "stance"), what);
        assertEquals(expected.probability(Stance.SUPPORTIVE), (double) row.getAs(prefix + "p_supportive"), 0.0, what);
        assertEquals(expected.probability(Stance.CONDEMNING), (double) row.getAs(prefix + "p_condemning"), 0.0, what);
        assertEquals(expected.probability(Stance.NEUTRAL), (double) row.getAs(prefix + "p_neutral"), 0.0, what);
        assertNull(row.getAs(prefix + "stance_error"), what);
    }
}

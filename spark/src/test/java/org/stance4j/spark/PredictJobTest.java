package org.stance4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.bundle.BundleJson;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path labeledCsv;
    static List<LabeledStatement> statements;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        statements = BundledCorpus.load().statements().subList(0, 200);
        List<String> lines = new ArrayList<>(List.of("id,event,text,stance"));
        for (LabeledStatement s : statements) {
            lines.add(s.id() + "," + csv(s.event()) + "," + csv(s.text()) + "," + s.stance().label());
        }
        labeledCsv = Files.write(dir.resolve("labeled.csv"), lines, StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PredictJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void labeledCsvIsScoredToParquetAndEvaluated() throws Exception {
        String output = dir.resolve("scored.parquet").toString();
        Path report = dir.resolve("report");
        Result r = run("--input", labeledCsv.toString(), "--output", output, "--evaluate", report.toString());
        assertEquals(0, r.code(), r.err());
        List<Row> rows = spark.read().parquet(output).collectAsList();
        assertEquals(statements.size(), rows.size());
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            for (Row row : rows) {
                String text = row.getAs("text");
                String expected = classifier.predict(row.<String>getAs("event"), text).stance().label();
                assertEquals(expected, row.getAs("predicted_stance"), text);
            }
        }
        JsonNode json = BundleJson.mapper().readTree(report.resolve("report.json").toFile());
        assertEquals(statements.size(), json.get("examples").asInt());
        for (String key : List.of("accuracy", "macro_f1", "f_avg", "per_class", "confusion", "per_event", "model", "data")) {
            assertTrue(json.has(key), key);
        }
        assertTrue(r.out().contains(statements.size() + " statements: accuracy"), r.out());
    }

    @Test
    void aFixedEventAndJsonLinesOutput() {
        Path input = dir.resolve("texts.jsonl");
        String output = dir.resolve("scored.jsonl").toString();
        try {
            Files.writeString(input, "{\"text\":\"Finally, the workers get what they deserve.\"}\n{\"text\":\"This strike is reckless.\"}\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Result r = run("--input", input.toString(), "--output", output, "--event", "Union calls port strike");
        assertEquals(0, r.code(), r.err());
        List<Row> rows = spark.read().json(output).collectAsList();
        assertEquals(2, rows.size());
        for (Row row : rows) {
            assertTrue(List.of("supportive", "condemning", "neutral").contains(row.<String>getAs("stance")));
        }
    }

    @Test
    void badUsageIsOneLineAndExitCodeTwo() throws Exception {
        String out = dir.resolve("never").toString();
        assertUsage(run("--input", labeledCsv.toString()), "stance4j-spark predict: --output is required");
        assertUsage(run("--input", "rows.txt", "--output", out), "stance4j-spark predict: cannot tell the format of --input 'rows.txt'");
        assertUsage(run("--input", labeledCsv.toString(), "--output", out, "--format", "xml"),
                "stance4j-spark predict: --format must be csv, jsonl or parquet, got 'xml'");
        assertUsage(run("--input", labeledCsv.toString(), "--output", out, "--bogus", "1"), "stance4j-spark predict: unknown option '--bogus'");
        assertUsage(run("--input", labeledCsv.toString(), "--output", out, "--model", dir.resolve("absent.zip").toString()),
                "stance4j-spark predict: modelPath: " + dir.resolve("absent.zip") + ": no such file");
        assertUsage(run("--input", dir.resolve("absent.csv").toString(), "--output", out), "stance4j-spark predict: [PATH_NOT_FOUND]");
        Path noText = Files.writeString(dir.resolve("notext.csv"), "event,body\na,b\n");
        assertUsage(run("--input", noText.toString(), "--output", out), "stance4j-spark predict: StanceTransformer: no column 'text'");
        assertUsage(run("--input", labeledCsv.toString(), "--output", labeledCsv.toString()), "stance4j-spark predict: --output");
        assertTrue(run("--help").out().startsWith("Usage: spark-submit"));
    }

    private static void assertUsage(Result r, String start) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}

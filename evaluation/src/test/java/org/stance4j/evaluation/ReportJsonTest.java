package org.stance4j.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * report.json and compare.json are an interface for scripts: these pin them, byte for byte, to what
 * the writers wrote for the same fixtures before the JSON became typed records (the expected files
 * are that output; in compare.json, "bootstrap" has its keys in the order the writer listed them,
 * which it then left to {@code Map.of}'s iteration order, different from run to run).
 */
class ReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void reportJsonIsWhatItWas() throws IOException {
        ReportWriter.write(ReportFixtures.report(300, 0.6, 2), dir);
        assertEquals(expected("report-300-0.6-2.json"), written(dir.resolve(ReportWriter.JSON)));
    }

    @Test
    void compareJsonIsWhatItWas() throws IOException {
        EvaluationReport a = ReportFixtures.report(120, 0.55, 11);
        EvaluationReport b = ReportFixtures.report(120, 0.7, 12);
        ModelComparison c = ModelComparison.of(a.scored(), b.scored(), 200, 3);
        ComparisonWriter.write(c, "a<model>.zip", "b.zip", new DataSummary("test<data>.csv", "csv", "c".repeat(64), 0), dir);
        assertEquals(expected("compare-120.json"), written(dir.resolve(ComparisonWriter.JSON)));
    }

    private static String expected(String resource) throws IOException {
        try (InputStream in = ReportJsonTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Jackson indents with the platform's line separator. */
    private static String written(Path file) throws IOException {
        return Files.readString(file).replace(System.lineSeparator(), "\n");
    }
}

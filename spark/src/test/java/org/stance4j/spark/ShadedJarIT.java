package org.stance4j.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.StanceInput;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded jar as spark-submit uses it: on a class path of Spark's own jars (Spark's Jackson,
 * Guava, protobuf and commons beside our relocated copies), a separate JVM runs PredictJob on a
 * Parquet file, and its stances must be the library's.
 */
class ShadedJarIT {
    @TempDir
    Path dir;

    /** Spark's jars alone, resolved by Maven from a pom that depends on spark-sql and spark-mllib only. */
    private static String sparkDistribution() throws Exception {
        Path file = Path.of(System.getProperty("stance4j.spark.classPathFile"));
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", System.getProperty("stance4j.spark.distributionPom"),
                "-Dspark.version=" + System.getProperty("stance4j.spark.version"),
                "dependency:build-classpath", "-Dmdep.outputFile=" + file).inheritIO().start();
        assertTrue(mvn.waitFor(5, TimeUnit.MINUTES), "maven resolves Spark's jars");
        assertEquals(0, mvn.exitValue(), "maven resolves Spark's jars");
        String classPath = Files.readString(file).strip();
        assertTrue(classPath.contains("spark-core_2.12") && !classPath.contains("stance4j"), classPath);
        return classPath;
    }

    @Test
    void predictJobRunsFromTheShadedJarBesideSparksJars() throws Exception {
        List<StanceInput> inputs = Statements.inputs(500);
        String input = dir.resolve("rows.parquet").toString();
        SparkSession spark = LocalSpark.session();
        Statements.frame(spark, inputs, 2).write().mode(SaveMode.ErrorIfExists).parquet(input);

        String classPath = System.getProperty("stance4j.spark.shadedJar") + File.pathSeparator + sparkDistribution();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(System.getProperty("stance4j.spark.jvmOptions").trim().split("\\s+")));
        command.addAll(List.of("-Xmx2g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.driver.host=127.0.0.1",
                "-cp", classPath, "org.stance4j.spark.PredictJob",
                "--input", input, "--output", dir.resolve("scored.parquet").toString()));
        Path log = dir.resolve("job.log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(job.waitFor(5, TimeUnit.MINUTES), "the job finishes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, job.exitValue(), output);
        assertTrue(output.contains("wrote " + dir.resolve("scored.parquet")), output);

        List<Row> rows = spark.read().parquet(dir.resolve("scored.parquet").toString()).collectAsList();
        assertEquals(inputs.size(), rows.size());
        try (StanceClassifier classifier = StanceClassifier.loadDefault()) {
            for (Row row : rows) {
                StanceInput in = inputs.get((int) row.getLong(0));
                assertEquals(classifier.predict(in).stance().label(), row.getAs("stance"), in.text());
            }
        }
    }
}

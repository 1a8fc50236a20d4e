package org.stance4j.spark;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Locale;

/**
 * The file formats {@link PredictJob} reads and writes, chosen by name or by the path's extension.
 * CSV is read as {@code predict} reads it: a header row, RFC 4180 quoting (a doubled quote inside a
 * quoted field, line breaks allowed there), UTF-8; every column as a string.
 */
enum TableFormat {
    CSV("csv"), JSONL("jsonl"), PARQUET("parquet");

    private final String name;

    TableFormat(String name) {
        this.name = name;
    }

    static TableFormat named(String name, String option) throws UsageException {
        for (TableFormat f : values()) {
            if (f.name.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new UsageException(option + " must be csv, jsonl or parquet, got '" + name + "'");
    }

    /** The format a path's extension names, or null (e.g. a directory of part files). */
    static TableFormat ofPath(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (p.endsWith(".csv")) {
            return CSV;
        }
        if (p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".ndjson")) {
            return JSONL;
        }
        if (p.endsWith(".parquet")) {
            return PARQUET;
        }
        return null;
    }

    Dataset<Row> read(SparkSession spark, String path) {
        DataFrameReader reader = spark.read();
        return switch (this) {
            case CSV -> reader.option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("encoding", "UTF-8").csv(path);
            case JSONL -> reader.json(path);
            case PARQUET -> reader.parquet(path);
        };
    }

    void write(Dataset<Row> rows, String path) {
        DataFrameWriter<Row> writer = rows.write().mode(SaveMode.ErrorIfExists);
        switch (this) {
            case CSV -> writer.option("header", "true").option("escape", "\"").csv(path);
            case JSONL -> writer.json(path);
            case PARQUET -> writer.parquet(path);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

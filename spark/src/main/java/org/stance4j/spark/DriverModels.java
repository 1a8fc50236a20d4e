package org.stance4j.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.bundle.Sha256;

import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * Turns a {@code modelPath} into the {@link ModelRef} that tasks use, on the driver: reads the
 * bundle from any Hadoop file system, loads it once here so that a missing or damaged bundle fails
 * before any task is scheduled, and broadcasts its bytes.
 */
final class DriverModels {
    /** A byte array, and so a broadcast bundle, holds a little under 2 GiB. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private DriverModels() {
    }

    /** The checked model, and the classifier loaded on the driver (shared with local executors). */
    record Resolved(ModelRef ref, StanceClassifier classifier) {
    }

    static Resolved resolve(String modelPath, SparkSession spark) {
        if (modelPath == null || modelPath.isBlank()) {
            throw new InvalidModelException("modelPath is empty: give a bundle's path, or 'fast' for the default model");
        }
        if (BuiltInModels.isBuiltIn(modelPath)) {
            String key = BuiltInModels.key(modelPath);
            BuiltInModels.checkAvailable(key);
            ModelRef ref = new ModelRef(key, key + " model", null);
            return new Resolved(ref, load(ref, modelPath));
        }
        byte[] bytes = read(modelPath, spark);
        String key = "sha256:" + Sha256.of(bytes);
        ModelRef ref = new ModelRef(key, modelPath, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes));
        // loading here checks the bundle; the executors' copies are the same bytes, so they load too,
        // and tasks running in this JVM (local mode) reuse this classifier
        return new Resolved(ref, load(ref, modelPath));
    }

    private static StanceClassifier load(ModelRef ref, String modelPath) {
        try {
            return ExecutorModels.get(ref);
        } catch (InvalidBundleException e) {
            if (ref.bundle() != null) {
                ref.bundle().destroy();
            }
            throw new InvalidModelException(ref.bundle() == null
                    ? "modelPath '" + modelPath + "': " + e.getMessage()
                    : "modelPath: " + e.getMessage(), e);
        }
    }

    private static byte[] read(String modelPath, SparkSession spark) {
        try {
            Path path = new Path(modelPath);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw new InvalidModelException("modelPath: " + modelPath + ": no such file");
            }
            if (status.isDirectory()) {
                throw new InvalidModelException("modelPath: " + modelPath + ": is a directory, not a model bundle");
            }
            if (status.getLen() > MAX_BYTES) {
                throw new InvalidModelException("modelPath: " + modelPath + ": " + status.getLen()
                        + " bytes is more than Spark can broadcast as one array (" + MAX_BYTES + ")");
            }
            try (FSDataInputStream in = fs.open(path)) {
                return in.readAllBytes();
            }
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof InvalidModelException known) {
                throw known;
            }
            throw new InvalidModelException("modelPath: " + modelPath + ": cannot read: " + e.getMessage(), e);
        }
    }
}

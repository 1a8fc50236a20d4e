/**
 * stance4j on Apache Spark: score a DataFrame of statements with
 * {@link org.stance4j.spark.StanceTransformer} (a Spark ML {@code Transformer} that also stands in
 * saved {@code Pipeline}s), compute the evaluation report's figures with Spark aggregations with
 * {@link org.stance4j.spark.StanceEvaluation}, or score files with
 * {@link org.stance4j.spark.PredictJob} through {@code spark-submit}.
 *
 * <p>The model is read and checked once on the driver, sent to executors as the bundle's bytes,
 * loaded at most once per executor JVM, and every partition is scored in batches. Spark is a
 * {@code provided} dependency: this module builds against Spark 3.5 for Scala 2.12.
 */
package org.stance4j.spark;

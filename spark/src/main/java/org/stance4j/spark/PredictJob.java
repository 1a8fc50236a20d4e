package org.stance4j.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stance4j.model.ModelInfo;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.lit;

/**
 * {@code stance4j predict} for {@code spark-submit}: reads CSV, JSON Lines or Parquet, scores every
 * row with {@link StanceTransformer}, writes the rows with the stance columns, and with
 * {@code --evaluate} writes the figures of {@code report.json} for labeled input.
 *
 * <p>Exit codes as the command line's: 0 success; 2 bad usage or bad input, said in one line on
 * stderr; 1 an internal error ({@code STANCE4J_DEBUG=1} prints its stack trace). Run outside
 * {@code spark-submit} with no master configured, it uses {@code local[*]}.
 */
public final class PredictJob {
    private static final String NAME = "stance4j-spark predict";
    private static final String GOLD = "stance";

    private PredictJob() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        SparkSession.getDefaultSession().foreach(session -> {
            session.stop();
            return null;
        });
        System.exit(code);
    }

    /** Runs the job on the active session (or a new one) and returns the exit code; never exits the JVM. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            JobOptions options = JobOptions.parse(args);
            if (options == null) {
                out.println(JobOptions.USAGE);
                return 0;
            }
            predict(options, session(), out);
            return 0;
        } catch (UsageException | InvalidModelException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            // the transformer's and the evaluation's messages about the data's columns and labels
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            if (e instanceof AnalysisException analysis) {
                // Spark's word for a missing input path or unreadable file: the user's to fix
                err.println(NAME + ": " + firstLine(analysis.getSimpleMessage()));
                return 2;
            }
            err.println(NAME + ": internal error: " + firstLine(String.valueOf(e.getMessage()))
                    + (debug() ? "" : " (STANCE4J_DEBUG=1 shows the stack trace)"));
            if (debug()) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void predict(JobOptions options, SparkSession spark, PrintStream out) throws UsageException, IOException {
        Path output = new Path(options.output());
        FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(output)) {
            throw new UsageException("--output " + options.output() + " already exists");
        }
        // the model first: a wrong --model is said before any data is read
        DriverModels.Resolved model = DriverModels.resolve(options.model(), spark);
        Dataset<Row> input = options.inputFormat().read(spark, options.input());
        if (options.partitions() > 0) {
            input = input.repartition(options.partitions());
        }
        boolean labeled = List.of(input.columns()).stream().anyMatch(c -> c.equalsIgnoreCase(GOLD));
        if (options.evaluate() != null && !labeled) {
            throw new UsageException("--evaluate needs labeled input: " + options.input() + " has no '" + GOLD + "' column");
        }
        String prefix = labeled ? "predicted_" : "";
        StanceTransformer transformer = new StanceTransformer().setModelPath(options.model()).setOutputPrefix(prefix);
        if (options.event() != null) {
            transformer.setEvent(options.event());
        }
        Dataset<Row> scored = transformer.transform(input, model);
        if (options.evaluate() == null) {
            options.outputFormat().write(scored, options.output());
            out.println("wrote " + options.output());
            return;
        }
        scored = scored.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            options.outputFormat().write(scored, options.output());
            // the event each row was scored against: --event, when given, over any event column
            Dataset<Row> events = options.event() == null ? scored : scored.withColumn("event", lit(options.event()));
            StanceEvaluation evaluation = StanceEvaluation.of(events, GOLD, prefix + "stance", "event");
            evaluation.writeReport(java.nio.file.Path.of(options.evaluate()), extra(options, model.classifier().info()));
            out.println("wrote " + options.output() + " and " + java.nio.file.Path.of(options.evaluate(), "report.json"));
            out.printf(Locale.ROOT, "%d statements: accuracy %.3f, macro-F1 %.3f, F_avg %.3f%s%n", evaluation.examples(),
                    evaluation.accuracy(), evaluation.macroF1(), evaluation.fAvg(),
                    evaluation.unscored() > 0 ? " (" + evaluation.unscored() + " rows without text or event not scored)" : "");
        } finally {
            scored.unpersist();
        }
    }

    /** The report's model and data sections: what was scored, with what. */
    private static Map<String, Object> extra(JobOptions options, ModelInfo info) {
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", options.model());
        model.put("toolkit_version", info.toolkitVersion());
        model.put("format_version", info.formatVersion());
        model.put("created", info.created().toString());
        model.put("seed", info.seed());
        extra.put("model", model);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("path", options.input());
        data.put("format", options.inputFormat().toString());
        extra.put("data", data);
        return extra;
    }

    private static SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName(NAME);
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static boolean debug() {
        return "1".equals(System.getenv("STANCE4J_DEBUG"));
    }
}

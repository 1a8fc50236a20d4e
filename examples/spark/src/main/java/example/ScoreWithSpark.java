package example;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stance4j.spark.StanceTransformer;

/**
 * Scores an event,text CSV with stance4j on Spark and writes id and stance as one CSV file.
 * Usage: mvn -q compile exec:java -Dexec.args="IN.csv OUT_DIR"
 */
public final class ScoreWithSpark {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("stance4j example")
                .config("spark.ui.enabled", "false")
                // a local run: the driver talks to itself on loopback only
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Dataset<Row> statements = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(args[0]);
        Dataset<Row> scored = new StanceTransformer()
                .setModelPath("fast")            // the default model; or a bundle on any Hadoop path
                .transform(statements);
        scored.select("id", "stance", "p_supportive", "p_condemning", "p_neutral")
                .coalesce(1).write().option("header", "true").csv(args[1]);
        spark.stop();
    }
}

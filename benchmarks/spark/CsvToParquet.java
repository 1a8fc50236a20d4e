import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Turns the benchmark's event,text CSV into Parquet in a given number of files, so that the Spark
 * run reads the same rows as the command line. Run as a single-file program on Spark's class path:
 * java -cp SPARK_JARS CsvToParquet.java IN.csv OUT.parquet FILES
 */
public final class CsvToParquet {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("csv-to-parquet")
                .config("spark.ui.enabled", "false")
                // a local run: the driver talks to itself on loopback only
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(args[0])
                .repartition(Integer.parseInt(args[2]))
                .write().mode(SaveMode.ErrorIfExists).parquet(args[1]);
        spark.stop();
    }
}

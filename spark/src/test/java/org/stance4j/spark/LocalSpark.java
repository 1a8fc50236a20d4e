package org.stance4j.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One local Spark (two cores, as CI has) for every test class of the run: starting Spark takes
 * seconds, so the classes share it, and Spark's own shutdown hook stops it when the JVM exits.
 */
final class LocalSpark {
    private static SparkSession session;
    private static final AtomicInteger TASKS_STARTED = new AtomicInteger();

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("stance4j-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            session.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskStart(SparkListenerTaskStart taskStart) {
                    TASKS_STARTED.incrementAndGet();
                }
            });
        }
        return session;
    }

    /** Tasks started so far, once every event sent before this call has reached the listener. */
    static int tasksStarted() throws java.util.concurrent.TimeoutException {
        session().sparkContext().listenerBus().waitUntilEmpty();
        return TASKS_STARTED.get();
    }
}

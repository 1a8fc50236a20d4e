package org.stance4j.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Locale;
import java.util.UUID;

/**
 * Adds the stance of every row's text toward its event: {@code stance} ({@code supportive},
 * {@code condemning} or {@code neutral}), {@code p_supportive}, {@code p_condemning},
 * {@code p_neutral}, and {@code stance_error}, which is null for a scored row and says why for a
 * row with a null or empty text or event (whose other outputs are then null).
 *
 * <pre>{@code
 * Dataset<Row> scored = new StanceTransformer()
 *         .setModelPath("hdfs:///models/model.zip")   // or "fast", the default model
 *         .transform(statements);                     // columns event, text
 * }</pre>
 *
 * <p>{@code transform} reads and checks the model on the driver, so a missing or damaged bundle
 * fails there with an {@link InvalidModelException}, before any task runs. Executors receive the
 * bundle's bytes once (a broadcast), load each model at most once per JVM, and score every partition
 * in batches. It stands in a {@code Pipeline} that is saved and loaded: only its parameters are
 * saved, the model is read from {@code modelPath} again when the pipeline next runs.
 */
public final class StanceTransformer extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> modelPath;
    private final Param<String> eventCol;
    private final Param<String> textCol;
    private final Param<String> event;
    private final Param<String> outputPrefix;

    public StanceTransformer() {
        this("stanceTransformer_" + UUID.randomUUID().toString().substring(24));
    }

    /** With a given uid; Spark's reader calls this when it loads a saved pipeline. */
    public StanceTransformer(String uid) {
        this.uid = uid;
        modelPath = new Param<>(this, "modelPath",
                "a model bundle on any Hadoop-readable path, 'fast' for the default model that ships in stance4j-inference, "
                        + "or 'accurate' for the accurate model when its artifact is on the class path");
        eventCol = new Param<>(this, "eventCol", "the string column with the event each statement is judged against");
        textCol = new Param<>(this, "textCol", "the string column with the statement");
        event = new Param<>(this, "event", "one event for every row, instead of eventCol");
        outputPrefix = new Param<>(this, "outputPrefix", "put before the name of every added column, e.g. 'predicted_'");
        setDefault(modelPath, BuiltInModels.FAST);
        setDefault(eventCol, "event");
        setDefault(textCol, "text");
        setDefault(outputPrefix, "");
    }

    public Param<String> modelPath() {
        return modelPath;
    }

    public Param<String> eventCol() {
        return eventCol;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> event() {
        return event;
    }

    public Param<String> outputPrefix() {
        return outputPrefix;
    }

    public StanceTransformer setModelPath(String value) {
        set(modelPath, value);
        return this;
    }

    public StanceTransformer setEventCol(String value) {
        set(eventCol, value);
        return this;
    }

    public StanceTransformer setTextCol(String value) {
        set(textCol, value);
        return this;
    }

    public StanceTransformer setEvent(String value) {
        set(event, value);
        return this;
    }

    public StanceTransformer setOutputPrefix(String value) {
        set(outputPrefix, value);
        return this;
    }

    public String getModelPath() {
        return getOrDefault(modelPath);
    }

    public String getEventCol() {
        return getOrDefault(eventCol);
    }

    public String getTextCol() {
        return getOrDefault(textCol);
    }

    /** The fixed event, or null when each row's event comes from {@link #eventCol()}. */
    public String getEvent() {
        return isDefined(event) ? getOrDefault(event) : null;
    }

    public String getOutputPrefix() {
        return getOrDefault(outputPrefix);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        stringColumn(schema, getTextCol(), "textCol");
        String fixed = getEvent();
        if (fixed == null) {
            stringColumn(schema, getEventCol(), "eventCol");
        } else if (fixed.isBlank()) {
            throw new IllegalArgumentException("StanceTransformer: the event parameter is empty");
        }
        for (String name : OutputColumns.names(getOutputPrefix())) {
            if (find(schema, name) >= 0) {
                throw new IllegalArgumentException("StanceTransformer: the input already has a column '" + name
                        + "'; set outputPrefix (e.g. 'predicted_') so that the added columns get other names");
            }
        }
        return OutputColumns.appendTo(schema, getOutputPrefix());
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        return transform(dataset, DriverModels.resolve(getModelPath(), dataset.sparkSession()));
    }

    /** Scores with a model already resolved on the driver (whose modelPath is this one's). */
    Dataset<Row> transform(Dataset<?> dataset, DriverModels.Resolved model) {
        StructType input = dataset.schema();
        StructType output = transformSchema(input);
        String fixed = getEvent();
        int textIndex = find(input, getTextCol());
        int eventIndex = fixed == null ? find(input, getEventCol()) : -1;
        JavaRDD<Row> scored = dataset.toDF().javaRDD()
                .mapPartitions(new PartitionScorer(model.ref(), textIndex, eventIndex, fixed));
        return dataset.sparkSession().createDataFrame(scored, output);
    }

    @Override
    public StanceTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** Spark's reader for a saved transformer; {@code Pipeline.load} finds it by this name. */
    public static MLReader<StanceTransformer> read() {
        return new Readable().read();
    }

    public static StanceTransformer load(String path) {
        return read().load(path);
    }

    private static final class Readable implements DefaultParamsReadable<StanceTransformer> {
    }

    private static void stringColumn(StructType schema, String name, String param) {
        int index = find(schema, name);
        if (index < 0) {
            throw new IllegalArgumentException("StanceTransformer: no column '" + name + "' (" + param
                    + "); the input has " + String.join(", ", schema.fieldNames()));
        }
        StructField field = schema.fields()[index];
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("StanceTransformer: column '" + name + "' (" + param
                    + ") must be a string, but is " + field.dataType().simpleString());
        }
    }

    /** The column's position, matched as Spark SQL does by default (ignoring case), or -1. */
    private static int find(StructType schema, String name) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}

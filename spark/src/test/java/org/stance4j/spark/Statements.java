package org.stance4j.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stance4j.datasets.BundledCorpus;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.StanceInput;

import java.util.ArrayList;
import java.util.List;

/** Statements made from the bundled corpus: its events and texts, cycled and paired anew. */
final class Statements {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("event", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true);

    private Statements() {
    }

    /** {@code n} inputs: texts in corpus order, events cycled at another stride so that pairs are new. */
    static List<StanceInput> inputs(int n) {
        List<LabeledStatement> corpus = BundledCorpus.load().statements();
        List<String> events = corpus.stream().map(LabeledStatement::event).distinct().toList();
        List<StanceInput> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(new StanceInput(events.get((i * 7) % events.size()), corpus.get(i % corpus.size()).text()));
        }
        return inputs;
    }

    static Dataset<Row> frame(SparkSession spark, List<StanceInput> inputs, int partitions) {
        List<Row> rows = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(RowFactory.create((long) i, inputs.get(i).event(), inputs.get(i).text()));
        }
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }
}

package org.stance4j.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.stance4j.inference.StanceClassifier;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.Prediction;
import org.stance4j.model.StanceInput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Scores one partition: takes the executor's shared classifier, then reads rows a batch at a time,
 * scores the batch with one {@code predictAll} call and hands the rows on with the five output
 * columns. Holds one batch at a time, so a partition of any size runs in constant memory. A row
 * without text or event is passed on unscored with the reason in {@code stance_error}.
 *
 * <p>Spark serialises this function into every task: its fields are plain values and the
 * broadcast handle.
 */
final class PartitionScorer implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;
    /** Rows scored per predictAll call: large enough to amortise the call, small enough to stream. */
    static final int BATCH = 1024;

    private final ModelRef model;
    private final int textIndex;
    /** The event column's position, or -1 when every row has {@link #fixedEvent}. */
    private final int eventIndex;
    private final String fixedEvent;

    PartitionScorer(ModelRef model, int textIndex, int eventIndex, String fixedEvent) {
        this.model = model;
        this.textIndex = textIndex;
        this.eventIndex = eventIndex;
        this.fixedEvent = fixedEvent;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws InvalidBundleException {
        if (!rows.hasNext()) {
            return rows;
        }
        return new Scored(ExecutorModels.get(model), rows);
    }

    /** Why a row cannot be scored, or null when it can. */
    private static String problem(String event, String text) {
        if (text == null) {
            return "text is null";
        }
        if (text.isBlank()) {
            return "text is empty";
        }
        if (event == null) {
            return "event is null";
        }
        if (event.isBlank()) {
            return "event is empty";
        }
        return null;
    }

    private final class Scored implements Iterator<Row> {
        private final StanceClassifier classifier;
        private final Iterator<Row> input;
        private final List<Row> batch = new ArrayList<>(BATCH);
        private int next;

        Scored(StanceClassifier classifier, Iterator<Row> input) {
            this.classifier = classifier;
            this.input = input;
        }

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (!input.hasNext()) {
                return false;
            }
            scoreNextBatch();
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }

        private void scoreNextBatch() {
            List<Object[]> values = new ArrayList<>(BATCH);
            List<StanceInput> inputs = new ArrayList<>(BATCH);
            List<Object[]> scored = new ArrayList<>(BATCH);
            while (values.size() < BATCH && input.hasNext()) {
                Row row = input.next();
                Object[] out = new Object[row.length() + OutputColumns.COUNT];
                for (int i = 0; i < row.length(); i++) {
                    out[i] = row.get(i);
                }
                String text = row.isNullAt(textIndex) ? null : row.getString(textIndex);
                String event = eventIndex < 0 ? fixedEvent : row.isNullAt(eventIndex) ? null : row.getString(eventIndex);
                String problem = problem(event, text);
                if (problem == null) {
                    inputs.add(new StanceInput(event, text));
                    scored.add(out);
                } else {
                    OutputColumns.putError(out, problem);
                }
                values.add(out);
            }
            List<Prediction> predictions = inputs.isEmpty() ? List.of() : classifier.predictAll(inputs);
            for (int i = 0; i < predictions.size(); i++) {
                OutputColumns.put(scored.get(i), predictions.get(i));
            }
            batch.clear();
            next = 0;
            for (Object[] v : values) {
                batch.add(RowFactory.create(v));
            }
        }
    }
}

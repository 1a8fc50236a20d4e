package org.stance4j.benchmarks.accuracy;

import org.stance4j.datasets.DataFormat;
import org.stance4j.datasets.Dataset;
import org.stance4j.datasets.DatasetReader;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.datasets.Split;
import org.stance4j.datasets.Splits;
import org.stance4j.model.InvalidDataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public corpora stance4j is benchmarked on, read from the shared datasets folder, and how each
 * is split: SemEval-2016 and Emergent have no public dev split, so they are cross-validated
 * (Emergent by claim, so that test claims are never seen in training); VAST trains on its training
 * part and is scored on its dev part. Their official test splits are never used.
 */
public enum BenchmarkCorpus {
    SEMEVAL2016("semeval2016", "SemEval-2016 Task 6 (train + trial)", "F_avg") {
        @Override
        List<Dataset> read(Path root) throws InvalidDataException {
            return List.of(
                    DatasetReader.read(root.resolve("semeval2016/trainingdata-all-annotations.txt"), DataFormat.SEMEVAL2016),
                    DatasetReader.read(root.resolve("semeval2016/trialdata-all-annotations.txt"), DataFormat.SEMEVAL2016));
        }

        @Override
        List<Split> splits(List<Dataset> data, int folds, long seed) {
            return Splits.stratifiedFolds(all(data), folds, seed);
        }

        @Override
        String splitDescription(int folds) {
            return folds + "-fold stratified cross-validation";
        }
    },
    EMERGENT("emergent", "Emergent (train)", "macro-F1") {
        @Override
        List<Dataset> read(Path root) throws InvalidDataException {
            return List.of(DatasetReader.read(root.resolve("emergent/emergent_train.csv"), DataFormat.EMERGENT));
        }

        @Override
        List<Split> splits(List<Dataset> data, int folds, long seed) {
            return Splits.groupedFolds(all(data), folds, seed, LabeledStatement::event);
        }

        @Override
        String splitDescription(int folds) {
            return folds + "-fold cross-validation by claim";
        }
    },
    VAST("vast", "VAST (train, scored on dev)", "macro-F1") {
        @Override
        List<Dataset> read(Path root) throws InvalidDataException {
            return List.of(DatasetReader.read(root.resolve("vast/vast_train.csv"), DataFormat.VAST),
                    DatasetReader.read(root.resolve("vast/vast_dev.csv"), DataFormat.VAST));
        }

        @Override
        List<Split> splits(List<Dataset> data, int folds, long seed) {
            return List.of(new Split(data.get(0).statements(), data.get(1).statements()));
        }

        @Override
        String splitDescription(int folds) {
            return "train on vast_train, score on vast_dev";
        }
    };

    private final String id;
    private final String title;
    private final String measure;

    BenchmarkCorpus(String id, String title, String measure) {
        this.id = id;
        this.title = title;
        this.measure = measure;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The corpus's usual headline measure: F_avg for SemEval-2016, macro-F1 otherwise. */
    public String measure() {
        return measure;
    }

    abstract List<Dataset> read(Path root) throws InvalidDataException;

    abstract List<Split> splits(List<Dataset> data, int folds, long seed);

    abstract String splitDescription(int folds);

    public static Optional<BenchmarkCorpus> fromId(String id) {
        for (BenchmarkCorpus c : values()) {
            if (c.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static List<LabeledStatement> all(List<Dataset> data) {
        List<LabeledStatement> all = new ArrayList<>();
        data.forEach(d -> all.addAll(d.statements()));
        return all;
    }
}

package org.stance4j.benchmarks;

import org.stance4j.datasets.DataFormat;
import org.stance4j.datasets.DatasetReader;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.InvalidDataException;
import org.stance4j.model.StanceInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark statements from the public corpora in the shared datasets folder (never copied into
 * the repository): tweet-length statements are SemEval-2016 tweets with their targets as events;
 * 60-word statements are the first 60 words of VAST comments (the shorter ones whole) with their
 * topics as events. Cycled to the requested count.
 */
public enum Statements {
    TWEET("tweet"),
    WORDS60("words60");

    private final String id;

    Statements(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Statements fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown statement length '" + id + "' (tweet, words60)"));
    }

    /** The shared datasets folder: -Dstance4j.datasets, or ../shared/datasets. */
    public static Path datasets() {
        return Path.of(System.getProperty("stance4j.datasets", "../shared/datasets"));
    }

    public List<StanceInput> load(int count) throws InvalidDataException {
        List<StanceInput> base = new ArrayList<>();
        if (this == TWEET) {
            for (LabeledStatement s : DatasetReader.read(datasets().resolve("semeval2016/trainingdata-all-annotations.txt"), DataFormat.SEMEVAL2016).statements()) {
                base.add(s.input());
            }
        } else {
            for (LabeledStatement s : DatasetReader.read(datasets().resolve("vast/vast_dev.csv"), DataFormat.VAST).statements()) {
                String[] words = s.text().strip().split("\\s+");
                base.add(new StanceInput(s.event(), String.join(" ", Arrays.copyOf(words, Math.min(60, words.length)))));
            }
        }
        List<StanceInput> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) {
            out.add(base.get(i % base.size()));
        }
        return out;
    }
}

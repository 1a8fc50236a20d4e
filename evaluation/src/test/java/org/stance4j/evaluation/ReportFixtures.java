package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Evaluation reports made up for tests, with hostile text among the statements. */
final class ReportFixtures {
    static final String SCRIPT_TEXT = "<script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>";
    static final String IMG_TEXT = "<img src=x onerror=\"document.title='pwned'\"> & \"quotes\" 'single'";

    private ReportFixtures() {
    }

    /** A prediction of {@code stance} with probability 0.8, the others 0.1. */
    static Prediction sure(Stance stance) {
        Map<Stance, Double> p = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            p.put(s, s == stance ? 0.8 : 0.1);
        }
        return Prediction.of(p);
    }

    static EvaluationReport report(int n, double accuracy, long seed) {
        Random random = new Random(seed);
        List<LabeledStatement> gold = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 0; i < n; i++) {
            Stance g = stances[i % 3];
            // the two hostile statements are confident mistakes, so that the report shows them
            boolean right = i >= 2 && random.nextDouble() < accuracy;
            Stance p = right ? g : stances[(i + 1 + random.nextInt(2)) % 3];
            double top = i < 2 ? 0.99 : 0.4 + 0.6 * random.nextDouble();
            double rest = (1 - top) / 2;
            Map<Stance, Double> probs = new java.util.EnumMap<>(Stance.class);
            for (Stance s : stances) {
                probs.put(s, s == p ? top : rest);
            }
            String text = i == 0 ? SCRIPT_TEXT : i == 1 ? IMG_TEXT : "statement " + i;
            String event = i == 0 ? "<b>event</b> " + (i % 4) : "event " + (i % 4);
            gold.add(new LabeledStatement("s" + i, event, text, g, i == 1 ? "<i>speaker</i>" : "speaker " + i, ""));
            predictions.add(Prediction.of(probs));
        }
        ModelInfo info = new ModelInfo("0.1.0-test", "1.0", "ngram", Instant.parse("2026-01-01T00:00:00Z"), List.of(stances), 1,
                List.of(new ModelInfo.TrainingData("train", "train<1>.csv", "csv", "a".repeat(64), 100, Map.of(Stance.NEUTRAL, 100L))),
                Map.of("macro_f1", 0.5), Map.of("stance4j", "0.1.0-test"));
        return EvaluationReport.of(gold, predictions, info, new DataSummary("test<data>.csv", "csv", "b".repeat(64), 0));
    }
}

package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well predicted stances match gold ones: accuracy, macro-F1, F_avg (SemEval-2016's measure),
 * per-stance precision/recall/F1, the confusion matrix and per-event scores. Immutable.
 *
 * @param perEvent in order of first appearance
 */
public record Evaluation(long examples, double accuracy, double macroF1, double fAvg,
                         Map<Stance, ClassMetrics> perClass, Map<Stance, Map<Stance, Long>> confusion,
                         Map<String, EventMetrics> perEvent) {
    public Evaluation {
        perClass = Collections.unmodifiableMap(new EnumMap<>(perClass));
        perEvent = Collections.unmodifiableMap(new LinkedHashMap<>(perEvent));
    }

    /** Scores a model's predictions of the gold statements (parallel lists), by their stances and events. */
    public static Evaluation of(List<LabeledStatement> gold, List<Prediction> predictions) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException(gold.size() + " statements but " + predictions.size() + " predictions");
        }
        return of(gold.stream().map(LabeledStatement::stance).toList(), predictions.stream().map(Prediction::stance).toList(),
                gold.stream().map(LabeledStatement::event).toList());
    }

    /** Scores predictions against gold labels; the three lists are parallel. */
    public static Evaluation of(List<Stance> gold, List<Stance> predicted, List<String> events) {
        if (events.size() != gold.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + events.size() + " events");
        }
        ConfusionMatrix all = new ConfusionMatrix(gold, predicted);
        Map<Stance, ClassMetrics> perClass = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            perClass.put(s, all.metrics(s));
        }
        Map<String, List<Integer>> rowsByEvent = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            rowsByEvent.computeIfAbsent(events.get(i), e -> new ArrayList<>()).add(i);
        }
        Map<String, EventMetrics> perEvent = new LinkedHashMap<>();
        rowsByEvent.forEach((event, rows) -> {
            List<Stance> g = rows.stream().map(gold::get).toList();
            List<Stance> p = rows.stream().map(predicted::get).toList();
            ConfusionMatrix m = new ConfusionMatrix(g, p);
            perEvent.put(event, new EventMetrics(rows.size(), m.accuracy(), m.macroF1()));
        });
        return new Evaluation(all.total(), all.accuracy(), all.macroF1(), all.fAvg(), perClass, all.asMap(), perEvent);
    }

    /** A few lines for a terminal: the headline figures and per-stance F1. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d statements: accuracy %.3f, macro-F1 %.3f, F_avg %.3f%n",
                examples, accuracy, macroF1, fAvg));
        for (Map.Entry<Stance, ClassMetrics> e : perClass.entrySet()) {
            ClassMetrics m = e.getValue();
            sb.append(String.format(Locale.ROOT, "  %-10s precision %.3f  recall %.3f  F1 %.3f  (%d)%n",
                    e.getKey().label(), m.precision(), m.recall(), m.f1(), m.support()));
        }
        return sb.toString();
    }
}

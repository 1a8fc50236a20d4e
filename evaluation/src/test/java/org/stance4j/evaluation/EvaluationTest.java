package org.stance4j.evaluation;

import org.junit.jupiter.api.Test;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stance4j.model.Stance.CONDEMNING;
import static org.stance4j.model.Stance.NEUTRAL;
import static org.stance4j.model.Stance.SUPPORTIVE;

class EvaluationTest {
    /*
     * gold \ predicted   sup  con  neu
     * supportive          3    1    1     (5)
     * condemning          1    2    0     (3)
     * neutral             0    1    1     (2)
     * precision: sup 3/4, con 2/4, neu 1/2; recall: sup 3/5, con 2/3, neu 1/2
     * F1: sup 2/3, con 4/7, neu 1/2; accuracy 6/10
     */
    private static final List<Stance> GOLD = List.of(SUPPORTIVE, SUPPORTIVE, SUPPORTIVE, SUPPORTIVE, SUPPORTIVE,
            CONDEMNING, CONDEMNING, CONDEMNING, NEUTRAL, NEUTRAL);
    private static final List<Stance> PREDICTED = List.of(SUPPORTIVE, SUPPORTIVE, SUPPORTIVE, CONDEMNING, NEUTRAL,
            SUPPORTIVE, CONDEMNING, CONDEMNING, CONDEMNING, NEUTRAL);
    private static final List<String> EVENTS = List.of("a", "a", "b", "b", "b", "a", "a", "b", "b", "b");

    @Test
    void matchesTheHandComputedConfusionMatrix() {
        Evaluation e = Evaluation.of(GOLD, PREDICTED, EVENTS);
        assertEquals(10, e.examples());
        assertEquals(0.6, e.accuracy(), 1e-12);
        assertEquals(0.75, e.perClass().get(SUPPORTIVE).precision(), 1e-12);
        assertEquals(0.6, e.perClass().get(SUPPORTIVE).recall(), 1e-12);
        assertEquals(2.0 / 3, e.perClass().get(SUPPORTIVE).f1(), 1e-12);
        assertEquals(4.0 / 7, e.perClass().get(CONDEMNING).f1(), 1e-12);
        assertEquals(0.5, e.perClass().get(NEUTRAL).f1(), 1e-12);
        assertEquals(3, e.perClass().get(CONDEMNING).support());
        assertEquals((2.0 / 3 + 4.0 / 7 + 0.5) / 3, e.macroF1(), 1e-12);
        assertEquals((2.0 / 3 + 4.0 / 7) / 2, e.fAvg(), 1e-12, "F_avg: mean F1 of supportive and condemning");
        assertEquals(1L, e.confusion().get(SUPPORTIVE).get(NEUTRAL));
        assertEquals(0L, e.confusion().get(NEUTRAL).get(SUPPORTIVE));
    }

    @Test
    void perEventScoresUseOnlyThatEventsStatements() {
        Evaluation e = Evaluation.of(GOLD, PREDICTED, EVENTS);
        // event a: gold sup sup con con, predicted sup sup sup con -> accuracy 3/4
        EventMetrics a = e.perEvent().get("a");
        assertEquals(4, a.examples());
        assertEquals(0.75, a.accuracy(), 1e-12);
        // sup: P 2/3 R 1 F1 0.8; con: P 1 R 1/2 F1 2/3; neutral absent from gold and predictions, so left out
        assertEquals((0.8 + 2.0 / 3) / 2, a.macroF1(), 1e-12);
        assertEquals(List.of("a", "b"), List.copyOf(e.perEvent().keySet()));
    }

    @Test
    void aStanceNeverPredictedNorPresentScoresZeroWithoutDividingByZero() {
        Evaluation e = Evaluation.of(List.of(SUPPORTIVE, SUPPORTIVE), List.of(SUPPORTIVE, CONDEMNING), List.of("x", "x"));
        assertEquals(0.0, e.perClass().get(CONDEMNING).f1());
        assertEquals(0.0, e.perClass().get(NEUTRAL).precision());
        assertEquals((2.0 / 3 + 0) / 2, e.macroF1(), 1e-12);
        assertEquals((2.0 / 3 + 0) / 2, e.fAvg(), 1e-12);
    }

    @Test
    void statementsAndPredictionsScoreAsTheirStancesAndEventsDo() {
        List<LabeledStatement> gold = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < GOLD.size(); i++) {
            gold.add(new LabeledStatement(String.valueOf(i), EVENTS.get(i), "statement " + i, GOLD.get(i)));
            predictions.add(certain(PREDICTED.get(i)));
        }
        assertEquals(Evaluation.of(GOLD, PREDICTED, EVENTS), Evaluation.of(gold, predictions));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(gold, predictions.subList(0, 9)));
    }

    private static Prediction certain(Stance stance) {
        Map<Stance, Double> probabilities = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            probabilities.put(s, s == stance ? 0.8 : 0.1);
        }
        return Prediction.of(probabilities);
    }
}

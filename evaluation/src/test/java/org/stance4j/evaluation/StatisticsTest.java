package org.stance4j.evaluation;

import org.junit.jupiter.api.Test;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {
    @Test
    void bootstrapIntervalsHoldTheEstimateAreSeededAndShrinkWithMoreData() {
        EvaluationReport small = ReportFixtures.report(200, 0.7, 3);
        EvaluationReport large = ReportFixtures.report(5000, 0.7, 3);
        assertTrue(small.intervals().macroF1().contains(small.evaluation().macroF1()));
        assertTrue(small.intervals().accuracy().contains(small.evaluation().accuracy()));
        assertEquals(small.intervals(), ReportFixtures.report(200, 0.7, 3).intervals());
        double smallWidth = small.intervals().accuracy().high() - small.intervals().accuracy().low();
        double largeWidth = large.intervals().accuracy().high() - large.intervals().accuracy().low();
        assertTrue(largeWidth < smallWidth / 3, smallWidth + " vs " + largeWidth);
        // a binomial proportion near 0.7 over 5,000 has a 95% interval of about +-0.0127
        assertEquals(2 * 1.96 * Math.sqrt(0.7 * 0.3 / 5000), largeWidth, 0.006);
    }

    /** The figures of fixed seeds, as the bootstrap gave them before its resampling had one home; they must not move. */
    @Test
    void seededBootstrapFiguresStayExactlyAsTheyWere() {
        assertEquals(new ConfidenceIntervals(1000, 1, new Interval(0.635, 0.77),
                new Interval(0.6342467845233387, 0.7692523208294896), new Interval(0.6312569521690767, 0.7695931750175081)),
                ReportFixtures.report(200, 0.7, 3).intervals());
        EvaluationReport a = ReportFixtures.report(120, 0.55, 11);
        List<Stance> gold = a.scored().stream().map(s -> s.statement().stance()).toList();
        List<Stance> predicted = a.scored().stream().map(s -> s.prediction().stance()).toList();
        assertEquals(new ConfidenceIntervals(50, 7, new Interval(0.5083333333333333, 0.65),
                new Interval(0.5077519379844961, 0.6403998935644505), new Interval(0.5174418604651163, 0.6640141467727675)),
                ConfidenceIntervals.of(gold, predicted, 50, 7));
        ModelComparison c = ModelComparison.of(a.scored(), ReportFixtures.report(120, 0.7, 12).scored(), 200, 3);
        assertEquals(List.of(new Interval(0.04166666666666674, 0.275), new Interval(0.039722047349819656, 0.27328583767288916),
                new Interval(0.014713675374209756, 0.2579679023508139)),
                c.metrics().stream().map(ModelComparison.MetricDifference::interval).toList());
    }

    @Test
    void calibrationErrorIsTheWeightedGapBetweenConfidenceAndAccuracy() {
        EvaluationReport r = ReportFixtures.report(2000, 0.7, 4);
        double gap = 0;
        for (Calibration.Bin b : r.calibration().bins()) {
            gap += (double) b.count() / 2000 * Math.abs(b.accuracy() - b.meanConfidence());
        }
        assertEquals(gap, r.calibration().expectedCalibrationError(), 1e-12);
        assertEquals(2000, r.calibration().bins().stream().mapToInt(Calibration.Bin::count).sum());
    }

    @Test
    void mcnemarMatchesHandComputedValues() {
        // exact: b=10, c=2, n=12: 2 * P(X <= 2) = 2 * (1 + 12 + 66) / 4096
        assertEquals(2.0 * 79 / 4096, ModelComparison.mcnemar(10, 2), 1e-12);
        assertEquals(1.0, ModelComparison.mcnemar(0, 0));
        assertEquals(1.0, ModelComparison.mcnemar(7, 7), 1e-12);
        // chi-square with continuity correction: (|40-20|-1)^2 / 60 = 6.0167, p = 0.01418
        assertEquals(0.01418, ModelComparison.mcnemar(40, 20), 5e-5);
        assertEquals(0.0455, 2 * 0.5 * ModelComparison.erfc(2 / Math.sqrt(2)), 1e-3);
    }

    @Test
    void comparingAModelWithItselfShowsNoDifference() {
        EvaluationReport r = ReportFixtures.report(300, 0.6, 5);
        ModelComparison c = ModelComparison.of(r.scored(), r.scored(), 200, 1);
        for (ModelComparison.MetricDifference m : c.metrics()) {
            assertEquals(0.0, m.difference());
            assertEquals(new Interval(0, 0), m.interval());
        }
        assertEquals(1.0, c.mcnemarP());
        assertTrue(c.disagreements().isEmpty());
    }

    @Test
    void aBetterModelShowsAPositiveDifferenceThatExcludesZero() {
        EvaluationReport weak = ReportFixtures.report(1500, 0.5, 6);
        List<ScoredStatement> strong = new ArrayList<>();
        Random random = new Random(9);
        for (ScoredStatement s : weak.scored()) {
            boolean fix = !s.correct() && random.nextDouble() < 0.6;
            Stance p = fix ? s.statement().stance() : s.prediction().stance();
            java.util.Map<Stance, Double> probs = new java.util.EnumMap<>(Stance.class);
            for (Stance x : Stance.values()) {
                probs.put(x, x == p ? 0.8 : 0.1);
            }
            strong.add(new ScoredStatement(s.statement(), org.stance4j.model.Prediction.of(probs)));
        }
        ModelComparison c = ModelComparison.of(weak.scored(), strong, 500, 1);
        ModelComparison.MetricDifference accuracy = c.metrics().get(0);
        assertTrue(accuracy.difference() > 0.2);
        assertTrue(accuracy.interval().low() > 0);
        assertEquals(0, c.onlyARight());
        assertTrue(c.mcnemarP() < 1e-10);
        assertEquals(c.onlyBRight(), c.disagreements().size());
        assertThrows(IllegalArgumentException.class, () -> ModelComparison.of(weak.scored(), strong.subList(1, strong.size()), 100, 1));
    }
}

package org.stance4j.evaluation;

import org.junit.jupiter.api.Test;
import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrastiveSplitTest {
    private static final String BAN = "Court upholds the ban";
    private static final String LIFT = "Court lifts the ban";

    @Test
    void aTextTrainedOnTowardAnotherEventWithAnotherStanceIsContrastive() {
        List<LabeledStatement> train = List.of(
                new LabeledStatement("1", BAN, "A victory for public health.", Stance.SUPPORTIVE),
                new LabeledStatement("2", BAN, "Shops will suffer.", Stance.CONDEMNING),
                new LabeledStatement("3", LIFT, "The hearing took an hour.", Stance.NEUTRAL));
        List<LabeledStatement> test = List.of(
                // trained on toward the other event with the other stance: contrastive, and predicted as trained (wrong)
                new LabeledStatement("4", LIFT, "A victory for public health.", Stance.CONDEMNING),
                // trained on toward the other event with the same stance: not contrastive
                new LabeledStatement("5", BAN, "The hearing took an hour.", Stance.NEUTRAL),
                // the same event and text as a training row: not contrastive either
                new LabeledStatement("6", BAN, "Shops will suffer.", Stance.CONDEMNING),
                new LabeledStatement("7", LIFT, "Shops can reopen.", Stance.SUPPORTIVE));
        List<Prediction> predictions = List.of(ReportFixtures.sure(Stance.SUPPORTIVE), ReportFixtures.sure(Stance.NEUTRAL),
                ReportFixtures.sure(Stance.CONDEMNING), ReportFixtures.sure(Stance.CONDEMNING));

        ContrastiveSplit split = ContrastiveSplit.of(train, test, predictions);

        assertEquals(new ContrastiveSplit(1, 0, 3, 2), split);
        assertTrue(split.any());
        assertEquals(0.0, split.contrastiveAccuracy());
        assertEquals(2.0 / 3, split.othersAccuracy(), 1e-12);
        assertEquals("1 whose text was trained on toward another event with another stance: accuracy 0.000; the other 3: accuracy 0.667",
                split.summary());
    }

    @Test
    void withoutRepeatedTextsThereIsNothingToReport() {
        List<LabeledStatement> train = List.of(new LabeledStatement("1", BAN, "Good.", Stance.SUPPORTIVE));
        List<LabeledStatement> test = List.of(new LabeledStatement("2", BAN, "Bad.", Stance.CONDEMNING));
        ContrastiveSplit split = ContrastiveSplit.of(train, test, List.of(ReportFixtures.sure(Stance.CONDEMNING)));
        assertFalse(split.any());
        assertEquals(1.0, split.othersAccuracy());
        assertThrows(IllegalArgumentException.class, () -> ContrastiveSplit.of(train, test, List.of()));
    }
}

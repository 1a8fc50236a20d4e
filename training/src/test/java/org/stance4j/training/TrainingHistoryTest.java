package org.stance4j.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainingHistoryTest {
    private static TrainingHistory history(int bestEpoch, double... devMacroF1) {
        List<EpochResult> epochs = new ArrayList<>();
        for (int i = 0; i < devMacroF1.length; i++) {
            epochs.add(new EpochResult(i + 1, 1.0 / (i + 1), devMacroF1[i], 1.0));
        }
        return new TrainingHistory(epochs, bestEpoch, "early stopping", 0, 0);
    }

    @Test
    void aLuckyEarlyPeakDoesNotChooseTheRefitLength() {
        // the raw best is epoch 2; epochs 5 and 6 are good together
        TrainingHistory h = history(2, 0.6295, 0.6778, 0.6436, 0.6588, 0.6685, 0.6690);
        assertEquals(2, h.bestEpoch());
        assertEquals(6, h.smoothedBestEpoch());
    }

    @Test
    void aSteadyPeakIsKeptAndTiesGoToTheEarliestEpoch() {
        assertEquals(3, history(3, 0.50, 0.60, 0.70, 0.60, 0.50).smoothedBestEpoch());
        assertEquals(1, history(1, 0.5, 0.5, 0.5, 0.5).smoothedBestEpoch());
    }

    @Test
    void oneOrTwoEpochsAreEnough() {
        assertEquals(1, history(1, 0.4).smoothedBestEpoch());
        assertEquals(1, history(2, 0.4, 0.5).smoothedBestEpoch());
    }
}

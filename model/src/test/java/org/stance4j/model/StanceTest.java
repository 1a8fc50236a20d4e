package org.stance4j.model;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StanceTest {
    @Test
    void labelsRoundTripIgnoringCaseAndBlanks() {
        for (Stance s : Stance.values()) {
            assertEquals(Optional.of(s), Stance.fromLabel(" " + s.label().toUpperCase() + " "));
        }
        assertEquals(Optional.empty(), Stance.fromLabel("favor"));
        assertEquals(Optional.empty(), Stance.fromLabel(null));
    }

    @Test
    void predictionPicksTheMostProbableStance() {
        Prediction p = Prediction.of(Map.of(Stance.SUPPORTIVE, 0.2, Stance.CONDEMNING, 0.7, Stance.NEUTRAL, 0.1));
        assertEquals(Stance.CONDEMNING, p.stance());
        assertEquals(0.7, p.confidence());
        assertEquals(0.2, p.probability(Stance.SUPPORTIVE));
        assertThrows(UnsupportedOperationException.class, () -> p.probabilities().put(Stance.NEUTRAL, 1.0));
    }

    @Test
    void predictionRejectsMissingOrInvalidProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> Prediction.of(Map.of(Stance.SUPPORTIVE, 1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> Prediction.of(Map.of(Stance.SUPPORTIVE, 1.5, Stance.CONDEMNING, 0.0, Stance.NEUTRAL, 0.0)));
        assertThrows(IllegalArgumentException.class,
                () -> Prediction.of(Map.of(Stance.SUPPORTIVE, Double.NaN, Stance.CONDEMNING, 0.0, Stance.NEUTRAL, 0.0)));
    }

    @Test
    void inputRejectsNulls() {
        assertThrows(NullPointerException.class, () -> new StanceInput(null, "text"));
        assertThrows(NullPointerException.class, () -> new StanceInput("event", null));
    }

    @Test
    void invalidDataMessageNamesFileLineAndColumn() {
        InvalidDataException e = new InvalidDataException("data.csv", 7, "stance", "unknown label 'maybe'");
        assertEquals("data.csv:7: column 'stance': unknown label 'maybe'", e.getMessage());
        assertEquals("data.csv: the file is empty", new InvalidDataException("data.csv", 0, null, "the file is empty").getMessage());
    }
}

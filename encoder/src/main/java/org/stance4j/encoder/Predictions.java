package org.stance4j.encoder;

import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rows of stance probabilities, in {@link Stance} order, as predictions: shared by both scorers. */
final class Predictions {
    private Predictions() {
    }

    static List<Prediction> of(float[] probabilities, int rows) {
        Stance[] stances = Stance.values();
        List<Prediction> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Map<Stance, Double> map = new EnumMap<>(Stance.class);
            for (int j = 0; j < stances.length; j++) {
                map.put(stances[j], (double) probabilities[i * stances.length + j]);
            }
            out.add(Prediction.of(map));
        }
        return out;
    }
}

package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores on contrastive texts held out toward every event of their pair: the model never saw the
 * text, so its words carry no trained stance, and it is right toward all the text's events only if
 * it reads them. A text counts as right when every one of its rows is.
 *
 * @param rows the held-out rows (one per text and event)
 * @param rowsCorrect how many rows the model got right
 * @param texts the held-out texts
 * @param textsCorrect how many texts the model got right toward every event
 */
public record HeldOutPairs(int rows, int rowsCorrect, int texts, int textsCorrect) {
    public HeldOutPairs {
        if (rows < 0 || texts < 0 || rowsCorrect < 0 || textsCorrect < 0
                || rowsCorrect > rows || textsCorrect > texts || texts > rows) {
            throw new IllegalArgumentException("counts out of range");
        }
    }

    /** @param predictions one per row, in the same order */
    public static HeldOutPairs of(List<LabeledStatement> rows, List<Prediction> predictions) {
        if (rows.size() != predictions.size()) {
            throw new IllegalArgumentException(rows.size() + " statements but " + predictions.size() + " predictions");
        }
        Map<String, Boolean> textRight = new LinkedHashMap<>();
        int correct = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean right = predictions.get(i).stance() == rows.get(i).stance();
            correct += right ? 1 : 0;
            textRight.merge(rows.get(i).text(), right, Boolean::logicalAnd);
        }
        int textsCorrect = (int) textRight.values().stream().filter(Boolean::booleanValue).count();
        return new HeldOutPairs(rows.size(), correct, textRight.size(), textsCorrect);
    }

    public double rowAccuracy() {
        return rows == 0 ? Double.NaN : (double) rowsCorrect / rows;
    }

    public double pairAccuracy() {
        return texts == 0 ? Double.NaN : (double) textsCorrect / texts;
    }

    /** One line for the command line. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d contrastive texts held out toward every event of their pair (%d rows): row accuracy %.3f, pair accuracy %.3f",
                texts, rows, rowAccuracy(), pairAccuracy());
    }
}

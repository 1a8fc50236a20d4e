package org.stance4j.evaluation;

import org.stance4j.datasets.LabeledStatement;
import org.stance4j.model.Prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Held-out statements split by whether their exact text was trained on toward another event with
 * another stance. Such a statement can only be right if the model reads the event: the words alone
 * point to the stance it was trained on. A corpus with contrastive rows (one text, a stance toward
 * each of two events) puts some of them on either side of a random split, and their accuracy shows
 * how far the model has learnt stance toward an event rather than stance of a text.
 *
 * @param contrastive held-out statements whose text was trained on toward another event with another stance
 * @param contrastiveCorrect how many of those the model got right
 * @param others every other held-out statement
 * @param othersCorrect how many of those the model got right
 */
public record ContrastiveSplit(int contrastive, int contrastiveCorrect, int others, int othersCorrect) {
    public ContrastiveSplit {
        if (contrastive < 0 || others < 0 || contrastiveCorrect < 0 || othersCorrect < 0
                || contrastiveCorrect > contrastive || othersCorrect > others) {
            throw new IllegalArgumentException("counts out of range");
        }
    }

    /** @param predictions one per test statement, in the same order */
    public static ContrastiveSplit of(List<LabeledStatement> train, List<LabeledStatement> test, List<Prediction> predictions) {
        if (test.size() != predictions.size()) {
            throw new IllegalArgumentException(test.size() + " statements but " + predictions.size() + " predictions");
        }
        Map<String, List<LabeledStatement>> trainedByText = new HashMap<>();
        for (LabeledStatement s : train) {
            trainedByText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s);
        }
        int contrastive = 0;
        int contrastiveCorrect = 0;
        int others = 0;
        int othersCorrect = 0;
        for (int i = 0; i < test.size(); i++) {
            LabeledStatement s = test.get(i);
            boolean correct = predictions.get(i).stance() == s.stance();
            if (isContrastive(s, trainedByText.getOrDefault(s.text(), List.of()))) {
                contrastive++;
                contrastiveCorrect += correct ? 1 : 0;
            } else {
                others++;
                othersCorrect += correct ? 1 : 0;
            }
        }
        return new ContrastiveSplit(contrastive, contrastiveCorrect, others, othersCorrect);
    }

    private static boolean isContrastive(LabeledStatement s, List<LabeledStatement> sameText) {
        for (LabeledStatement t : sameText) {
            if (!t.event().equals(s.event()) && t.stance() != s.stance()) {
                return true;
            }
        }
        return false;
    }

    public double contrastiveAccuracy() {
        return contrastive == 0 ? Double.NaN : (double) contrastiveCorrect / contrastive;
    }

    public double othersAccuracy() {
        return others == 0 ? Double.NaN : (double) othersCorrect / others;
    }

    /** Whether any held-out statement is contrastive; without one there is nothing to report. */
    public boolean any() {
        return contrastive > 0;
    }

    /** One line for the command line, e.g. "68 statements whose text was trained on ...: accuracy 0.265; the other 677: 0.779". */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d whose text was trained on toward another event with another stance: accuracy %.3f; the other %d: accuracy %.3f",
                contrastive, contrastiveAccuracy(), others, othersAccuracy());
    }
}

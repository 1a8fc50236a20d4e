package org.stance4j.model.kind;

import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Averages its members' probabilities statement by statement; each member batches as it likes. */
public final class MeanScorer implements Scorer {
    private final List<Scorer> members;

    /** @param members two or more scorers, closed with this one */
    public MeanScorer(List<Scorer> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public List<Prediction> score(List<StanceInput> inputs) {
        List<List<Prediction>> each = new ArrayList<>(members.size());
        for (Scorer member : members) {
            List<Prediction> predictions = member.score(inputs);
            if (predictions.size() != inputs.size()) {
                throw new IllegalStateException("a member gave " + predictions.size() + " predictions for " + inputs.size() + " inputs");
            }
            each.add(predictions);
        }
        List<Prediction> mean = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Map<Stance, Double> p = new EnumMap<>(Stance.class);
            for (Stance s : Stance.values()) {
                double sum = 0;
                for (List<Prediction> predictions : each) {
                    sum += predictions.get(i).probability(s);
                }
                p.put(s, sum / each.size());
            }
            mean.add(Prediction.of(p));
        }
        return mean;
    }

    @Override
    public void close() {
        members.forEach(Scorer::close);
    }
}

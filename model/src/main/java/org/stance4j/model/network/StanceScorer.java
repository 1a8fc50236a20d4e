package org.stance4j.model.network;

import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.kind.Scorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Featurises statements and runs them through a compiled network: the scoring path shared by
 * evaluation during training and by the inference library. Immutable and safe to share between
 * threads; it scores with the weights the network had when the scorer was made.
 */
public final class StanceScorer implements Scorer {
    /**
     * Statements featurised together: one CoreNLP lexer reads them all, and a batch's features
     * stay small enough to be cache-friendly. A statement's probabilities do not depend on it.
     */
    public static final int BATCH_SIZE = 256;

    private final Featurizer featurizer;
    private final CompiledNetwork network;
    private final List<Stance> outputOrder;

    /** @param outputOrder the stance of each network output, in order */
    public StanceScorer(Featurizer featurizer, CompiledNetwork network, List<Stance> outputOrder) {
        if (network.outputs() != outputOrder.size()) {
            throw new IllegalArgumentException("a network of " + network.outputs() + " outputs for "
                    + outputOrder.size() + " stances");
        }
        this.featurizer = featurizer;
        this.network = network;
        this.outputOrder = List.copyOf(outputOrder);
    }

    /** Predictions for the inputs, in order, featurised {@link #BATCH_SIZE} at a time. */
    @Override
    public List<Prediction> score(List<StanceInput> inputs) {
        List<Prediction> out = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += BATCH_SIZE) {
            out.addAll(score(featurizer.featurize(inputs.subList(from, Math.min(inputs.size(), from + BATCH_SIZE)))));
        }
        return out;
    }

    /** Predictions for an already featurised batch (of any size). */
    public List<Prediction> score(FeatureBatch batch) {
        float[] flat = network.probabilities(batch);
        int n = batch.size();
        int k = outputOrder.size();
        List<Prediction> predictions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Stance, Double> p = new EnumMap<>(Stance.class);
            for (int j = 0; j < k; j++) {
                p.put(outputOrder.get(j), clamp(flat[i * k + j]));
            }
            predictions.add(Prediction.of(p));
        }
        return predictions;
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    public List<Stance> outputOrder() {
        return outputOrder;
    }

    /** Softmax output is in [0, 1] up to float rounding. */
    private static double clamp(float p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}

package org.stance4j.model.network;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.Prediction;
import org.stance4j.model.Stance;
import org.stance4j.model.StanceInput;
import org.stance4j.model.features.FeatureBatch;
import org.stance4j.model.features.Featurizer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Featurises statements and runs them through a network: the scoring path shared by evaluation
 * during training and by the inference library. Not thread-safe (a DL4J network keeps per-call
 * state); the inference library gives each thread its own scorer over shared weights.
 */
public final class StanceScorer {
    /**
     * Statements per network call. Everyone who scores many statements uses this size, so a
     * statement's probabilities do not depend on who scored it (a different batch size can change
     * the last bits of a float result).
     */
    public static final int BATCH_SIZE = 256;

    private final Featurizer featurizer;
    private final ComputationGraph network;
    private final List<Stance> outputOrder;

    /** @param outputOrder the stance of each network output, in order */
    public StanceScorer(Featurizer featurizer, ComputationGraph network, List<Stance> outputOrder) {
        this.featurizer = featurizer;
        this.network = network;
        this.outputOrder = List.copyOf(outputOrder);
    }

    /** Predictions for the inputs, in order, in batches of {@link #BATCH_SIZE}. */
    public List<Prediction> score(List<StanceInput> inputs) {
        List<Prediction> out = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += BATCH_SIZE) {
            out.addAll(score(featurizer.featurize(inputs.subList(from, Math.min(inputs.size(), from + BATCH_SIZE)))));
        }
        return out;
    }

    /** Predictions for an already featurised batch (of any size). */
    public List<Prediction> score(FeatureBatch batch) {
        INDArray probabilities = network.output(false, batch.inputs())[0];
        int n = batch.size();
        float[] flat = probabilities.dup('c').data().asFloat();
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

    public ComputationGraph network() {
        return network;
    }

    public List<Stance> outputOrder() {
        return outputOrder;
    }

    /** Softmax output is in [0, 1] up to float rounding. */
    private static double clamp(float p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}

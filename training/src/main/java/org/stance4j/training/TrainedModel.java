package org.stance4j.training;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.stance4j.model.Stance;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.training.network.NetworkFactory;
import org.stance4j.evaluation.Evaluation;

import java.util.List;

/**
 * A network fresh from training, with what is needed to score with it and to save it.
 *
 * @param outputOrder the stance of each network output
 * @param labelWeights the loss weight of each output (class weighting), recorded in the bundle
 * @param dev the scores on the dev statements with the kept weights
 */
public record TrainedModel(TrainingSettings settings, Featurizer featurizer, ComputationGraph network,
                           List<Stance> outputOrder, List<Double> labelWeights, TrainingHistory history,
                           Evaluation dev) {
    public TrainedModel {
        outputOrder = List.copyOf(outputOrder);
        labelWeights = List.copyOf(labelWeights);
    }

    /** A scorer over a snapshot of this network's weights, safe to share between threads. */
    public StanceScorer scorer() {
        return new StanceScorer(featurizer, NetworkFactory.compile(network, settings.features(), settings.network()), outputOrder);
    }
}

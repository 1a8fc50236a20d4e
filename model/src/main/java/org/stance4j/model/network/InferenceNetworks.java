package org.stance4j.model.network;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes networks for inference that all share one model's weights: the DL4J parameters once
 * off-heap, and one heap copy of each embedding table for fast row reads. Each network may be used
 * by one thread at a time; any number may exist. The networks cannot be trained.
 */
public final class InferenceNetworks {
    private final ComputationGraphConfiguration configuration;
    private final INDArray parameters;
    private final Map<String, float[]> tables = new HashMap<>();

    public InferenceNetworks(ComputationGraphConfiguration configuration, INDArray parameters) {
        this.configuration = configuration;
        this.parameters = parameters;
        ComputationGraph template = NetworkFactory.withParameters(configuration, parameters);
        for (Layer layer : template.getLayers()) {
            if (layer instanceof EmbeddingBagLayer bag) {
                tables.put(bag.getConfig().getLayerName(), bag.weightsCopy());
            }
        }
        template.close();
    }

    /** A new network over the shared weights. */
    public ComputationGraph newNetwork() {
        ComputationGraph graph = NetworkFactory.withParameters(configuration, parameters);
        for (Layer layer : graph.getLayers()) {
            if (layer instanceof EmbeddingBagLayer bag) {
                bag.freeze(tables.get(bag.getConfig().getLayerName()));
            }
        }
        return graph;
    }
}

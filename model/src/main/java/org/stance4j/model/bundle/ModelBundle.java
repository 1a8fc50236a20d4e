package org.stance4j.model.bundle;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.NetworkFactory;
import org.stance4j.model.network.StanceScorer;
import org.stance4j.model.text.TextPipeline;

import java.util.List;

/**
 * A model bundle in memory: its manifest and its network weights, with the means to rebuild the
 * text pipeline, the featuriser and the network exactly as training had them.
 */
public final class ModelBundle {
    private final Manifest manifest;
    private final INDArray parameters;
    private final List<Stance> outputOrder;
    private final ComputationGraphConfiguration configuration;

    ModelBundle(Manifest manifest, INDArray parameters, List<Stance> outputOrder) {
        this.manifest = manifest;
        this.parameters = parameters;
        this.outputOrder = List.copyOf(outputOrder);
        this.configuration = NetworkFactory.configuration(manifest.features(), manifest.network(),
                manifest.labelWeights(), manifest.training().seed());
    }

    public Manifest manifest() {
        return manifest;
    }

    public ModelInfo info() {
        return ManifestInfo.of(manifest);
    }

    /** The stance of each network output. */
    public List<Stance> outputOrder() {
        return outputOrder;
    }

    public Featurizer featurizer() {
        return new Featurizer(new TextPipeline(manifest.text()), manifest.features());
    }

    /** A DL4J network over the bundle's weights (shared, read only); close it after use. */
    public ComputationGraph newNetwork() {
        return NetworkFactory.withParameters(configuration, parameters);
    }

    /** A scorer for the bundle, safe to share between threads. */
    public StanceScorer scorer() {
        ComputationGraph graph = newNetwork();
        try {
            return StanceScorer.of(featurizer(), graph, outputOrder);
        } finally {
            graph.close();
        }
    }

    /** The weights, shared; do not modify. */
    public INDArray parameters() {
        return parameters;
    }
}

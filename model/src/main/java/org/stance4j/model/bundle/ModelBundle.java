package org.stance4j.model.bundle;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.ModelInfo;
import org.stance4j.model.Stance;
import org.stance4j.model.features.Featurizer;
import org.stance4j.model.network.InferenceNetworks;
import org.stance4j.model.network.NetworkFactory;
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
    private volatile InferenceNetworks networks;

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

    /**
     * A network over the bundle's weights, for inference. Every network returned shares the same
     * weights (read only), so several threads can each score with their own at the cost of one copy
     * of the weights.
     */
    public ComputationGraph newNetwork() {
        InferenceNetworks n = networks;
        if (n == null) {
            synchronized (this) {
                n = networks;
                if (n == null) {
                    n = new InferenceNetworks(configuration, parameters);
                    networks = n;
                }
            }
        }
        return n.newNetwork();
    }

    /** The weights, shared; do not modify. */
    public INDArray parameters() {
        return parameters;
    }
}

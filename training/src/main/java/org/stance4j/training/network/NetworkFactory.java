package org.stance4j.training.network;

import org.stance4j.nd4j.NativeBackend;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.stance4j.model.features.FeatureBatch.Bag;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.CompiledNetwork;
import org.stance4j.model.network.NetworkLayout;
import org.stance4j.model.network.NetworkSettings;

import java.util.Arrays;
import java.util.List;

/**
 * Builds the stance network, conditioned on the event:
 *
 * <pre>
 *   word n-grams          -> embedding bag (mean) -> w ─┐
 *   character n-grams     -> embedding bag (mean) -> h ─┤
 *   word n-grams x event  -> embedding bag (mean) -> c ─┤
 *   event words           -> embedding bag (mean) -> e ─┴─ [w, h, c, e, w*e] -> (dense, ReLU, dropout) -> softmax
 * </pre>
 *
 * Plain n-grams (w, h) carry what events share; n-grams crossed with the event (c) let every event
 * weigh words its own way, like a model per event; w*e lets the event reweight the statement's
 * pooled words. Each bag is averaged on its own, so the many character n-grams do not drown the
 * words. Embeddings start at zero, so hash buckets that training never touched (the
 * crossed n-grams of an unseen event) add nothing at prediction time. With a small embedding and
 * no hidden layer this is a wide linear model over hashed n-grams, which is the default.
 */
public final class NetworkFactory {
    public static final String OUTPUT = "stance";
    static final String HIDDEN = "hidden";
    /** The merged layer's blocks: the four pooled bags in {@link Bag} order, then words * event. */
    static final int JOINED_BLOCKS = NetworkLayout.JOINED_BLOCKS;
    private static final String INTERACTION = "interaction";
    private static final String JOINED = "joined";

    private NetworkFactory() {
    }

    /**
     * @param labelWeights one loss weight per output, in output order (class weighting)
     * @param seed weight-initialisation and dropout seed
     */
    public static ComputationGraphConfiguration configuration(FeatureSettings features, NetworkSettings network,
                                                              List<Double> labelWeights, long seed) {
        NativeBackend.select();
        int d = network.embeddingSize();
        int outputs = labelWeights.size();
        INDArray weights = Nd4j.create(labelWeights.stream().mapToDouble(Double::doubleValue).toArray(), new long[] {outputs}, DataType.FLOAT);
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(network.learningRate()))
                .l2(network.l2())
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs(Arrays.stream(Bag.values()).map(Bag::input).toArray(String[]::new))
                .addLayer(bagLayer(Bag.WORDS), bag(features.textBuckets(), d, network.sqrtScaling()), Bag.WORDS.input())
                .addLayer(bagLayer(Bag.CHARS), bag(features.textBuckets(), d, network.sqrtScaling()), Bag.CHARS.input())
                .addLayer(bagLayer(Bag.CROSSED), bag(features.textBuckets(), d, network.sqrtScaling()), Bag.CROSSED.input())
                .addLayer(bagLayer(Bag.EVENT), bag(features.eventBuckets(), d, false), Bag.EVENT.input())
                .addVertex(INTERACTION, new ElementWiseVertex(ElementWiseVertex.Op.Product), bagLayer(Bag.WORDS), bagLayer(Bag.EVENT))
                .addVertex(JOINED, new MergeVertex(), bagLayer(Bag.WORDS), bagLayer(Bag.CHARS), bagLayer(Bag.CROSSED),
                        bagLayer(Bag.EVENT), INTERACTION);
        String last = JOINED;
        int width = JOINED_BLOCKS * d;
        double retain = 1.0 - network.dropout();
        if (network.hiddenSize() > 0) {
            DenseLayer.Builder hidden = new DenseLayer.Builder().nIn(width).nOut(network.hiddenSize())
                    .activation(Activation.RELU)
                    // positive bias: with zero-initialised embeddings every ReLU starts active, so gradients flow
                    .biasInit(0.1);
            if (network.dropout() > 0) {
                hidden.dropOut(retain);
            }
            graph.addLayer(HIDDEN, hidden.build(), last);
            last = HIDDEN;
            width = network.hiddenSize();
        }
        OutputLayer.Builder output = new OutputLayer.Builder(new LossMCXENT(weights))
                .nIn(width).nOut(outputs).activation(Activation.SOFTMAX);
        if (network.hiddenSize() == 0 && network.dropout() > 0) {
            output.dropOut(retain);
        }
        return graph.addLayer(OUTPUT, output.build(), last).setOutputs(OUTPUT).build();
    }

    /** A new network with freshly initialised weights. */
    public static ComputationGraph create(FeatureSettings features, NetworkSettings network, List<Double> labelWeights, long seed) {
        ComputationGraph graph = new ComputationGraph(configuration(features, network, labelWeights, seed));
        graph.init();
        return graph;
    }

    /** A network that uses {@code params} as its weights without copying them (shared, read-only use). */
    public static ComputationGraph withParameters(ComputationGraphConfiguration configuration, INDArray params) {
        ComputationGraph graph = new ComputationGraph(configuration.clone());
        graph.init(params, false);
        return graph;
    }

    /**
     * The plain-Java network over a snapshot of the graph's current weights, as a bundle stores
     * them; later training does not change it.
     */
    public static CompiledNetwork compile(ComputationGraph graph, FeatureSettings features, NetworkSettings network) {
        int outputs = (int) graph.getLayer(OUTPUT).getParam("W").size(1);
        return CompiledNetwork.of(parameters(graph), features, network, outputs);
    }

    /** A copy of the graph's flat weight vector, in {@link NetworkLayout}'s order (DL4J's own). */
    public static float[] parameters(ComputationGraph graph) {
        return graph.params().dup('c').data().asFloat();
    }

    /** The name of the embedding-bag layer that pools a bag of features. */
    static String bagLayer(Bag bag) {
        return bag.input() + "_mean";
    }

    private static EmbeddingBag bag(int buckets, int size, boolean sqrt) {
        return new EmbeddingBag.Builder().nIn(buckets).nOut(size).weightInit(WeightInit.ZERO)
                .scaling(sqrt ? EmbeddingBag.Scaling.SQRT : EmbeddingBag.Scaling.MEAN).build();
    }
}

package org.stance4j.training.network;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collection;
import java.util.Map;

/**
 * Configuration of an embedding-bag layer: the mean of the embeddings of a bag of hashed feature
 * indices. Input: indices [batch, length], rows padded with {@code -1}. Output: [batch, nOut].
 *
 * <p>DL4J's own EmbeddingSequenceLayer + GlobalPoolingLayer compute the same mean but go through
 * a [batch, nOut, length] tensor and several strided passes over it; for bags of a few hundred
 * n-grams that was 10 times slower than the whole rest of the network, in training and inference.
 * This layer gathers and sums rows directly.
 */
public class EmbeddingBag extends FeedForwardLayer {
    private static final long serialVersionUID = 1L;

    /** How the sum of a bag's embeddings is scaled. */
    public enum Scaling {
        /** Divide by the number of indices: the mean, whatever the bag's size. */
        MEAN,
        /** Divide by the square root of the number of indices: bigger bags give longer vectors, as with L2-normalised counts. */
        SQRT
    }

    private Scaling scaling = Scaling.MEAN;

    /** For JSON deserialisation. */
    public EmbeddingBag() {
    }

    private EmbeddingBag(Builder builder) {
        super(builder);
        this.scaling = builder.scaling;
    }

    public Scaling getScaling() {
        return scaling;
    }

    public void setScaling(Scaling scaling) {
        this.scaling = scaling;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
                             INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        EmbeddingBagLayer layer = new EmbeddingBagLayer(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public ParamInitializer initializer() {
        return EmbeddingBagParams.INSTANCE;
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(nOut);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        // nIn is the number of hash buckets, never the input's width
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return null;
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        long params = nIn * nOut;
        return new LayerMemoryReport.Builder(layerName, EmbeddingBag.class, inputType, InputType.feedForward(nOut))
                .standardMemory(params, getIUpdater().stateSize(params))
                .workingMemory(0, 0, 0, nOut)
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    /** Builder: {@code nIn} hash buckets, {@code nOut} embedding width, and the usual weight init. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private Scaling scaling = Scaling.MEAN;

        public Builder scaling(Scaling scaling) {
            this.scaling = scaling;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public EmbeddingBag build() {
            return new EmbeddingBag(this);
        }
    }
}

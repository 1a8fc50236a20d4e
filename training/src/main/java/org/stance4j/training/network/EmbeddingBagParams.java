package org.stance4j.training.network;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an {@link EmbeddingBag}: one weight matrix [buckets, width] in row-major order,
 * so that each bucket's embedding is a contiguous row. No bias.
 */
final class EmbeddingBagParams implements ParamInitializer {
    static final EmbeddingBagParams INSTANCE = new EmbeddingBagParams();
    static final String WEIGHTS = DefaultParamInitializer.WEIGHT_KEY;

    private EmbeddingBagParams() {
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        EmbeddingBag bag = (EmbeddingBag) layer;
        return bag.getNIn() * bag.getNOut();
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return List.of(WEIGHTS);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return List.of(WEIGHTS);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return List.of();
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return WEIGHTS.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return false;
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        EmbeddingBag bag = (EmbeddingBag) conf.getLayer();
        long[] shape = {bag.getNIn(), bag.getNOut()};
        INDArray weights = paramsView.reshape('c', shape);
        if (initializeParams) {
            bag.getWeightInitFn().init(bag.getNIn(), bag.getNOut(), shape, 'c', weights);
        }
        Map<String, INDArray> params = new LinkedHashMap<>();
        params.put(WEIGHTS, weights);
        conf.addVariable(WEIGHTS);
        return params;
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        EmbeddingBag bag = (EmbeddingBag) conf.getLayer();
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        gradients.put(WEIGHTS, gradientView.reshape('c', bag.getNIn(), bag.getNOut()));
        return gradients;
    }
}

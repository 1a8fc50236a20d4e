package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;

/** An encoder's weights as ND4J arrays, for training and the ND4J scorer: {@link EncoderTensors} copied. */
final class EncoderWeights {
    private EncoderWeights() {
    }

    /** See {@link EncoderTensors#fromOnnx}. */
    static Map<String, INDArray> fromOnnx(OnnxWeights onnx, EncoderConfig config, int labels, long seed)
            throws InvalidWeightsException {
        return arrays(EncoderTensors.fromOnnx(onnx, config, labels, seed));
    }

    /** See {@link EncoderTensors#random}. */
    static Map<String, INDArray> random(EncoderConfig config, int labels, long seed) {
        return arrays(EncoderTensors.random(config, labels, seed));
    }

    static Map<String, INDArray> arrays(Map<String, NamedTensor> tensors) {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        tensors.forEach((name, t) -> arrays.put(name, array(t)));
        return arrays;
    }

    static INDArray array(NamedTensor t) {
        return Nd4j.create(t.values(), t.shape(), 'c');
    }
}

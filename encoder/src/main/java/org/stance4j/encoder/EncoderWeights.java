package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Makes the weight arrays of an encoder: from a pretrained ONNX file or at random. */
final class EncoderWeights {
    /** BERT's initialisation: normal with this standard deviation for matrices and embeddings. */
    static final double INIT_STD = 0.02;

    private EncoderWeights() {
    }

    /**
     * The pretrained weights of every encoder parameter, and a new head drawn from {@code seed}.
     *
     * @throws InvalidWeightsException when a weight is missing or of another shape than {@code config} needs
     */
    static Map<String, INDArray> fromOnnx(OnnxWeights onnx, EncoderConfig config, int labels, long seed)
            throws InvalidWeightsException {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            if (!EncoderParameters.isHead(p.getKey())) {
                weights.put(p.getKey(), array(onnx.tensor(p.getKey(), p.getValue())));
            }
        }
        weights.putAll(head(config, labels, seed));
        return weights;
    }

    /** A new head drawn from {@code seed}. */
    static Map<String, INDArray> head(EncoderConfig config, int labels, long seed) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            if (EncoderParameters.isHead(p.getKey())) {
                weights.put(p.getKey(), initial(p.getKey(), p.getValue(), random));
            }
        }
        return weights;
    }

    /** Every parameter drawn at random from {@code seed}, as BERT initialises a new model. */
    static Map<String, INDArray> random(EncoderConfig config, int labels, long seed) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            weights.put(p.getKey(), initial(p.getKey(), p.getValue(), random));
        }
        return weights;
    }

    static INDArray array(NamedTensor t) {
        return Nd4j.create(t.values(), t.shape(), 'c');
    }

    private static INDArray initial(String name, long[] shape, SplittableRandom random) {
        int n = (int) Arrays.stream(shape).reduce(1, Math::multiplyExact);
        float[] values = new float[n];
        if (name.contains("LayerNorm.weight")) {
            Arrays.fill(values, 1f);
        } else if (name.endsWith(".weight")) {
            for (int i = 0; i < n; i++) {
                values[i] = (float) (gaussian(random) * INIT_STD);
            }
        }
        return Nd4j.create(values, shape, 'c');
    }

    /** A standard normal draw (Box-Muller), as SplittableRandom has none in Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}

package org.stance4j.encoder;

import org.stance4j.model.bundle.Sha256;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An encoder's weights as plain float arrays, from a pretrained ONNX file or drawn at random. Nothing
 * here touches ND4J, so that loading a model for ONNX Runtime never starts it; {@link EncoderWeights}
 * turns these into ND4J arrays for training.
 */
final class EncoderTensors {
    /** BERT's initialisation: normal with this standard deviation for matrices and embeddings. */
    static final double INIT_STD = 0.02;

    private EncoderTensors() {
    }

    /**
     * The pretrained weights of every encoder parameter, and a new head drawn from {@code seed}.
     *
     * @throws InvalidWeightsException when a weight is missing or of another shape than {@code config} needs
     */
    static Map<String, NamedTensor> fromOnnx(OnnxWeights onnx, EncoderConfig config, int labels, long seed)
            throws InvalidWeightsException {
        Map<String, NamedTensor> weights = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            if (!EncoderParameters.isHead(p.getKey())) {
                weights.put(p.getKey(), onnx.tensor(p.getKey(), p.getValue()));
            }
        }
        weights.putAll(head(config, labels, seed));
        return weights;
    }

    /** A new head drawn from {@code seed}. */
    static Map<String, NamedTensor> head(EncoderConfig config, int labels, long seed) {
        Map<String, NamedTensor> weights = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            if (EncoderParameters.isHead(p.getKey())) {
                weights.put(p.getKey(), initial(p.getKey(), p.getValue(), random));
            }
        }
        return weights;
    }

    /** Every parameter drawn at random from {@code seed}, as BERT initialises a new model. */
    static Map<String, NamedTensor> random(EncoderConfig config, int labels, long seed) {
        Map<String, NamedTensor> weights = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, long[]> p : EncoderParameters.shapes(config, labels).entrySet()) {
            weights.put(p.getKey(), initial(p.getKey(), p.getValue(), random));
        }
        return weights;
    }

    /** The SHA-256 of a table's values as float32 little-endian, row-major: what manifests record. */
    static String sha256(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Sha256.of(bytes.array());
    }

    private static NamedTensor initial(String name, long[] shape, SplittableRandom random) {
        int n = (int) Arrays.stream(shape).reduce(1, Math::multiplyExact);
        float[] values = new float[n];
        if (name.contains("LayerNorm.weight")) {
            Arrays.fill(values, 1f);
        } else if (name.endsWith(".weight")) {
            for (int i = 0; i < n; i++) {
                values[i] = (float) (gaussian(random) * INIT_STD);
            }
        }
        return new NamedTensor(name, shape, values);
    }

    /** A standard normal draw (Box-Muller), as SplittableRandom has none in Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}

package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter), written out so that its state, the first
 * and second moments of every parameter, can be saved and restored exactly. Bias-corrected; the
 * decay shrinks a weight by {@code learningRate × weightDecay} of itself before the Adam step, as
 * PyTorch's {@code AdamW} does.
 */
final class AdamW {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-6;

    private final Map<String, INDArray> firstMoments = new LinkedHashMap<>();
    private final Map<String, INDArray> secondMoments = new LinkedHashMap<>();
    private long updates;

    /** Updates {@code parameter} in place with its {@code gradient}; call {@link #nextStep} once before a step's updates. */
    void update(String name, INDArray parameter, INDArray gradient, double learningRate, double weightDecay) {
        INDArray m = firstMoments.computeIfAbsent(name, k -> Nd4j.zeros(parameter.dataType(), parameter.shape()));
        INDArray v = secondMoments.computeIfAbsent(name, k -> Nd4j.zeros(parameter.dataType(), parameter.shape()));
        // Every temporary is closed here rather than left to the garbage collector: they are native
        // buffers as large as the weights (about 350 MB a step for MiniLM-L6), and a small Java heap is
        // collected too rarely to free them in time, so the process grew past 14 GB without this.
        try (INDArray scaledGradient = gradient.mul(1 - BETA1); INDArray squaredGradient = gradient.mul(gradient)) {
            m.muli(BETA1).addi(scaledGradient);
            v.muli(BETA2).addi(squaredGradient.muli(1 - BETA2));
        }
        double correction1 = 1 - Math.pow(BETA1, updates);
        double correction2 = 1 - Math.pow(BETA2, updates);
        try (INDArray denominator = Transforms.sqrt(v.div(correction2), false).addi(EPSILON);
             INDArray step = m.div(correction1).divi(denominator).muli(learningRate)) {
            if (weightDecay > 0) {
                parameter.muli(1 - learningRate * weightDecay);
            }
            parameter.subi(step);
        }
    }

    void nextStep() {
        updates++;
    }

    long updates() {
        return updates;
    }

    /** The moments as named tensors {@code m/NAME} and {@code v/NAME}. */
    Map<String, INDArray> state() {
        Map<String, INDArray> state = new LinkedHashMap<>();
        firstMoments.forEach((k, v) -> state.put("m/" + k, v));
        secondMoments.forEach((k, v) -> state.put("v/" + k, v));
        return state;
    }

    /** Restores what {@link #state} gave, after {@code updates} steps. */
    void restore(Map<String, INDArray> state, long updatesDone) {
        firstMoments.clear();
        secondMoments.clear();
        state.forEach((k, v) -> {
            if (k.startsWith("m/")) {
                firstMoments.put(k.substring(2), v);
            } else if (k.startsWith("v/")) {
                secondMoments.put(k.substring(2), v);
            } else {
                throw new IllegalArgumentException("not an optimiser state: " + k);
            }
        });
        this.updates = updatesDone;
    }
}

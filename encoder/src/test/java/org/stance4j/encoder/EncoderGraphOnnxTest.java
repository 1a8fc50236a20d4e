package org.stance4j.encoder;

import org.junit.jupiter.api.Test;
import org.stance4j.nd4j.NativeBackend;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one test with the real weights: the SameDiff encoder must compute what ONNX Runtime computes
 * from the same ONNX file, on pairs of several lengths padded into one batch.
 */
class EncoderGraphOnnxTest {
    static final double TOLERANCE = 1e-4;

    @Test
    void hiddenStatesOfTheGraphAndTheEagerEncoderEqualOnnxRuntimes() throws Exception {
        NativeBackend.select();
        double[] maxErrors = EncoderOnnxAgreement.maxErrors(BaseEncoder.miniLmL6(), List.of(
                new String[] {"Legalization of Abortion", "My body, my choice. #prochoice"},
                new String[] {"Climate Change is a Real Concern",
                        "RT @user: the science is settled, stop pretending otherwise http://t.co/x \uD83C\uDF0D"},
                new String[] {"Atheism", "Pray without ceasing."},
                new String[] {"Hillary Clinton", ""}), 32);
        System.out.println("max |SameDiff - ONNX Runtime| " + maxErrors[0] + ", max |eager - ONNX Runtime| " + maxErrors[1]);
        assertTrue(maxErrors[0] < TOLERANCE, "SameDiff graph: max error " + maxErrors[0]);
        assertTrue(maxErrors[1] < TOLERANCE, "eager encoder: max error " + maxErrors[1]);
    }
}

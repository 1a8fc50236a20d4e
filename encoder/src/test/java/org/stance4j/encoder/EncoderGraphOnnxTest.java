package org.stance4j.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.network.NativeBackend;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        BaseEncoder miniLm = BaseEncoder.miniLmL6();
        byte[] onnx;
        try (InputStream in = miniLm.open(miniLm.onnxResource())) {
            onnx = in.readAllBytes();
        }
        WordPieceTokenizer tokenizer = miniLm.tokenizer();
        List<EncodedPair> pairs = List.of(
                tokenizer.encodePair("Legalization of Abortion", "My body, my choice. #prochoice", 32),
                tokenizer.encodePair("Climate Change is a Real Concern",
                        "RT @user: the science is settled, stop pretending otherwise http://t.co/x 🌍", 32),
                tokenizer.encodePair("Atheism", "Pray without ceasing.", 32),
                tokenizer.encodePair("Hillary Clinton", "", 32));
        int rows = pairs.size();
        int length = 32;
        EncoderConfig config = miniLm.config();
        Map<String, INDArray> weights = EncoderWeights.fromOnnx(OnnxWeights.read(onnx, "minilm"), config, 3, 1);
        EncoderGraph graph = EncoderGraph.build(config, 3, weights, false);
        EncoderBatch batch = EncoderBatch.of(pairs, rows, length, Pooling.MEAN);
        float[] ours = graph.sameDiff().output(batch.inputs(), EncoderGraph.HIDDEN).get(EncoderGraph.HIDDEN)
                .dup('c').data().asFloat();
        float[] eager = new EagerEncoder(config, weights).hidden(batch).dup('c').data().asFloat();

        long[][] ids = new long[rows][length];
        long[][] types = new long[rows][length];
        long[][] mask = new long[rows][length];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < pairs.get(r).length(); t++) {
                ids[r][t] = pairs.get(r).ids()[t];
                types[r][t] = pairs.get(r).typeIds()[t];
                mask[r][t] = 1;
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[][][] theirs;
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor idT = OnnxTensor.createTensor(env, ids);
             OnnxTensor typeT = OnnxTensor.createTensor(env, types);
             OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
             OrtSession.Result result = session.run(Map.of("input_ids", idT, "token_type_ids", typeT,
                     "attention_mask", maskT))) {
            theirs = (float[][][]) result.get(0).getValue();
        }
        int hidden = config.hidden();
        assertEquals(rows * length * hidden, ours.length);
        double maxError = 0;
        double maxEagerError = 0;
        List<String> worst = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < hidden; j++) {
                    double e = Math.abs(ours[(r * length + t) * hidden + j] - theirs[r][t][j]);
                    maxEagerError = Math.max(maxEagerError, Math.abs(eager[(r * length + t) * hidden + j] - theirs[r][t][j]));
                    if (e > maxError) {
                        maxError = e;
                        worst.add(r + "," + t + "," + j + ": " + ours[(r * length + t) * hidden + j] + " vs " + theirs[r][t][j]);
                    }
                }
            }
        }
        System.out.println("max |SameDiff - ONNX Runtime| over " + ours.length + " hidden values: " + maxError
                + "; max |eager - ONNX Runtime|: " + maxEagerError);
        assertTrue(maxEagerError < TOLERANCE, "eager max error " + maxEagerError);
        assertTrue(maxError < TOLERANCE, "max error " + maxError + ", last worst " + worst.get(worst.size() - 1));
        assertTrue(Math.abs(theirs[0][1][0]) > 1e-3, "the reference computed something");
    }
}

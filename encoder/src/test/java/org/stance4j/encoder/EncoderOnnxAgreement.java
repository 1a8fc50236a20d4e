package org.stance4j.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The largest difference between the hidden states of ONNX Runtime and of the SameDiff graph and the
 * eager encoder, on the same padded batch, for any base encoder whose files are on the class path.
 */
public final class EncoderOnnxAgreement {
    /** Largest absolute differences: {SameDiff graph, eager encoder}. */
    public static double[] maxErrors(BaseEncoder base, List<String[]> pairs, int length) throws Exception {
        byte[] onnx;
        try (InputStream in = base.open(base.onnxResource())) {
            onnx = in.readAllBytes();
        }
        WordPieceTokenizer tokenizer = base.tokenizer();
        List<EncodedPair> encoded = pairs.stream().map(p -> tokenizer.encodePair(p[0], p[1], length)).toList();
        int rows = encoded.size();
        EncoderConfig config = base.config();
        Map<String, INDArray> weights = EncoderWeights.fromOnnx(OnnxWeights.read(onnx, base.name()), config, 3, 1);
        EncoderBatch batch = EncoderBatch.of(encoded, rows, length, Pooling.MEAN);
        float[] graph = EncoderGraph.build(config, 3, weights, false).sameDiff().output(batch.inputs(), EncoderGraph.HIDDEN)
                .get(EncoderGraph.HIDDEN).dup('c').data().asFloat();
        float[] eager = new EagerEncoder(config, weights).hidden(batch).dup('c').data().asFloat();
        long[][] ids = new long[rows][length];
        long[][] types = new long[rows][length];
        long[][] mask = new long[rows][length];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < encoded.get(r).length(); t++) {
                ids[r][t] = encoded.get(r).ids()[t];
                types[r][t] = encoded.get(r).typeIds()[t];
                mask[r][t] = 1;
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[][][] reference;
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor idT = OnnxTensor.createTensor(env, ids);
             OnnxTensor typeT = OnnxTensor.createTensor(env, types);
             OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
             OrtSession.Result result = session.run(Map.of("input_ids", idT, "token_type_ids", typeT,
                     "attention_mask", maskT))) {
            reference = (float[][][]) result.get(0).getValue();
        }
        int hidden = config.hidden();
        double[] max = new double[2];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < hidden; j++) {
                    int at = (r * length + t) * hidden + j;
                    max[0] = Math.max(max[0], Math.abs(graph[at] - reference[r][t][j]));
                    max[1] = Math.max(max[1], Math.abs(eager[at] - reference[r][t][j]));
                }
            }
        }
        return max;
    }

    private EncoderOnnxAgreement() {
    }
}

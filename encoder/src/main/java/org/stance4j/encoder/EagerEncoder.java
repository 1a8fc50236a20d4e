package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * The function of {@link EncoderGraph} computed op by op on ND4J arrays, for scoring. SameDiff's
 * interpreter costs about half a millisecond for each of the graph's ~340 ops on every call, which
 * dominates small batches; eager ND4J ops cost a small fraction of that. Training keeps the SameDiff
 * graph for its gradients; a test holds the two to the same outputs. Holds no state but the weights,
 * which it only reads.
 */
final class EagerEncoder {
    private final EncoderConfig config;
    private final Map<String, INDArray> w;

    EagerEncoder(EncoderConfig config, Map<String, INDArray> weights) {
        this.config = config;
        this.w = weights;
    }

    /** The stance probabilities, {@code [rows, labels]}. */
    INDArray probabilities(EncoderBatch batch) {
        Map<String, INDArray> in = batch.inputs();
        INDArray pooled = in.get(EncoderGraph.POOL).mmul(hidden(batch));
        INDArray logits = pooled.mmul(w.get(EncoderParameters.CLASSIFIER + ".weight"))
                .addiRowVector(w.get(EncoderParameters.CLASSIFIER + ".bias"));
        return Nd4j.exec(new SoftMax(logits, logits, 1))[0];
    }

    /** The last hidden states, {@code [rows × length, hidden]}. */
    INDArray hidden(EncoderBatch batch) {
        Map<String, INDArray> in = batch.inputs();
        int rows = batch.rows();
        int length = batch.length();
        INDArray x = Nd4j.pullRows(w.get(EncoderParameters.WORD_EMBEDDINGS), 1, in.get(EncoderGraph.IDS).toIntVector())
                .addi(Nd4j.pullRows(w.get(EncoderParameters.POSITION_EMBEDDINGS), 1,
                        in.get(EncoderGraph.POSITIONS).toIntVector()))
                .addi(Nd4j.pullRows(w.get(EncoderParameters.TYPE_EMBEDDINGS), 1, in.get(EncoderGraph.TYPES).toIntVector()));
        x = layerNorm(x, EncoderParameters.EMBEDDINGS_NORM);
        INDArray scoreMask = in.get(EncoderGraph.MASK).sub(1.0).muli(10000.0).reshape(rows, 1, 1, length);
        for (int i = 0; i < config.layers(); i++) {
            x = layer(i, x, scoreMask, rows, length);
        }
        return x;
    }

    private INDArray layer(int i, INDArray x, INDArray scoreMask, int rows, int length) {
        String p = EncoderParameters.layer(i);
        int heads = config.heads();
        int size = config.headSize();
        INDArray q = linear(x, p + "attention.self.query").reshape(rows, length, heads, size).permute(0, 2, 1, 3);
        INDArray k = linear(x, p + "attention.self.key").reshape(rows, length, heads, size).permute(0, 2, 1, 3);
        INDArray v = linear(x, p + "attention.self.value").reshape(rows, length, heads, size).permute(0, 2, 1, 3);
        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(1.0 / Math.sqrt(size)).addi(scoreMask);
        INDArray attention = Nd4j.exec(new SoftMax(scores, scores, 3))[0];
        INDArray context = Nd4j.matmul(attention, v).permute(0, 2, 1, 3).dup('c').reshape(rows * (long) length,
                config.hidden());
        x = layerNorm(linear(context, p + "attention.output.dense").addi(x), p + "attention.output.LayerNorm");
        INDArray inner = linear(x, p + "intermediate.dense");
        // GELU with the exact error function: x / 2 × (1 + erf(x / √2))
        INDArray erf = inner.mul(1.0 / Math.sqrt(2.0));
        Nd4j.getExecutioner().exec(new Erf(erf, erf));
        inner.muli(erf.addi(1.0)).muli(0.5);
        return layerNorm(linear(inner, p + "output.dense").addi(x), p + "output.LayerNorm");
    }

    private INDArray linear(INDArray x, String name) {
        return x.mmul(w.get(name + ".weight")).addiRowVector(w.get(name + ".bias"));
    }

    private INDArray layerNorm(INDArray x, String name) {
        INDArray centred = x.subColumnVector(x.mean(true, 1));
        INDArray variance = centred.mul(centred).mean(true, 1).addi(config.layerNormEps());
        return centred.diviColumnVector(Transforms.sqrt(variance, false)).muliRowVector(w.get(name + ".weight"))
                .addiRowVector(w.get(name + ".bias"));
    }
}

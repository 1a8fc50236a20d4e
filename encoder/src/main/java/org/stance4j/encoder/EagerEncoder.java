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
        INDArray hidden = hidden(batch);
        INDArray pooled = in.get(EncoderGraph.POOL).mmul(hidden);
        hidden.close();
        INDArray logits = linear(pooled, EncoderParameters.CLASSIFIER);
        pooled.close();
        return Nd4j.exec(new SoftMax(logits, logits, 1))[0];
    }

    /** The last hidden states, {@code [rows × length, hidden]}. */
    INDArray hidden(EncoderBatch batch) {
        Map<String, INDArray> in = batch.inputs();
        int rows = batch.rows();
        int length = batch.length();
        INDArray x = Nd4j.pullRows(w.get(EncoderParameters.WORD_EMBEDDINGS), 1, in.get(EncoderGraph.IDS).toIntVector());
        addAndClose(x, Nd4j.pullRows(w.get(EncoderParameters.POSITION_EMBEDDINGS), 1,
                in.get(EncoderGraph.POSITIONS).toIntVector()));
        addAndClose(x, Nd4j.pullRows(w.get(EncoderParameters.TYPE_EMBEDDINGS), 1, in.get(EncoderGraph.TYPES).toIntVector()));
        layerNorm(x, EncoderParameters.EMBEDDINGS_NORM);
        INDArray scoreMask = in.get(EncoderGraph.MASK).sub(1.0).muli(10000.0);
        INDArray broadcastMask = scoreMask.reshape(rows, 1, 1, length);
        for (int i = 0; i < config.layers(); i++) {
            x = layer(i, x, broadcastMask, rows, length);
        }
        scoreMask.close();
        return x;
    }

    /**
     * One transformer layer. Every intermediate array is closed as soon as it is used: ND4J frees
     * native memory only when the Java heap is collected otherwise, and a process that scores much
     * would grow by gigabytes before it is.
     */
    private INDArray layer(int i, INDArray x, INDArray scoreMask, int rows, int length) {
        String p = EncoderParameters.layer(i);
        int heads = config.heads();
        int size = config.headSize();
        INDArray q = heads(linear(x, p + "attention.self.query"), rows, length);
        INDArray k = heads(linear(x, p + "attention.self.key"), rows, length);
        INDArray v = heads(linear(x, p + "attention.self.value"), rows, length);
        INDArray scores = Nd4j.matmul(q, k, false, true, false);
        q.close();
        k.close();
        scores.muli(1.0 / Math.sqrt(size)).addi(scoreMask);
        Nd4j.exec(new SoftMax(scores, scores, 3));
        INDArray context = Nd4j.matmul(scores, v);
        scores.close();
        v.close();
        // [batch, heads, length, size] → [batch, length, heads, size] → rows
        INDArray contextRows = context.permute(0, 2, 1, 3).dup('c');
        context.close();
        INDArray attended = linear(contextRows.reshape(rows * (long) length, config.hidden()), p + "attention.output.dense");
        contextRows.close();
        addAndClose(attended, x);
        layerNorm(attended, p + "attention.output.LayerNorm");
        INDArray inner = linear(attended, p + "intermediate.dense");
        // GELU with the exact error function: x / 2 × (1 + erf(x / √2))
        INDArray erf = inner.mul(1.0 / Math.sqrt(2.0));
        Nd4j.getExecutioner().exec(new Erf(erf, erf));
        inner.muli(erf.addi(1.0)).muli(0.5);
        erf.close();
        INDArray out = linear(inner, p + "output.dense");
        inner.close();
        addAndClose(out, attended);
        return layerNorm(out, p + "output.LayerNorm");
    }

    /**
     * {@code [rows × length, hidden]} laid out as {@code [rows, heads, length, size]}, in a new contiguous
     * array ({@code x} is closed): given a permuted view, matmul would make a copy of its own that
     * nothing closes.
     */
    private INDArray heads(INDArray x, int rows, int length) {
        INDArray laidOut = x.reshape(rows, length, config.heads(), config.headSize()).permute(0, 2, 1, 3).dup('c');
        x.close();
        return laidOut;
    }

    private static void addAndClose(INDArray target, INDArray added) {
        target.addi(added);
        added.close();
    }

    private INDArray linear(INDArray x, String name) {
        return x.mmul(w.get(name + ".weight")).addiRowVector(w.get(name + ".bias"));
    }

    /** Layer normalisation over each row, in place. */
    private INDArray layerNorm(INDArray x, String name) {
        INDArray mean = x.mean(true, 1);
        x.subiColumnVector(mean);
        mean.close();
        INDArray squares = x.mul(x);
        INDArray deviation = squares.mean(true, 1).addi(config.layerNormEps());
        squares.close();
        Transforms.sqrt(deviation, false);
        x.diviColumnVector(deviation);
        deviation.close();
        return x.muliRowVector(w.get(name + ".weight")).addiRowVector(w.get(name + ".bias"));
    }
}

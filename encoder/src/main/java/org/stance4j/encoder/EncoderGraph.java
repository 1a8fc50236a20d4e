package org.stance4j.encoder;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The encoder and its stance head as a SameDiff graph, built op by op from an {@link EncoderConfig}:
 * embeddings (word + position + token type, layer-normalised), then per layer masked multi-head
 * self-attention and an erf-GELU feed-forward, each followed by a residual sum and post-layer-norm,
 * as BERT; then pooling, a linear layer and softmax.
 *
 * <p>Hidden states are kept as a matrix of {@code [batch × length, hidden]} rows so that every linear
 * layer is one matrix product; only attention reshapes them to {@code [batch, heads, length, size]}.
 * Batch and length come from the inputs, so one graph serves every length bucket.
 *
 * <p>What M2.1 cannot differentiate is avoided: the word-embedding table is a constant (a second
 * {@code gather} whose table needs a gradient fails), and the position and token-type embeddings are
 * one-hot rows times their tables, so that they can be fine-tuned. Pooling is a matrix from the
 * caller ({@link EncoderBatch}) that averages or picks rows, and dropout, when the graph is built for
 * training, multiplies by masks the caller draws, so that a run depends on its seed alone.
 */
final class EncoderGraph {
    static final String IDS = "input.ids";
    static final String TYPES = "input.types";
    static final String POSITIONS = "input.positions";
    static final String MASK = "input.mask";
    static final String POOL = "input.pool";
    static final String LABELS = "input.labels";
    static final String HIDDEN = "output.hidden";
    static final String PROBABILITIES = "output.probabilities";
    static final String LOSS = "output.loss";
    static final String DROPOUT_EMBEDDINGS = "dropout.embeddings";
    static final String DROPOUT_POOLED = "dropout.pooled";
    /** Added to the attention scores of padding: far below any real score, yet finite in float. */
    private static final double MASKED_SCORE = -10000.0;

    private final SameDiff sd;
    private final EncoderConfig config;
    private final boolean dropout;
    private final List<String> tokenDropoutNames = new ArrayList<>();

    private EncoderGraph(SameDiff sd, EncoderConfig config, boolean dropout) {
        this.sd = sd;
        this.config = config;
        this.dropout = dropout;
    }

    static String attentionDropout(int layer) {
        return "dropout.layer." + layer + ".attention";
    }

    static String outputDropout(int layer) {
        return "dropout.layer." + layer + ".output";
    }

    /**
     * Builds the graph with the given weights, which must hold every parameter of
     * {@link EncoderParameters#shapes}; they are used, not copied.
     *
     * @param withDropout whether to multiply by dropout masks (for training) or not (for scoring)
     */
    static EncoderGraph build(EncoderConfig config, int labels, Map<String, INDArray> weights, boolean withDropout) {
        EncoderGraph g = new EncoderGraph(SameDiff.create(), config, withDropout);
        g.define(labels, weights);
        return g;
    }

    SameDiff sameDiff() {
        return sd;
    }

    boolean hasDropout() {
        return dropout;
    }

    /** Names of the dropout masks over token rows, {@code [batch × length, hidden]} each. */
    List<String> tokenDropoutNames() {
        return tokenDropoutNames;
    }

    private void define(int labels, Map<String, INDArray> w) {
        SDVariable ids = sd.placeHolder(IDS, DataType.INT, -1);
        SDVariable types = sd.placeHolder(TYPES, DataType.INT, -1);
        SDVariable positions = sd.placeHolder(POSITIONS, DataType.INT, -1);
        SDVariable mask = sd.placeHolder(MASK, DataType.FLOAT, -1, -1);
        SDVariable pool = sd.placeHolder(POOL, DataType.FLOAT, -1, -1);
        SDVariable labelsIn = sd.placeHolder(LABELS, DataType.FLOAT, -1, labels);

        SDVariable words = sd.gather(sd.constant(EncoderParameters.WORD_EMBEDDINGS, w.get(EncoderParameters.WORD_EMBEDDINGS)),
                ids, 0);
        SDVariable positionRows = sd.oneHot(positions, config.maxPositions(), -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(variable(EncoderParameters.POSITION_EMBEDDINGS, w));
        SDVariable typeRows = sd.oneHot(types, config.typeVocabulary(), -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(variable(EncoderParameters.TYPE_EMBEDDINGS, w));
        SDVariable x = layerNorm(words.add(positionRows).add(typeRows), EncoderParameters.EMBEDDINGS_NORM, w);
        x = dropout(x, DROPOUT_EMBEDDINGS, true);

        // [batch, 1, 1, length]: 0 where there is a token, a large negative number where there is padding
        SDVariable scoreMask = sd.expandDims(sd.expandDims(mask.sub(1.0).mul(-MASKED_SCORE), 1), 1);
        SDVariable headShape = sd.concat(0, sd.shape(mask).castTo(DataType.LONG),
                sd.constant(Nd4j.createFromArray((long) config.heads(), (long) config.headSize())));
        for (int i = 0; i < config.layers(); i++) {
            x = layer(i, x, scoreMask, headShape, w);
        }
        sd.identity(HIDDEN, x);

        SDVariable pooled = dropout(pool.mmul(x), DROPOUT_POOLED, false);
        SDVariable logits = linear(pooled, EncoderParameters.CLASSIFIER, w);
        sd.nn.softmax(PROBABILITIES, logits, 1);
        // log-softmax written out: M2.1's LogSoftMax op fails when given its dimension
        SDVariable shifted = logits.sub(sd.max(logits, true, 1));
        SDVariable logProbabilities = shifted.sub(sd.math.log(sd.math.exp(shifted).sum(true, 1)));
        // labels are one-hot rows, optionally scaled by a class weight
        sd.math.neg(LOSS, sd.mean(labelsIn.mul(logProbabilities).sum(1)));
        sd.setLossVariables(LOSS);
    }

    private SDVariable layer(int i, SDVariable x, SDVariable scoreMask, SDVariable headShape, Map<String, INDArray> w) {
        String p = EncoderParameters.layer(i);
        SDVariable q = heads(linear(x, p + "attention.self.query", w), headShape).permute(0, 2, 1, 3);
        SDVariable k = heads(linear(x, p + "attention.self.key", w), headShape).permute(0, 2, 3, 1);
        SDVariable v = heads(linear(x, p + "attention.self.value", w), headShape).permute(0, 2, 1, 3);
        SDVariable scores = sd.mmul(q, k).mul(1.0 / Math.sqrt(config.headSize())).add(scoreMask);
        SDVariable attention = sd.nn.softmax(scores, 3);
        // [batch, heads, length, size] → [batch, length, heads, size] → rows
        SDVariable context = sd.mmul(attention, v).permute(0, 2, 1, 3).reshape(-1, config.hidden());
        SDVariable attended = dropout(linear(context, p + "attention.output.dense", w), attentionDropout(i), true);
        x = layerNorm(attended.add(x), p + "attention.output.LayerNorm", w);
        SDVariable inner = gelu(linear(x, p + "intermediate.dense", w));
        SDVariable out = dropout(linear(inner, p + "output.dense", w), outputDropout(i), true);
        return layerNorm(out.add(x), p + "output.LayerNorm", w);
    }

    private SDVariable heads(SDVariable rows, SDVariable headShape) {
        return sd.reshape(rows, headShape);
    }

    private SDVariable linear(SDVariable x, String name, Map<String, INDArray> w) {
        return x.mmul(variable(name + ".weight", w)).add(variable(name + ".bias", w));
    }

    /** BERT's GELU, with the exact error function rather than the tanh approximation. */
    private SDVariable gelu(SDVariable x) {
        return x.mul(sd.math.erf(x.mul(1.0 / Math.sqrt(2.0))).add(1.0)).mul(0.5);
    }

    /** Layer normalisation over the hidden dimension, written out so that its epsilon and variance are BERT's. */
    private SDVariable layerNorm(SDVariable x, String name, Map<String, INDArray> w) {
        SDVariable centred = x.sub(x.mean(true, 1));
        SDVariable variance = centred.mul(centred).mean(true, 1);
        SDVariable normalised = centred.mul(sd.math.rsqrt(variance.add(config.layerNormEps())));
        return normalised.mul(variable(name + ".weight", w)).add(variable(name + ".bias", w));
    }

    private SDVariable dropout(SDVariable x, String maskName, boolean overTokens) {
        if (!dropout) {
            return x;
        }
        if (overTokens) {
            tokenDropoutNames.add(maskName);
        }
        return x.mul(sd.placeHolder(maskName, DataType.FLOAT, -1, config.hidden()));
    }

    private SDVariable variable(String name, Map<String, INDArray> w) {
        INDArray value = w.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no weights for " + name);
        }
        return sd.var(name, value);
    }
}

package org.stance4j.encoder;

import java.util.List;

/**
 * How an encoder is fine-tuned and fed. Recorded with every fine-tuned model.
 *
 * @param maxLength the most tokens of a pair, {@code [CLS]} and both {@code [SEP]} included; longer pairs
 *     are cut, the longer part first
 * @param buckets the padded lengths a batch can have, ascending, the last equal to {@code maxLength}: a pair
 *     goes in the shortest bucket it fits, so short statements are not padded to the longest
 * @param batchSize pairs per training step
 * @param encoderLearningRate AdamW's peak learning rate for the encoder's weights
 * @param headLearningRate AdamW's peak learning rate for the new stance head
 * @param warmupFraction the share of all steps over which the learning rates rise linearly from 0; they then
 *     fall linearly to 0 at the last step
 * @param weightDecay AdamW's decoupled weight decay, applied to matrices only (not biases, layer norms, embeddings)
 * @param clipNorm the largest global L2 norm of a step's gradients; larger ones are scaled down to it
 * @param epochs passes over the training examples
 * @param dropout the probability of dropping a hidden unit during training (BERT uses 0.1)
 * @param pooling how the head summarises the pair
 * @param freezeEmbeddings keep the position and token-type embeddings and their layer norm as pretrained (the
 *     word-embedding table is always kept, see {@link EncoderGraph})
 * @param frozenLayers how many of the lowest transformer layers keep their pretrained weights
 * @param classWeighted weight each example's loss by n / (3 × count of its stance), so rare stances count as much
 * @param seed the seed of the head's initialisation, the shuffles and the dropout masks: a run is a function of it
 */
public record EncoderSettings(int maxLength, List<Integer> buckets, int batchSize, double encoderLearningRate,
                              double headLearningRate, double warmupFraction, double weightDecay, double clipNorm,
                              int epochs, double dropout, Pooling pooling, boolean freezeEmbeddings, int frozenLayers,
                              boolean classWeighted, long seed) {
    public EncoderSettings {
        if (maxLength < 8 || maxLength > 512) {
            throw new IllegalArgumentException("maxLength must be 8..512, got " + maxLength);
        }
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty() || buckets.size() > 8) {
            throw new IllegalArgumentException("there must be 1 to 8 buckets, got " + buckets.size());
        }
        for (int i = 0; i < buckets.size(); i++) {
            int b = buckets.get(i);
            if (b < 4 || (i > 0 && b <= buckets.get(i - 1))) {
                throw new IllegalArgumentException("buckets must be ascending lengths of 4 or more, got " + buckets);
            }
        }
        if (buckets.get(buckets.size() - 1) != maxLength) {
            throw new IllegalArgumentException("the last bucket must be maxLength (" + maxLength + "), got " + buckets);
        }
        if (batchSize < 1 || batchSize > 1024) {
            throw new IllegalArgumentException("batchSize must be 1..1024, got " + batchSize);
        }
        if (!(encoderLearningRate >= 0 && encoderLearningRate < 1)) {
            throw new IllegalArgumentException("encoderLearningRate must be in [0, 1), got " + encoderLearningRate);
        }
        if (!(headLearningRate > 0 && headLearningRate < 1)) {
            throw new IllegalArgumentException("headLearningRate must be in (0, 1), got " + headLearningRate);
        }
        if (!(warmupFraction >= 0 && warmupFraction < 1)) {
            throw new IllegalArgumentException("warmupFraction must be in [0, 1), got " + warmupFraction);
        }
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            throw new IllegalArgumentException("weightDecay must be in [0, 1), got " + weightDecay);
        }
        if (!(clipNorm > 0) || Double.isInfinite(clipNorm)) {
            throw new IllegalArgumentException("clipNorm must be positive and finite, got " + clipNorm);
        }
        if (epochs < 1 || epochs > 100) {
            throw new IllegalArgumentException("epochs must be 1..100, got " + epochs);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (pooling == null) {
            throw new IllegalArgumentException("pooling must be given");
        }
        if (frozenLayers < 0 || frozenLayers > 48) {
            throw new IllegalArgumentException("frozenLayers must be 0..48, got " + frozenLayers);
        }
    }

    /** BERT's fine-tuning recipe at tweet length: batch 16, 2e-5 for the encoder, 3 epochs, warm-up 10 %. */
    public static EncoderSettings defaults() {
        return new EncoderSettings(128, List.of(32, 64, 128), 16, 3e-5, 1e-3, 0.1, 0.01, 1.0, 3, 0.1, Pooling.MEAN,
                false, 0, false, 1);
    }

    /** The bucket that a pair of {@code length} tokens is padded to. */
    int bucketFor(int length) {
        for (int b : buckets) {
            if (length <= b) {
                return b;
            }
        }
        throw new IllegalArgumentException("a pair of " + length + " tokens is longer than maxLength " + maxLength);
    }

    public EncoderSettings withEpochs(int newEpochs) {
        return new EncoderSettings(maxLength, buckets, batchSize, encoderLearningRate, headLearningRate, warmupFraction,
                weightDecay, clipNorm, newEpochs, dropout, pooling, freezeEmbeddings, frozenLayers, classWeighted, seed);
    }

    public EncoderSettings withSeed(long newSeed) {
        return new EncoderSettings(maxLength, buckets, batchSize, encoderLearningRate, headLearningRate, warmupFraction,
                weightDecay, clipNorm, epochs, dropout, pooling, freezeEmbeddings, frozenLayers, classWeighted, newSeed);
    }
}

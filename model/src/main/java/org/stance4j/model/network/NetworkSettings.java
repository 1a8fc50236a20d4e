package org.stance4j.model.network;

/**
 * The shape and regularisation of the stance network. Recorded in every model bundle.
 *
 * @param embeddingSize width of the statement and event embeddings
 * @param hiddenSize width of the hidden layer; 0 connects the pooled features straight to the output
 * @param dropout probability of dropping a pooled feature during training (0 to less than 1)
 * @param l2 L2 penalty on all weights
 * @param learningRate Adam's learning rate
 * @param sqrtScaling scale the statement's bag of embeddings by 1/sqrt(size) instead of 1/size
 */
public record NetworkSettings(int embeddingSize, int hiddenSize, double dropout, double l2, double learningRate,
                              boolean sqrtScaling) {
    public NetworkSettings {
        if (embeddingSize < 1 || embeddingSize > 1024) {
            throw new IllegalArgumentException("embeddingSize must be 1..1024, got " + embeddingSize);
        }
        if (hiddenSize < 0 || hiddenSize > 4096) {
            throw new IllegalArgumentException("hiddenSize must be 0..4096, got " + hiddenSize);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(l2 >= 0 && l2 < 1)) {
            throw new IllegalArgumentException("l2 must be in [0, 1), got " + l2);
        }
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1), got " + learningRate);
        }
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(3, 0, 0.0, 1e-5, 0.01, false);
    }
}

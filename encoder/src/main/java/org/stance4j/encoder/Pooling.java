package org.stance4j.encoder;

/** How the head summarises the encoder's hidden states of a pair into one vector. */
public enum Pooling {
    /** The hidden state of {@code [CLS]}, the first token, as BERT's classifiers use. */
    CLS,
    /** The mean of the hidden states of all tokens (padding left out), as sentence-transformers' MiniLM was trained with. */
    MEAN
}

package org.stance4j.encoder;

/**
 * An (event, statement) pair as the encoder reads it: {@code [CLS] event [SEP] statement [SEP]}.
 *
 * @param ids token ids, unpadded; the attention mask is 1 for each of them
 * @param typeIds 0 for {@code [CLS]}, the event and the first {@code [SEP]}, 1 for the statement and the last {@code [SEP]}
 */
record EncodedPair(int[] ids, int[] typeIds) {
    EncodedPair {
        if (ids.length != typeIds.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + typeIds.length + " type ids");
        }
    }

    int length() {
        return ids.length;
    }
}

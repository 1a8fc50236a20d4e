package org.stance4j.encoder;

import java.util.List;

/**
 * What a saved encoder model is, as JSON in its {@value EncoderModel#MANIFEST_ENTRY} entry: the base
 * it was fine-tuned from (checked on loading), its shape, how it was trained and fed, the order of its
 * outputs, and how its weights are stored.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion {@value #VERSION} for this layout
 * @param baseName the base encoder's name
 * @param baseOnnxSha256 the SHA-256 of the base's ONNX file, or null for a random base
 * @param baseTokenizerSha256 the SHA-256 of the tokenizer
 * @param baseInitSeed the seed of a random base's weights (0 for a pretrained one)
 * @param config the encoder's shape
 * @param settings how it was fine-tuned; the max length, buckets and pooling also apply to scoring
 * @param labels the stance labels in the order of the head's outputs
 * @param precisionBits 32 or 16: how the weights entry stores values
 * @param wordEmbeddingsIncluded whether the word-embedding table is in the weights entry, or taken from the base
 * @param wordEmbeddingsSha256 the SHA-256 of the word-embedding table as float32 little-endian, checked on loading
 */
public record EncoderManifest(String format, int formatVersion, String baseName, String baseOnnxSha256,
                              String baseTokenizerSha256, long baseInitSeed, EncoderConfig config,
                              EncoderSettings settings, List<String> labels, int precisionBits,
                              boolean wordEmbeddingsIncluded, String wordEmbeddingsSha256) {
    public static final String FORMAT = "stance4j-encoder";
    public static final int VERSION = 1;
}

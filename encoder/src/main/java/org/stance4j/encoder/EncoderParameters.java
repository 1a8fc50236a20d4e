package org.stance4j.encoder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names and shapes of an encoder's parameters. Names are those of Hugging Face's BERT, so that
 * weights can be read from any export of it; matrices are stored as {@code [in, out]} (the ONNX
 * export's orientation, the transpose of PyTorch's).
 */
final class EncoderParameters {
    static final String WORD_EMBEDDINGS = "embeddings.word_embeddings.weight";
    static final String POSITION_EMBEDDINGS = "embeddings.position_embeddings.weight";
    static final String TYPE_EMBEDDINGS = "embeddings.token_type_embeddings.weight";
    static final String EMBEDDINGS_NORM = "embeddings.LayerNorm";
    static final String CLASSIFIER = "classifier";

    private EncoderParameters() {
    }

    /** Every parameter of the encoder and the {@code labels}-way head over it, in a fixed order. */
    static Map<String, long[]> shapes(EncoderConfig c, int labels) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        long h = c.hidden();
        shapes.put(WORD_EMBEDDINGS, new long[] {c.vocabulary(), h});
        shapes.put(POSITION_EMBEDDINGS, new long[] {c.maxPositions(), h});
        shapes.put(TYPE_EMBEDDINGS, new long[] {c.typeVocabulary(), h});
        shapes.put(EMBEDDINGS_NORM + ".weight", new long[] {h});
        shapes.put(EMBEDDINGS_NORM + ".bias", new long[] {h});
        for (int i = 0; i < c.layers(); i++) {
            String p = layer(i);
            for (String part : new String[] {"attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense"}) {
                shapes.put(p + part + ".weight", new long[] {h, h});
                shapes.put(p + part + ".bias", new long[] {h});
            }
            shapes.put(p + "attention.output.LayerNorm.weight", new long[] {h});
            shapes.put(p + "attention.output.LayerNorm.bias", new long[] {h});
            shapes.put(p + "intermediate.dense.weight", new long[] {h, c.intermediate()});
            shapes.put(p + "intermediate.dense.bias", new long[] {c.intermediate()});
            shapes.put(p + "output.dense.weight", new long[] {c.intermediate(), h});
            shapes.put(p + "output.dense.bias", new long[] {h});
            shapes.put(p + "output.LayerNorm.weight", new long[] {h});
            shapes.put(p + "output.LayerNorm.bias", new long[] {h});
        }
        shapes.put(CLASSIFIER + ".weight", new long[] {h, labels});
        shapes.put(CLASSIFIER + ".bias", new long[] {labels});
        return shapes;
    }

    static String layer(int i) {
        return "encoder.layer." + i + ".";
    }

    /** Whether the parameter belongs to layer {@code i} of the encoder. */
    static int layerOf(String name) {
        if (!name.startsWith("encoder.layer.")) {
            return -1;
        }
        int end = name.indexOf('.', "encoder.layer.".length());
        return Integer.parseInt(name.substring("encoder.layer.".length(), end));
    }

    static boolean isEmbedding(String name) {
        return name.startsWith("embeddings.");
    }

    static boolean isHead(String name) {
        return name.startsWith(CLASSIFIER + ".");
    }

    /** Biases and layer-norm gains are not decayed, as in BERT's own fine-tuning recipe. */
    static boolean isDecayed(String name) {
        return name.endsWith(".weight") && !name.contains("LayerNorm") && !isEmbedding(name);
    }
}

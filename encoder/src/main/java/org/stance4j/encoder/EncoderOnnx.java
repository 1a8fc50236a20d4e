package org.stance4j.encoder;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The encoder (without its head) written as an ONNX model, so that ONNX Runtime can score with
 * fine-tuned weights: the graph is built op by op from the {@link EncoderConfig}, the same function as
 * {@link EagerEncoder#hidden}, and every parameter is an initializer holding the model's own values.
 * Building the graph, rather than patching the base's ONNX file, serves every base alike (random ones
 * for tests have no file) and leaves no weight of the base in place by mistake.
 *
 * <p>Inputs are those of Hugging Face's BERT export, {@code [batch, length]} int64 each:
 * {@value #INPUT_IDS}, {@value #TYPE_IDS} and {@value #ATTENTION_MASK}; the output {@value #HIDDEN} is
 * {@code [batch, length, hidden]}. Opset 17, for {@code LayerNormalization}.
 */
final class EncoderOnnx {
    static final String INPUT_IDS = "input_ids";
    static final String TYPE_IDS = "token_type_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String HIDDEN = "last_hidden_state";
    private static final int OPSET = 17;
    private static final int IR_VERSION = 8;
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    /** Added to the attention scores of padding, as {@link EncoderGraph} does. */
    private static final float MASKED_SCORE = -10000f;

    private final EncoderConfig config;
    private final ProtoWriter graph;
    private final Set<String> constants = new HashSet<>();
    private int nodes;

    private EncoderOnnx(EncoderConfig config, int capacity) {
        this.config = config;
        this.graph = new ProtoWriter(capacity);
    }

    /**
     * The model's bytes, a serialised {@code ModelProto}.
     *
     * @param weights every parameter of {@link EncoderParameters#shapes} in their shapes; the head's are not used
     * @throws IllegalArgumentException when a parameter is missing or of another shape, or a weight is not a
     *     parameter: a weight left out of the graph would be one the model is not scored with
     */
    static byte[] build(EncoderConfig config, Map<String, NamedTensor> weights) {
        Map<String, long[]> shapes = EncoderParameters.shapes(config, 1);
        for (String name : weights.keySet()) {
            if (!shapes.containsKey(name)) {
                throw new IllegalArgumentException("the weight " + name + " is no parameter of the encoder");
            }
        }
        long weightBytes = 0;
        for (NamedTensor t : weights.values()) {
            weightBytes += 4L * t.values().length;
        }
        // room for the weights and the graph's nodes (a few hundred bytes each), so that nothing is copied twice
        EncoderOnnx onnx = new EncoderOnnx(config, (int) Math.min(ProtoWriter.MAX_BYTES, weightBytes + (1 << 20)));
        for (Map.Entry<String, long[]> p : shapes.entrySet()) {
            if (EncoderParameters.isHead(p.getKey())) {
                continue;
            }
            NamedTensor t = weights.get(p.getKey());
            if (t == null || !Arrays.equals(t.shape(), p.getValue())) {
                throw new IllegalArgumentException("the encoder's " + p.getKey() + " is " + (t == null ? "missing"
                        : "of shape " + Arrays.toString(t.shape())) + ", the config needs " + Arrays.toString(p.getValue()));
            }
            onnx.graph.message(5, floatTensor(t.name(), t.shape(), t.values()));
        }
        onnx.define();
        // the graph last, into a writer grown once to the exact size, which then needs no copying
        ProtoWriter model = new ProtoWriter()
                .varint(1, IR_VERSION)
                .string(2, "stance4j")
                .message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        return model.message(7, onnx.graph).toByteArray();
    }

    private void define() {
        graph.string(2, "encoder");
        for (String input : new String[] {INPUT_IDS, TYPE_IDS, ATTENTION_MASK}) {
            graph.message(11, valueInfo(input, INT64, "batch", "length"));
        }
        graph.message(12, valueInfo(HIDDEN, FLOAT, "batch", "length", Integer.toString(config.hidden())));

        String length = node("Shape", new String[] {INPUT_IDS}, attribute("start", 1), attribute("end", 2));
        String positions = node("Slice", new String[] {EncoderParameters.POSITION_EMBEDDINGS, longs(0), length, longs(0)});
        String words = node("Gather", new String[] {EncoderParameters.WORD_EMBEDDINGS, INPUT_IDS});
        String types = node("Gather", new String[] {EncoderParameters.TYPE_EMBEDDINGS, TYPE_IDS});
        String sum = node("Add", new String[] {node("Add", new String[] {words, positions}), types});
        String x = layerNorm(sum, EncoderParameters.EMBEDDINGS_NORM);

        // [batch, 1, 1, length]: 0 over tokens, MASKED_SCORE over padding
        String maskFloat = node("Cast", new String[] {ATTENTION_MASK}, attribute("to", FLOAT));
        String scoreMask = node("Unsqueeze", new String[] {
                node("Mul", new String[] {node("Sub", new String[] {maskFloat, scalar(1f)}), scalar(-MASKED_SCORE)}),
                longs(1, 2)});
        for (int i = 0; i < config.layers(); i++) {
            x = layer(EncoderParameters.layer(i), x, scoreMask);
        }
        graph.message(1, new ProtoWriter().string(1, x).string(2, HIDDEN).string(3, "output").string(4, "Identity"));
    }

    private String layer(String p, String x, String scoreMask) {
        String q = heads(linear(x, p + "attention.self.query"), 0, 2, 1, 3);
        String kTransposed = heads(linear(x, p + "attention.self.key"), 0, 2, 3, 1);
        String v = heads(linear(x, p + "attention.self.value"), 0, 2, 1, 3);
        String scores = node("MatMul", new String[] {q, kTransposed});
        scores = node("Mul", new String[] {scores, scalar((float) (1.0 / Math.sqrt(config.headSize())))});
        scores = node("Softmax", new String[] {node("Add", new String[] {scores, scoreMask})}, attribute("axis", -1));
        String context = node("Transpose", new String[] {node("MatMul", new String[] {scores, v})},
                ints("perm", 0, 2, 1, 3));
        context = node("Reshape", new String[] {context, longs(0, 0, config.hidden())});
        String attended = node("Add", new String[] {linear(context, p + "attention.output.dense"), x});
        attended = layerNorm(attended, p + "attention.output.LayerNorm");
        // GELU with the exact error function: x / 2 × (1 + erf(x / √2))
        String inner = linear(attended, p + "intermediate.dense");
        String erf = node("Erf", new String[] {node("Div", new String[] {inner, scalar((float) Math.sqrt(2.0))})});
        String gelu = node("Mul", new String[] {node("Mul", new String[] {inner,
                node("Add", new String[] {erf, scalar(1f)})}), scalar(0.5f)});
        String out = node("Add", new String[] {linear(gelu, p + "output.dense"), attended});
        return layerNorm(out, p + "output.LayerNorm");
    }

    /** {@code [batch, length, hidden]} split into heads and transposed by {@code perm}. */
    private String heads(String x, long... perm) {
        String split = node("Reshape", new String[] {x, longs(0, 0, config.heads(), config.headSize())});
        return node("Transpose", new String[] {split}, ints("perm", perm));
    }

    private String linear(String x, String name) {
        return node("Add", new String[] {node("MatMul", new String[] {x, name + ".weight"}), name + ".bias"});
    }

    private String layerNorm(String x, String name) {
        ProtoWriter epsilon = new ProtoWriter().string(1, "epsilon").float32(2, (float) config.layerNormEps()).varint(20, 1);
        return node("LayerNormalization", new String[] {x, name + ".weight", name + ".bias"}, attribute("axis", -1),
                epsilon);
    }

    /** Adds a node with one output, named after it, and returns that name. */
    private String node(String op, String[] inputs, ProtoWriter... attributes) {
        String output = op + "_" + nodes++;
        ProtoWriter node = new ProtoWriter();
        for (String input : inputs) {
            node.string(1, input);
        }
        node.string(2, output).string(3, output).string(4, op);
        for (ProtoWriter a : attributes) {
            node.message(5, a);
        }
        graph.message(1, node);
        return output;
    }

    private static ProtoWriter attribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, 2);
    }

    private static ProtoWriter ints(String name, long... values) {
        ProtoWriter a = new ProtoWriter().string(1, name);
        for (long v : values) {
            a.varint(8, v);
        }
        return a.varint(20, 7);
    }

    /** An int64 vector initializer, added once per distinct value. */
    private String longs(long... values) {
        String name = "const.int64" + Arrays.toString(values);
        if (constants.add(name)) {
            graph.message(5, header(name, new long[] {values.length}, INT64, 8L * values.length)
                    .bytes(9, ProtoWriter.littleEndian(values)));
        }
        return name;
    }

    /** A float scalar initializer, added once per distinct value. */
    private String scalar(float value) {
        String name = "const.float[" + value + "]";
        if (constants.add(name)) {
            graph.message(5, floatTensor(name, new long[0], new float[] {value}));
        }
        return name;
    }

    private static ProtoWriter floatTensor(String name, long[] shape, float[] values) {
        return header(name, shape, FLOAT, 4L * values.length).floats(9, values);
    }

    private static ProtoWriter header(String name, long[] shape, int type, long dataBytes) {
        ProtoWriter t = new ProtoWriter((int) Math.min(ProtoWriter.MAX_BYTES, dataBytes + 256 + 4L * name.length()));
        for (long d : shape) {
            t.varint(1, d);
        }
        return t.varint(2, type).string(8, name);
    }

    private static ProtoWriter valueInfo(String name, int elementType, String... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (String d : dims) {
            ProtoWriter dim = new ProtoWriter();
            if (d.chars().allMatch(Character::isDigit)) {
                dim.varint(1, Long.parseLong(d));
            } else {
                dim.string(2, d);
            }
            shape.message(1, dim);
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, elementType).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}

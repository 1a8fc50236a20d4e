package org.stance4j.encoder;

import org.stance4j.encoder.ProtoReader.MalformedProtoException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The float weights of an ONNX model: the graph's initializers, read from the protobuf wire format by
 * hand ({@code ModelProto.graph → GraphProto.initializer → TensorProto}), as only the weights are wanted
 * and the ONNX importer of SameDiff cannot read this export.
 *
 * <p>PyTorch's exporter gives the matrices of linear layers generated names ({@code onnx::MatMul_787})
 * and stores them transposed, as {@code [in, out]}. Each is also made available under the name of
 * the layer whose {@code MatMul} node reads it ({@code /encoder/layer.0/attention/self/query/MatMul}
 * gives {@code encoder.layer.0.attention.self.query.weight}), still as {@code [in, out]}.
 *
 * <p>Tensors of other element types (the export has a few int64 ones) are listed but hold no data;
 * asking for one is an error. Weights stored outside the file are rejected.
 */
final class OnnxWeights {
    private static final int FLOAT = 1;
    private static final int MAX_DIMENSIONS = 8;

    private final String source;
    private final Map<String, NamedTensor> floats;
    private final Map<String, Integer> otherTypes;

    private OnnxWeights(String source, Map<String, NamedTensor> floats, Map<String, Integer> otherTypes) {
        this.source = source;
        this.floats = floats;
        this.otherTypes = otherTypes;
    }

    /** Reads the model in {@code bytes}; {@code source} names it in messages. */
    static OnnxWeights read(byte[] bytes, String source) throws InvalidWeightsException {
        Map<String, NamedTensor> floats = new LinkedHashMap<>();
        Map<String, Integer> others = new HashMap<>();
        List<String[]> matMuls = new ArrayList<>();
        boolean sawGraph = false;
        try {
            ProtoReader model = new ProtoReader(bytes);
            while (model.hasMore()) {
                int tag = model.readTag();
                if (tag == (7 << 3 | ProtoReader.LENGTH_DELIMITED)) {
                    sawGraph = true;
                    readGraph(model.readMessage(), floats, others, matMuls, source);
                } else {
                    model.skip(tag & 7);
                }
            }
        } catch (MalformedProtoException e) {
            throw new InvalidWeightsException(source + ": not a readable ONNX model: " + e.getMessage(), e);
        }
        if (!sawGraph || floats.isEmpty()) {
            throw new InvalidWeightsException(source + ": not an ONNX model with float weights (no graph initializers found)");
        }
        for (String[] node : matMuls) {
            NamedTensor weight = floats.get(node[1]);
            String alias = layerName(node[0]);
            if (weight != null && alias != null && !floats.containsKey(alias)) {
                floats.put(alias, new NamedTensor(alias, weight.shape(), weight.values()));
            }
        }
        return new OnnxWeights(source, Collections.unmodifiableMap(floats), others);
    }

    /** {@code /encoder/layer.0/attention/self/query/MatMul} → {@code encoder.layer.0.attention.self.query.weight}. */
    static String layerName(String nodeName) {
        if (!nodeName.startsWith("/") || !nodeName.endsWith("/MatMul")) {
            return null;
        }
        return nodeName.substring(1, nodeName.length() - "/MatMul".length()).replace('/', '.') + ".weight";
    }

    private static void readGraph(ProtoReader graph, Map<String, NamedTensor> floats, Map<String, Integer> others,
                                  List<String[]> matMuls, String source)
            throws MalformedProtoException, InvalidWeightsException {
        while (graph.hasMore()) {
            int tag = graph.readTag();
            if (tag == (5 << 3 | ProtoReader.LENGTH_DELIMITED)) {
                readTensor(graph.readMessage(), floats, others, source);
            } else if (tag == (1 << 3 | ProtoReader.LENGTH_DELIMITED)) {
                String[] matMul = readMatMul(graph.readMessage());
                if (matMul != null) {
                    matMuls.add(matMul);
                }
            } else {
                graph.skip(tag & 7);
            }
        }
    }

    /** A MatMul node's name and the name of its second input, or null for any other node. */
    private static String[] readMatMul(ProtoReader node) throws MalformedProtoException {
        List<String> inputs = new ArrayList<>(2);
        String name = "";
        String op = "";
        while (node.hasMore()) {
            int tag = node.readTag();
            switch (tag) {
                case 1 << 3 | ProtoReader.LENGTH_DELIMITED -> inputs.add(node.readString());
                case 3 << 3 | ProtoReader.LENGTH_DELIMITED -> name = node.readString();
                case 4 << 3 | ProtoReader.LENGTH_DELIMITED -> op = node.readString();
                default -> node.skip(tag & 7);
            }
        }
        return "MatMul".equals(op) && inputs.size() == 2 ? new String[] {name, inputs.get(1)} : null;
    }

    private static void readTensor(ProtoReader tensor, Map<String, NamedTensor> floats, Map<String, Integer> others,
                                   String source) throws MalformedProtoException, InvalidWeightsException {
        List<Long> dims = new ArrayList<>(4);
        int dataType = 0;
        String name = null;
        float[] raw = null;
        FloatList listed = new FloatList();
        while (tensor.hasMore()) {
            int tag = tensor.readTag();
            int field = tag >>> 3;
            int wire = tag & 7;
            if (field == 1 && wire == ProtoReader.VARINT) {
                dims.add(tensor.readVarint());
            } else if (field == 1 && wire == ProtoReader.LENGTH_DELIMITED) {
                ProtoReader packed = tensor.readMessage();
                while (packed.hasMore()) {
                    dims.add(packed.readVarint());
                }
            } else if (field == 2 && wire == ProtoReader.VARINT) {
                dataType = (int) tensor.readVarint();
            } else if (field == 4 && wire == ProtoReader.LENGTH_DELIMITED) {
                listed.addAll(tensor.readFloats());
            } else if (field == 4 && wire == ProtoReader.FIXED32) {
                listed.add(tensor.readFixed32Float());
            } else if (field == 8 && wire == ProtoReader.LENGTH_DELIMITED) {
                name = tensor.readString();
            } else if (field == 9 && wire == ProtoReader.LENGTH_DELIMITED) {
                raw = tensor.readFloats();
            } else if (field == 13 || (field == 14 && wire == ProtoReader.VARINT && tensor.readVarint() != 0)) {
                throw new InvalidWeightsException(source + ": the tensor " + name + " is stored outside the file; "
                        + "only self-contained ONNX files are supported");
            } else if (field != 14) {
                tensor.skip(wire);
            }
            if (dims.size() > MAX_DIMENSIONS) {
                throw new InvalidWeightsException(source + ": the tensor " + name + " has more than " + MAX_DIMENSIONS
                        + " dimensions");
            }
        }
        if (name == null || name.isEmpty()) {
            throw new InvalidWeightsException(source + ": an initializer has no name");
        }
        if (dataType != FLOAT) {
            others.put(name, dataType);
            return;
        }
        float[] values = raw != null ? raw : listed.toArray();
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        try {
            floats.put(name, new NamedTensor(name, shape, values));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidWeightsException(source + ": the tensor " + name + " has " + values.length
                    + " values for its shape " + Arrays.toString(shape), e);
        }
    }

    /** The float tensor {@code name}. */
    NamedTensor tensor(String name) throws InvalidWeightsException {
        NamedTensor t = floats.get(name);
        if (t != null) {
            return t;
        }
        Integer type = otherTypes.get(name);
        if (type != null) {
            throw new InvalidWeightsException(source + ": the tensor " + name + " is of ONNX element type " + type
                    + ", not float");
        }
        throw new InvalidWeightsException(source + ": has no weight named " + name);
    }

    /** The float tensor {@code name}, required to have {@code shape}. */
    NamedTensor tensor(String name, long... shape) throws InvalidWeightsException {
        NamedTensor t = tensor(name);
        if (!Arrays.equals(t.shape(), shape)) {
            throw new InvalidWeightsException(source + ": " + name + " has shape " + Arrays.toString(t.shape())
                    + ", the encoder's configuration needs " + Arrays.toString(shape));
        }
        return t;
    }

    /** A growable float array for {@code float_data} written one value at a time. */
    private static final class FloatList {
        private float[] values = new float[0];
        private int size;

        void add(float v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, size * 2));
            }
            values[size++] = v;
        }

        void addAll(float[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(size + more.length, size * 2));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

package org.stance4j.model.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a well-formed manifest with jackson-core's streaming parser alone. Why: starting Jackson
 * databind and introspecting the manifest's records costs 0.2 to 0.4 s in a fresh JVM, most of the
 * time it takes to load the default model, while this takes a few milliseconds.
 *
 * <p>It is only a fast path. Anything it is not sure to read exactly as databind would (a value of
 * another JSON type than the field's, a missing field, a duplicate, a value a record refuses, a
 * kind's {@code config}, bad JSON) gives an empty result, and {@link DatabindManifestReader} then binds the
 * manifest with databind, which also words the error. {@code StreamingManifestReaderTest} holds the
 * two to the same result.
 */
final class StreamingManifestReader {
    private static final JsonFactory JSON = new JsonFactory();

    private StreamingManifestReader() {
    }

    /** The manifest, or empty when databind must read it. */
    static Optional<Manifest> read(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (!(value(parser, parser.nextToken()) instanceof Map<?, ?> top) || parser.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(manifest(new Fields(top)));
        } catch (IOException | NotPlain | RuntimeException e) {
            // RuntimeException: a record's own check refused a value; databind reports it with its place
            return Optional.empty();
        }
    }

    private static Manifest manifest(Fields m) throws NotPlain {
        if (m.map.get("config") != null) {
            throw new NotPlain();  // a kind's free-form settings are a databind JsonNode
        }
        String formatVersion = m.string("formatVersion");
        return new Manifest(m.string("format"), formatVersion, m.string("kind"), m.string("toolkitVersion"),
                m.string("created"), m.strings("labels"), m.doubles("labelWeights"),
                m.object("text", StreamingManifestReader::text),
                m.object("features", f -> features(f, formatVersion)),
                m.object("network", StreamingManifestReader::network), null,
                m.object("training", StreamingManifestReader::training),
                m.object("versions", StreamingManifestReader::versions),
                m.doubleMap("devMetrics"), m.stringMap("entries"));
    }

    private static TextSettings text(Fields f) throws NotPlain {
        return new TextSettings(f.string("tokenizer"), f.string("tokenizerOptions"), f.string("normalization"));
    }

    /** Format 1 had no {@code charCrossing}: its bundles were made without it (as in {@link DatabindManifestReader}). */
    private static FeatureSettings features(Fields f, String formatVersion) throws NotPlain {
        boolean charCrossing = String.valueOf(formatVersion).startsWith("1.") && !f.map.containsKey("charCrossing")
                ? false : f.bool("charCrossing");
        return new FeatureSettings(f.integer("textBuckets"), f.integer("eventBuckets"), f.integer("wordNgrams"),
                f.integer("charNgramMin"), f.integer("charNgramMax"), f.bool("eventCrossing"),
                f.integer("maxTextFeatures"), charCrossing);
    }

    private static NetworkSettings network(Fields f) throws NotPlain {
        return new NetworkSettings(f.integer("embeddingSize"), f.integer("hiddenSize"), f.decimal("dropout"),
                f.decimal("l2"), f.decimal("learningRate"), f.bool("sqrtScaling"));
    }

    private static TrainingRecord training(Fields f) throws NotPlain {
        List<DataRecord> data = new ArrayList<>();
        for (Object item : f.list("data")) {
            if (!(item instanceof Map<?, ?> record)) {
                throw new NotPlain();
            }
            data.add(dataRecord(new Fields(record)));
        }
        return new TrainingRecord(f.longInteger("seed"), f.untypedMap("settings"), data, f.integer("epochs"),
                f.integer("bestEpoch"), f.string("stopReason"), f.decimal("seconds"));
    }

    private static DataRecord dataRecord(Fields f) throws NotPlain {
        return new DataRecord(f.string("role"), f.string("path"), f.string("format"), f.string("sha256"),
                f.longInteger("rows"), f.longMap("labels"));
    }

    private static Versions versions(Fields f) throws NotPlain {
        return new Versions(f.string("stance4j"), f.string("dl4j"), f.string("nd4j"), f.string("corenlp"),
                f.string("java"), f.string("nativeBuild"));
    }

    /**
     * A JSON value as databind's untyped reading gives it: objects as insertion-ordered maps, arrays as
     * lists, integers as the smallest of Integer, Long and BigInteger, other numbers as Double.
     */
    private static Object value(JsonParser parser, JsonToken token) throws IOException, NotPlain {
        if (token == null) {
            throw new NotPlain();
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    if (map.containsKey(name)) {
                        throw new NotPlain();  // which one databind keeps is its business
                    }
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new NotPlain();
        }
    }

    /** A value that this reader leaves to databind. Thrown often on odd input, so without a stack trace. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private interface Reader<T> {
        T read(Fields fields) throws NotPlain;
    }

    private interface Converter<T> {
        T convert(Object value) throws NotPlain;
    }

    /** One JSON object's fields, each taken only when its JSON type is the field's own. */
    private static final class Fields {
        private final Map<?, ?> map;

        Fields(Map<?, ?> map) {
            this.map = map;
        }

        /** A field that may be absent or null (databind gives null), or a value of type {@code type}. */
        private <T> T optional(String name, Class<T> type) throws NotPlain {
            Object value = map.get(name);
            if (value != null && !type.isInstance(value)) {
                throw new NotPlain();
            }
            return type.cast(value);
        }

        /** A primitive field: present and of its type (databind is strict about null primitives). */
        private <T> T required(String name, Class<T> type) throws NotPlain {
            T value = optional(name, type);
            if (value == null) {
                throw new NotPlain();
            }
            return value;
        }

        String string(String name) throws NotPlain {
            return optional(name, String.class);
        }

        boolean bool(String name) throws NotPlain {
            return required(name, Boolean.class);
        }

        int integer(String name) throws NotPlain {
            return required(name, Integer.class);
        }

        long longInteger(String name) throws NotPlain {
            return asLong(map.get(name));
        }

        double decimal(String name) throws NotPlain {
            return asDouble(map.get(name));
        }

        <T> T object(String name, Reader<T> reader) throws NotPlain {
            Map<?, ?> object = optional(name, Map.class);
            return object == null ? null : reader.read(new Fields(object));
        }

        List<?> list(String name) throws NotPlain {
            return optional(name, List.class);
        }

        List<String> strings(String name) throws NotPlain {
            return list(name, Fields::asString);
        }

        List<Double> doubles(String name) throws NotPlain {
            return list(name, Fields::asDouble);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> untypedMap(String name) throws NotPlain {
            return (Map<String, Object>) optional(name, Map.class);
        }

        Map<String, String> stringMap(String name) throws NotPlain {
            return map(name, Fields::asString);
        }

        Map<String, Double> doubleMap(String name) throws NotPlain {
            return map(name, Fields::asDouble);
        }

        Map<String, Long> longMap(String name) throws NotPlain {
            return map(name, Fields::asLong);
        }

        /** A JSON array whose every element converts, or null when absent or null. */
        private <T> List<T> list(String name, Converter<T> converter) throws NotPlain {
            List<?> list = list(name);
            if (list == null) {
                return null;
            }
            List<T> out = new ArrayList<>();
            for (Object item : list) {
                out.add(converter.convert(item));
            }
            return out;
        }

        /** A JSON object whose every value converts, in its order, or null when absent or null. */
        private <T> Map<String, T> map(String name, Converter<T> converter) throws NotPlain {
            Map<?, ?> object = optional(name, Map.class);
            if (object == null) {
                return null;
            }
            Map<String, T> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : object.entrySet()) {
                out.put((String) e.getKey(), converter.convert(e.getValue()));
            }
            return out;
        }

        private static String asString(Object value) throws NotPlain {
            if (value instanceof String s) {
                return s;
            }
            throw new NotPlain();
        }

        private static long asLong(Object value) throws NotPlain {
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            throw new NotPlain();
        }

        /** Databind reads a JSON integer into a double field too; a BigInteger it may round, so not here. */
        private static double asDouble(Object value) throws NotPlain {
            if (value instanceof Double || value instanceof Integer || value instanceof Long) {
                return ((Number) value).doubleValue();
            }
            throw new NotPlain();
        }
    }
}

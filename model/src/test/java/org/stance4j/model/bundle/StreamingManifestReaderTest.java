package org.stance4j.model.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.testing.TestBundles;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The streaming fast path reads a manifest exactly as databind binds it, or leaves it to databind:
 * on the manifests stance4j writes (every format) and on thousands of mangled ones.
 */
class StreamingManifestReaderTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readsTheManifestsOfEveryFormatAsDatabindDoes() throws Exception {
        for (String version : List.of(Manifest.CURRENT_VERSION, "2.0", "1.0")) {
            byte[] json = json(base(version));
            Optional<Manifest> fast = StreamingManifestReader.read(json);
            assertTrue(fast.isPresent(), "the fast path reads a plain " + version + " manifest");
            assertEquals(DatabindManifestReader.bind(json, "m"), fast.get());
        }
        assertEquals(false, StreamingManifestReader.read(json(base("1.0"))).orElseThrow().features().charCrossing());
    }

    @Test
    void leavesAKindsConfigToDatabind() throws Exception {
        ObjectNode tree = base(Manifest.CURRENT_VERSION);
        tree.putObject("config").put("base", "x");
        assertTrue(StreamingManifestReader.read(json(tree)).isEmpty());
        assertEquals("x", ManifestJson.read(json(tree), "m").config().get("base").asText());
    }

    @Test
    void anUnknownFieldIsIgnoredAsDatabindIgnoresIt() throws Exception {
        ObjectNode tree = base(Manifest.CURRENT_VERSION);
        tree.putObject("addedByANewerMinorVersion").putArray("list").add(1);
        byte[] json = json(tree);
        assertEquals(DatabindManifestReader.bind(json, "m"), StreamingManifestReader.read(json).orElseThrow());
    }

    @Property(tries = 3000)
    void whatTheFastPathReadsDatabindReadsAlike(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> versions = List.of(Manifest.CURRENT_VERSION, "2.0", "1.0");
        ObjectNode tree = base(versions.get(random.nextInt(versions.size())));
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutate(tree, random);
        }
        byte[] json = textMutation(json(tree), random);
        Optional<Manifest> fast = StreamingManifestReader.read(json);
        Statistics.collect(fast.isPresent() ? "fast path" : "databind");
        Statistics.coverage(c -> c.check("fast path").percentage(p -> p > 8));
        if (fast.isPresent()) {
            try {
                assertEquals(DatabindManifestReader.bind(json, "m"), fast.get(), new String(json, StandardCharsets.UTF_8));
            } catch (InvalidBundleException e) {
                fail("the fast path read a manifest that databind refuses (" + e.getMessage() + "): "
                        + new String(json, StandardCharsets.UTF_8));
            }
        }
    }

    private static ObjectNode base(String version) {
        ObjectNode tree = BundleJson.mapper().valueToTree(TestBundles.manifest().withEntries(Map.of("ngram/parameters.bin", "ab")));
        tree.put("formatVersion", version);
        if (version.startsWith("1.")) {
            ((ObjectNode) tree.get("features")).remove("charCrossing");
        }
        return tree;
    }

    private static byte[] json(JsonNode tree) throws Exception {
        return BundleJson.mapper().writeValueAsBytes(tree);
    }

    /** Removes, replaces or adds a field or element somewhere in the tree. */
    private static void mutate(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!names.isEmpty()) {
                        object.remove(names.get(random.nextInt(names.size())));
                    }
                }
                case 1 -> {
                    if (!names.isEmpty()) {
                        object.set(names.get(random.nextInt(names.size())), randomValue(random));
                    }
                }
                default -> object.set("extra" + random.nextInt(3), randomValue(random));
            }
        } else if (target instanceof ArrayNode array) {
            if (array.size() > 0 && random.nextBoolean()) {
                array.set(random.nextInt(array.size()), randomValue(random));
            } else if (array.size() > 0 && random.nextBoolean()) {
                array.remove(random.nextInt(array.size()));
            } else {
                array.add(randomValue(random));
            }
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.textNode("text");
            case 1 -> NODES.numberNode(random.nextInt(5000) - 10);
            case 2 -> NODES.numberNode(random.nextDouble());
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(1).add("a");
            case 7 -> NODES.numberNode(1L << 40);
            case 8 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 9 -> NODES.textNode("1.0");
            case 10 -> NODES.numberNode(1 << 10);
            default -> NODES.numberNode(0.5);
        };
    }

    /** Now and then, damage the text itself: a duplicate field, a cut, or a stray character. */
    private static byte[] textMutation(byte[] json, Random random) {
        String text = new String(json, StandardCharsets.UTF_8);
        switch (random.nextInt(8)) {
            case 0 -> text = text.replaceFirst("\"kind\" :", "\"kind\" : \"other\", \"kind\" :");
            case 1 -> text = text.substring(0, random.nextInt(text.length()));
            case 2 -> {
                int at = random.nextInt(text.length());
                String stray = "{}[],:\"0-.e nulltrue";
                text = text.substring(0, at) + stray.charAt(random.nextInt(stray.length())) + text.substring(at);
            }
            case 3 -> text = text + " {}";
            default -> {
                // unchanged
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

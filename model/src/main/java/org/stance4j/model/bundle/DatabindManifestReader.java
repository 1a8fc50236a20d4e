package org.stance4j.model.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stance4j.model.InvalidBundleException;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Binds {@code manifest.json} with Jackson databind: every kind's manifest, and the wording of what
 * is wrong with a bad one (which field, and why). Kept apart from {@link ManifestJson} so that a JVM
 * whose manifests all take the streaming path never loads databind.
 */
final class DatabindManifestReader {
    private DatabindManifestReader() {
    }

    /** The manifest, or null for a JSON {@code null}. */
    static Manifest bind(byte[] json, String name) throws InvalidBundleException {
        try {
            JsonNode tree = BundleJson.mapper().readTree(json);
            return tree == null ? null : BundleJson.mapper().treeToValue(upgradeFromVersion1(tree), Manifest.class);
        } catch (JsonMappingException e) {
            throw new InvalidBundleException(name + ": the manifest is not valid" + field(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidBundleException(name + ": the manifest is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidBundleException(name + ": the manifest cannot be read: " + e.getMessage(), e);
        }
    }

    /** " at features.charCrossing": where in the manifest a mapping error is, when Jackson knows. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "" : " at " + path;
    }

    /**
     * Format 1 had no {@code features.charCrossing}: its bundles were made without it. Format 2 added
     * it, and as readers of format 1 would ignore it and featurise wrongly, it is a new major version.
     */
    private static JsonNode upgradeFromVersion1(JsonNode tree) {
        if (tree.path("formatVersion").asText().startsWith("1.") && tree.get("features") instanceof ObjectNode features
                && !features.has("charCrossing")) {
            features.put("charCrossing", false);
        }
        return tree;
    }
}

package org.stance4j.model.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import org.stance4j.model.kind.ModelKinds;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the first entry of every model bundle: what the model is, how to rebuild
 * it, what it was trained on, and a SHA-256 of every other entry. {@code text}, {@code features}
 * and {@code network} describe the n-gram kind; another kind keeps its settings in {@code config}.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion MAJOR.MINOR; a reader accepts the major versions from {@link #OLDEST_MAJOR_VERSION} to its own, with any minor one
 * @param kind the {@link org.stance4j.model.kind.ModelKind} that reads the bundle; absent before format 3.0, meaning n-gram
 * @param labels the stance label of each network output, in order
 * @param labelWeights the loss weight of each output used in training
 * @param created ISO-8601 instant
 * @param devMetrics scores on the dev data at the kept epoch (macro_f1, accuracy, f_avg, examples)
 * @param config the settings of a kind other than n-gram, as that kind writes them
 * @param entries entry name to hex SHA-256, for every entry but the manifest
 */
@JsonPropertyOrder({"format", "formatVersion", "kind", "toolkitVersion", "created", "labels", "labelWeights", "text",
        "features", "network", "config", "training", "versions", "devMetrics", "entries"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String format, String formatVersion, String kind, String toolkitVersion, String created,
                       List<String> labels, List<Double> labelWeights, TextSettings text, FeatureSettings features,
                       NetworkSettings network, JsonNode config, TrainingRecord training, Versions versions,
                       Map<String, Double> devMetrics, Map<String, String> entries) {
    public static final String FORMAT = "stance4j-model";
    /**
     * The format this version writes: 2.0 added {@code features.charCrossing}; 3.0 added
     * {@code kind} and {@code config}, and stores the n-gram weights as plain little-endian floats.
     */
    public static final int MAJOR_VERSION = 3;
    public static final String CURRENT_VERSION = MAJOR_VERSION + ".0";
    /** The oldest format this version still reads (1.x bundles read as made without character crossing). */
    public static final int OLDEST_MAJOR_VERSION = 1;

    /** An n-gram model's manifest of the current format, without its entries' hashes. */
    public static Manifest ngram(String created, List<String> labels, List<Double> labelWeights, TextSettings text,
                                 FeatureSettings features, NetworkSettings network, TrainingRecord training,
                                 Versions versions, Map<String, Double> devMetrics) {
        return new Manifest(FORMAT, CURRENT_VERSION, ModelKinds.DEFAULT, Versions.toolkit(), created, labels, labelWeights,
                text, features, network, null, training, versions, devMetrics, Map.of());
    }

    /** A manifest of the current format for a model of another kind, whose settings are {@code config}. */
    public static Manifest of(String kind, String created, List<String> labels, JsonNode config, TrainingRecord training,
                              Versions versions, Map<String, Double> devMetrics) {
        return new Manifest(FORMAT, CURRENT_VERSION, kind, Versions.toolkit(), created, labels, null, null, null, null,
                config, training, versions, devMetrics, Map.of());
    }

    /** The kind that reads this bundle; bundles before format 3.0 are all n-gram. */
    public String kindName() {
        return kind == null ? ModelKinds.DEFAULT : kind;
    }

    /** The major version of a MAJOR.MINOR format version, or -1 when it is not one. */
    public static int majorVersion(String version) {
        try {
            return Integer.parseInt(String.valueOf(version).split("\\.", 2)[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Manifest withEntries(Map<String, String> newEntries) {
        return new Manifest(format, formatVersion, kind, toolkitVersion, created, labels, labelWeights, text, features,
                network, config, training, versions, devMetrics, newEntries);
    }
}

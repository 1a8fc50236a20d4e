package org.stance4j.model.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.stance4j.model.features.FeatureSettings;
import org.stance4j.model.network.NetworkSettings;
import org.stance4j.model.text.TextSettings;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the first entry of every model bundle: what the model is, how to rebuild
 * its text pipeline, featuriser and network, what it was trained on, and a SHA-256 of every other
 * entry.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion MAJOR.MINOR; a reader accepts the major versions from {@link #OLDEST_MAJOR_VERSION} to its own, with any minor one
 * @param labels the stance label of each network output, in order
 * @param labelWeights the loss weight of each output used in training
 * @param created ISO-8601 instant
 * @param devMetrics scores on the dev data at the kept epoch (macro_f1, accuracy, f_avg, examples)
 * @param entries entry name to hex SHA-256, for every entry but the manifest
 */
@JsonPropertyOrder({"format", "formatVersion", "toolkitVersion", "created", "labels", "labelWeights", "text",
        "features", "network", "training", "versions", "devMetrics", "entries"})
public record Manifest(String format, String formatVersion, String toolkitVersion, String created,
                       List<String> labels, List<Double> labelWeights, TextSettings text, FeatureSettings features,
                       NetworkSettings network, TrainingRecord training, Versions versions,
                       Map<String, Double> devMetrics, Map<String, String> entries) {
    public static final String FORMAT = "stance4j-model";
    /** The format this version writes: 2.0 added {@code features.charCrossing}. */
    public static final int MAJOR_VERSION = 2;
    public static final String CURRENT_VERSION = MAJOR_VERSION + ".0";
    /** The oldest format this version still reads (1.x bundles read as made without character crossing). */
    public static final int OLDEST_MAJOR_VERSION = 1;

    public Manifest withEntries(Map<String, String> newEntries) {
        return new Manifest(format, formatVersion, toolkitVersion, created, labels, labelWeights, text, features,
                network, training, versions, devMetrics, newEntries);
    }
}

package org.stance4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a loaded model is and where it comes from: a read-only view of its bundle's manifest.
 *
 * @param toolkitVersion the stance4j version that trained it
 * @param formatVersion the bundle format version, MAJOR.MINOR
 * @param kind the model's kind: {@code ngram} for the hashed n-gram network, or another kind's name
 * @param created when it was trained
 * @param labels the stances it predicts
 * @param seed the training seed
 * @param trainingData every file it was trained or tuned on, with its SHA-256
 * @param devMetrics its scores on the dev data during training (macro_f1, accuracy, f_avg, examples)
 * @param versions versions of stance4j, DL4J, ND4J, CoreNLP, Java and the native build that trained it
 */
public record ModelInfo(String toolkitVersion, String formatVersion, String kind, Instant created, List<Stance> labels, long seed,
                        List<TrainingData> trainingData, Map<String, Double> devMetrics, Map<String, String> versions) {
    public ModelInfo {
        labels = List.copyOf(labels);
        trainingData = List.copyOf(trainingData);
        devMetrics = Map.copyOf(devMetrics);
        versions = Map.copyOf(versions);
    }

    /**
     * One file a model was trained or tuned on.
     *
     * @param role "train" or "dev"
     * @param path the path or resource name as given to the trainer
     * @param format the data format
     * @param sha256 hex SHA-256 of the file
     * @param rows statements used from it
     * @param labelCounts statements per stance
     */
    public record TrainingData(String role, String path, String format, String sha256, long rows,
                               Map<Stance, Long> labelCounts) {
        public TrainingData {
            labelCounts = Map.copyOf(labelCounts);
        }
    }
}

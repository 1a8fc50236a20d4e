package org.stance4j.model.bundle;

import java.util.List;
import java.util.Map;

/**
 * How a model was trained: the trainer's settings, the data, and how training ended.
 *
 * @param seed the training seed
 * @param settings the trainer's settings other than text, features and network (epochs, batch size, ...)
 * @param data every file trained or tuned on
 * @param epochs epochs run
 * @param bestEpoch the epoch whose weights the bundle holds
 * @param stopReason why training ended
 * @param seconds wall time of training
 */
public record TrainingRecord(long seed, Map<String, Object> settings, List<DataRecord> data, int epochs,
                             int bestEpoch, String stopReason, double seconds) {
    public TrainingRecord {
        settings = Map.copyOf(settings);
        data = List.copyOf(data);
    }
}

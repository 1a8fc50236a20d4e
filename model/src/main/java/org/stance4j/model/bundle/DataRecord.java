package org.stance4j.model.bundle;

import java.util.Map;

/**
 * One data file a model was trained or tuned on.
 *
 * @param role "train" or "dev"
 * @param path the path or resource name as given
 * @param format the data format, e.g. csv or semeval2016
 * @param sha256 hex SHA-256 of the file's bytes
 * @param rows statements used
 * @param labels statements per stance label
 */
public record DataRecord(String role, String path, String format, String sha256, long rows, Map<String, Long> labels) {
    public DataRecord {
        labels = Map.copyOf(labels);
    }
}

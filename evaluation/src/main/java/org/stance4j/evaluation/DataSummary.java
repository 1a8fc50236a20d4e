package org.stance4j.evaluation;

/**
 * The data an evaluation was run on.
 *
 * @param path the file or resource, with the part used (e.g. "#test") when it is a split
 * @param format the data format's id
 * @param sha256 hex SHA-256 of the file
 * @param skipped rows skipped as invalid
 */
public record DataSummary(String path, String format, String sha256, int skipped) {
}

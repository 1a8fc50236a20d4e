package org.stance4j.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance4j.model.InvalidDataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labeled-statements corpus that ships with stance4j, written by the project under its own
 * licence (see datasets/DATASHEET.md and datasets/GUIDELINES.md). Besides the usual columns it
 * has {@code phenomenon}, which tags the hard cases of the guidelines.
 */
public final class BundledCorpus {
    /** The name under which the corpus appears in reports and manifests. */
    public static final String ORIGIN = "bundled:stance4j-corpus.csv";
    /** Seed of the fixed splits; changing it changes every published figure. */
    public static final long SPLIT_SEED = 20240826L;
    /** Share of statements (stratified) or events (by event) held out for testing. */
    public static final double TEST_FRACTION = 0.2;
    private static final String RESOURCE = "stance4j-corpus.csv";

    private BundledCorpus() {
    }

    public static Dataset load() {
        try (InputStream in = open()) {
            return DatasetReader.read(ORIGIN, in, DataFormat.CSV, ReadOptions.defaults());
        } catch (InvalidDataException e) {
            throw new IllegalStateException("the bundled corpus is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixed stratified split: 20% of each stance's statements held out. */
    public static Split stratifiedSplit(Dataset corpus) {
        return Splits.stratified(corpus.statements(), TEST_FRACTION, SPLIT_SEED);
    }

    /** The fixed unseen-event split: about 20% of events, with every statement about them, held out. */
    public static Split unseenEventSplit(Dataset corpus) {
        return Splits.byEvent(corpus.statements(), TEST_FRACTION, SPLIT_SEED);
    }

    /** Hard-case tag per statement id, for statements that have one. */
    public static Map<String, String> phenomena() {
        Map<String, String> tags = new LinkedHashMap<>();
        try (InputStream in = open();
             CSVParser parser = CSVParser.builder()
                     .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                     .get()) {
            for (CSVRecord r : parser) {
                if (!r.get("phenomenon").isBlank()) {
                    tags.put(r.get("id"), r.get("phenomenon").strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }

    private static InputStream open() {
        InputStream in = BundledCorpus.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled corpus " + RESOURCE + " is missing from the class path");
        }
        return in;
    }
}

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
import java.util.function.Consumer;

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
    /** Share of each pair's contrastive texts held out toward all their events. */
    public static final double PAIRED_TEXT_FRACTION = 0.2;
    private static final String RESOURCE = "stance4j-corpus.csv";

    private BundledCorpus() {
    }

    public static Dataset load() {
        try (InputStream in = open(RESOURCE)) {
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

    /**
     * The fixed evaluation of seen events: the stratified split, with {@link #PAIRED_TEXT_FRACTION} of
     * the contrastive texts of each pair of events taken off both its sides and held out toward every
     * event of their pair. {@code train} without {@code --data} trains on its {@code train} part.
     */
    public static SeenEventSplit seenEventSplit(Dataset corpus) {
        Split paired = Splits.contrastiveTexts(corpus.statements(), PAIRED_TEXT_FRACTION, SPLIT_SEED);
        return SeenEventSplit.of(stratifiedSplit(corpus), paired.test());
    }

    /** The fixed unseen-event split: about 20% of events, with every statement about them, held out. */
    public static Split unseenEventSplit(Dataset corpus) {
        return Splits.byEvent(corpus.statements(), TEST_FRACTION, SPLIT_SEED);
    }

    /** Hard-case tag per statement id, for statements that have one. */
    public static Map<String, String> phenomena() {
        Map<String, String> tags = new LinkedHashMap<>();
        forEachRecord(RESOURCE, r -> {
            if (!r.get("phenomenon").isBlank()) {
                tags.put(r.get("id"), r.get("phenomenon").strip());
            }
        });
        return tags;
    }

    /** Reads a CSV file that ships beside the corpus, header first, record by record. */
    static void forEachRecord(String resource, Consumer<CSVRecord> action) {
        try (InputStream in = open(resource);
             CSVParser parser = CSVParser.builder()
                     .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                     .get()) {
            parser.forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that ships beside the corpus; a missing one is a broken build, not bad input. */
    static InputStream open(String resource) {
        InputStream in = BundledCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the bundled file " + resource + " is missing from the class path");
        }
        return in;
    }
}

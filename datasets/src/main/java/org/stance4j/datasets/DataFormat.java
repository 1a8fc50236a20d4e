package org.stance4j.datasets;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats that stance4j reads labeled statements from, chosen on the command line with {@code --format}. */
public enum DataFormat {
    /** The project's own CSV: header row; columns event, text, stance required; id, speaker, source optional. */
    CSV("csv", StandardCharsets.UTF_8),
    /** SemEval-2016 Task 6: tab-separated ID, Target, Tweet, Stance[, ...]; FAVOR/AGAINST/NONE; windows-1252. */
    SEMEVAL2016("semeval2016", Charset.forName("windows-1252")),
    /** VAST: CSV where new_topic is the event, post the text, label 0=con 1=pro 2=neutral. */
    VAST("vast", StandardCharsets.UTF_8),
    /** Emergent: CSV where claimheadline is the event, articleheadline the text, articleheadlinestance for/against/observing (header names in any case). */
    EMERGENT("emergent", StandardCharsets.UTF_8);

    private final String id;
    private final Charset defaultCharset;

    DataFormat(String id, Charset defaultCharset) {
        this.id = id;
        this.defaultCharset = defaultCharset;
    }

    /** The name used with {@code --format}. */
    public String id() {
        return id;
    }

    public Charset defaultCharset() {
        return defaultCharset;
    }

    public static Optional<DataFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "csv, semeval2016, vast, emergent", for help and error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(DataFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}

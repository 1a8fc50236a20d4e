package org.stance4j.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of a first name, from the name list in CoreNLP's models jar, so that "she added"
 * after quotes by Marc Lenoir and Irina Volkova goes to Volkova. Names not on the list match either pronoun.
 */
final class FirstNameGenders {
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> GENDERS = load();

    private FirstNameGenders() {
    }

    /** The gender that the first word of {@code name} usually has. */
    static Gender of(String name) {
        String first = name.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return GENDERS.getOrDefault(first, Gender.UNKNOWN);
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> genders = new HashMap<>();
        InputStream in = FirstNameGenders.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            return genders;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] fields = line.split("\t");
                if (fields.length == 2 && (fields[1].equals("MALE") || fields[1].equals("FEMALE"))) {
                    // a name listed with both genders is ambiguous
                    genders.merge(fields[0].toLowerCase(Locale.ROOT), Gender.valueOf(fields[1]),
                            (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return genders;
    }
}

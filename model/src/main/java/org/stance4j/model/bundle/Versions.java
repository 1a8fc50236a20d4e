package org.stance4j.model.bundle;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions of what built a model: stance4j, DL4J/ND4J, CoreNLP, Java and the ND4J native build.
 *
 * @param nativeBuild the ND4J native build in use, e.g. linux-x86_64-onednn-avx2
 */
public record Versions(String stance4j, String dl4j, String nd4j, String corenlp, String java, String nativeBuild) {
    private static final Properties BUILD = load();

    /** The versions of this running toolkit, with the ND4J native build that training loaded. */
    public static Versions current(String nativeBuild) {
        return new Versions(toolkit(), BUILD.getProperty("dl4j"), BUILD.getProperty("dl4j"),
                BUILD.getProperty("corenlp"), System.getProperty("java.version"), nativeBuild);
    }

    /** The version of stance4j itself, e.g. 0.1.0-SNAPSHOT. */
    public static String toolkit() {
        return BUILD.getProperty("stance4j");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/stance4j/model/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the stance4j-model jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package org.stance4j.datasets;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public corpora in ../shared/datasets (never copied into the repository). Tests that need them
 * are skipped, with a message, where they are absent.
 */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    /** The shared datasets folder: STANCE4J_SHARED_DATASETS, or ../shared/datasets from the repository root. */
    public static Path root() {
        String configured = System.getenv("STANCE4J_SHARED_DATASETS");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/datasets").normalize();
            if (Files.isDirectory(candidate) && Files.exists(p.resolve("pom.xml")) && !Files.exists(p.resolve("../pom.xml"))) {
                return candidate;
            }
        }
        return here.resolve("../../shared/datasets").normalize();
    }

    /** The file, or the test is skipped when the shared corpora are not on this machine. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared corpus not found: " + p);
        return p;
    }
}

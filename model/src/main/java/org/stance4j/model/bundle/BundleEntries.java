package org.stance4j.model.bundle;

import java.util.List;

/** The entry names of a model bundle, in the order they are written. */
final class BundleEntries {
    static final String MANIFEST = "manifest.json";
    static final String CONFIGURATION = "network/configuration.json";
    static final String COEFFICIENTS = "network/coefficients.bin";
    static final List<String> ALL = List.of(MANIFEST, CONFIGURATION, COEFFICIENTS);

    private BundleEntries() {
    }
}

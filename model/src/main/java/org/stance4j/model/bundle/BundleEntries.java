package org.stance4j.model.bundle;

/** The entry every model bundle starts with; the others are the kind's (see {@link org.stance4j.model.kind.ModelKind}). */
final class BundleEntries {
    static final String MANIFEST = "manifest.json";

    private BundleEntries() {
    }
}

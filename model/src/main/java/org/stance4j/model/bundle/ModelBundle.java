package org.stance4j.model.bundle;

import org.stance4j.model.ModelInfo;
import org.stance4j.model.kind.Scorer;

/**
 * A model bundle that {@link BundleReader} has read and checked: its manifest, and the scorer that
 * the bundle's kind made from its entries.
 */
public final class ModelBundle {
    private final Manifest manifest;
    private final Scorer scorer;

    ModelBundle(Manifest manifest, Scorer scorer) {
        this.manifest = manifest;
        this.scorer = scorer;
    }

    public Manifest manifest() {
        return manifest;
    }

    public ModelInfo info() {
        return ManifestInfo.of(manifest);
    }

    /** The scorer for the bundle, safe to share between threads. */
    public Scorer scorer() {
        return scorer;
    }
}

package org.stance4j.model.kind;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.bundle.Manifest;

import java.util.Map;

/**
 * One kind of model that a bundle can hold, named by the manifest's {@code kind}: today's hashed
 * n-gram network ({@code ngram}), or another kind that a module of its own adds by listing its
 * implementation in {@code META-INF/services/org.stance4j.model.kind.ModelKind}. The bundle reader
 * does what every kind needs (zip, manifest, hashes, labels); a kind says which entries it holds
 * and turns them into a {@link Scorer}.
 */
public interface ModelKind {
    /** The manifest's {@code kind}. */
    String name();

    /**
     * The most bytes the named entry may inflate to in a bundle with this manifest, or -1 when
     * this kind has no such entry. The reader stops inflating past it, so a zip bomb stops early.
     */
    long maxEntryBytes(String entry, Manifest manifest);

    /**
     * Called once the manifest is read, before the entries are inflated and checked, so that a kind
     * can start slow set-up that needs only the manifest (class loading, say) on another core. The
     * manifest is not verified yet: whatever this starts must be safe to throw away.
     */
    default void prepare(Manifest manifest) {
    }

    /**
     * A scorer over the bundle's entries, whose SHA-256 the reader has already checked against the
     * manifest. Checks everything of its own (settings, shapes), trusting nothing.
     *
     * @param source the bundle's file or resource name, for messages
     * @throws InvalidBundleException when the entries or the kind's settings are not a model
     */
    Scorer open(Manifest manifest, Map<String, byte[]> entries, String source) throws InvalidBundleException;
}

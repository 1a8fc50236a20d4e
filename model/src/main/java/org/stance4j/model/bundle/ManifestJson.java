package org.stance4j.model.bundle;

import org.stance4j.model.InvalidBundleException;

import java.util.Optional;

/**
 * Turns {@code manifest.json}'s bytes into a {@link Manifest}: by {@link StreamingManifestReader}
 * when the manifest is plain (every bundle stance4j writes of the n-gram kind), otherwise by
 * {@link DatabindManifestReader}, which reads every kind and words what is wrong with a bad manifest.
 */
final class ManifestJson {
    private ManifestJson() {
    }

    /** The manifest, or null for a JSON {@code null}; its format and version are the caller's to check. */
    static Manifest read(byte[] json, String name) throws InvalidBundleException {
        Optional<Manifest> plain = StreamingManifestReader.read(json);
        return plain.isPresent() ? plain.get() : DatabindManifestReader.bind(json, name);
    }
}

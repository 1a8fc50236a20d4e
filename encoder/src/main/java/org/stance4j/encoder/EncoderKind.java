package org.stance4j.encoder;

import org.stance4j.model.InvalidBundleException;
import org.stance4j.model.StanceException;
import org.stance4j.model.bundle.Manifest;
import org.stance4j.model.kind.ModelKind;
import org.stance4j.model.kind.Scorer;

import java.util.Map;

/**
 * The {@code encoder} model kind: a pretrained transformer fine-tuned to cross-encode the event and
 * the statement. Found by {@link java.util.ServiceLoader} when this module is on the class path, so
 * that a program using only n-gram models never carries it (or ND4J, or ONNX Runtime).
 */
public final class EncoderKind implements ModelKind {
    public static final String NAME = "encoder";
    private static final long MAX_DESCRIPTION_BYTES = 1 << 20;
    /** Far above a 12-layer small encoder in float32 (about 130 MB), far below what a zip bomb would ask. */
    private static final long MAX_WEIGHTS_BYTES = 1L << 30;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long maxEntryBytes(String entry, Manifest manifest) {
        return switch (entry) {
            case EncoderModel.MANIFEST_ENTRY -> MAX_DESCRIPTION_BYTES;
            case EncoderModel.WEIGHTS_ENTRY -> MAX_WEIGHTS_BYTES;
            default -> -1;
        };
    }

    /**
     * Serves the model through ONNX Runtime ({@link OrtEncoder}): several times faster than ND4J, and
     * loading starts no ND4J at all.
     */
    @Override
    public Scorer open(Manifest manifest, Map<String, byte[]> entries, String source) throws InvalidBundleException {
        try {
            return OrtEncoder.open(StoredEncoder.read(entries));
        } catch (StanceException e) {
            throw new InvalidBundleException(source + ": " + e.getMessage(), e);
        }
    }
}

package org.stance4j.encoder;

import org.stance4j.model.StanceException;
import org.stance4j.model.kind.Scorer;

import java.util.Map;

/** An ONNX Runtime scorer with a chosen number of intra-op threads, for the speed runner. */
public final class OrtScoring {
    private OrtScoring() {
    }

    /** A scorer over a model's entries whose session runs each batch on {@code threads} threads. */
    public static Scorer open(Map<String, byte[]> entries, int threads, boolean spinning) throws StanceException {
        return OrtEncoder.open(StoredEncoder.read(entries), threads, spinning);
    }
}

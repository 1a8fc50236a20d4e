package org.stance4j.encoder;

import org.stance4j.model.InvalidBundleException;

/**
 * Encoder weights that cannot be used: an ONNX file that is damaged or not of the supported kind, a
 * weights file that is truncated, or weights that do not fit the encoder's configuration.
 */
public class InvalidWeightsException extends InvalidBundleException {
    private static final long serialVersionUID = 1L;

    public InvalidWeightsException(String message) {
        super(message);
    }

    public InvalidWeightsException(String message, Throwable cause) {
        super(message, cause);
    }
}

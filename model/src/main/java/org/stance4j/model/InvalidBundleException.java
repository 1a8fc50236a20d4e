package org.stance4j.model;

/** A model bundle that cannot be used: not a zip, tampered with, incomplete, or from an incompatible format version. */
public class InvalidBundleException extends StanceException {
    private static final long serialVersionUID = 1L;

    public InvalidBundleException(String message) {
        super(message);
    }

    public InvalidBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}

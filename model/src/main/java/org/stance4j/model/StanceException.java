package org.stance4j.model;

/**
 * The root of the checked exceptions that stance4j throws: bad model bundles, bad data files and
 * failures to read or write them. The message is meant for the end user: one line that says what
 * is wrong and where.
 */
public class StanceException extends Exception {
    private static final long serialVersionUID = 1L;

    public StanceException(String message) {
        super(message);
    }

    public StanceException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.stance4j.cli;

/** A command used the wrong way, or an output that cannot be written: exit code 2, one line on stderr. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}

package org.stance4j.training.cli;

/** A command used the wrong way, or an output that cannot be written: exit code 2, one line on stderr. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}

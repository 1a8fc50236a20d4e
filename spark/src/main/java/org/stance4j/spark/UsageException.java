package org.stance4j.spark;

/** A wrong option or a wrong combination of options for {@link PredictJob}: one line for the user, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

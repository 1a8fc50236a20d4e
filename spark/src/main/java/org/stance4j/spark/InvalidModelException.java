package org.stance4j.spark;

/**
 * The {@code modelPath} of a {@link StanceTransformer} names no usable model: a missing, damaged or
 * too-new bundle, or a built-in model whose artifact is not on the class path. Thrown on the driver
 * by {@code transform}, before any task runs; unchecked because Spark's {@code transform} declares
 * no checked exceptions. The cause, when there is one, is the library's
 * {@link org.stance4j.model.InvalidBundleException}.
 */
public class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidModelException(String message) {
        super(message);
    }

    InvalidModelException(String message, Throwable cause) {
        super(message, cause);
    }
}

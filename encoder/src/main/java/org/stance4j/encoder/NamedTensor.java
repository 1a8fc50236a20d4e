package org.stance4j.encoder;

import java.util.Arrays;

/**
 * A named float array with its shape, row-major: the unit in which weights are read and written.
 *
 * @param name the parameter's name, e.g. {@code encoder.layer.0.attention.self.query.weight}
 * @param shape the dimensions; the product is {@code values.length}
 * @param values the values, row-major
 */
record NamedTensor(String name, long[] shape, float[] values) {
    NamedTensor {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": negative dimension in " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        if (n != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " holds " + n + " values, not "
                    + values.length);
        }
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}

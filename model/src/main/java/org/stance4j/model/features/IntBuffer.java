package org.stance4j.model.features;

import java.util.Arrays;

/** A growable int array, so that feature extraction does not box every index. Not thread-safe; used within one call. */
final class IntBuffer {
    private int[] data;
    private int size;

    IntBuffer(int capacity) {
        data = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    int[] toArray(int limit) {
        return Arrays.copyOf(data, Math.min(size, limit));
    }
}

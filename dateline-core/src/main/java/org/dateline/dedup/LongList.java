package org.dateline.dedup;

import java.util.Arrays;

/** A growable array of longs, without boxing. */
final class LongList {
    private long[] values = new long[64];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1));
        }
        values[size++] = v;
    }

    void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** The values sorted, each once. */
    long[] sortedDistinct() {
        long[] out = Arrays.copyOf(values, size);
        values = new long[0];
        size = 0;
        if (out.length > 1 << 16) {
            Arrays.parallelSort(out);
        } else {
            Arrays.sort(out);
        }
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}

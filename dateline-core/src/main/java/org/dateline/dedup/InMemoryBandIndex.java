package org.dateline.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A {@link BandIndex} in memory for a known number of records: one 32-bit key per band and record,
 * 4·b bytes per record (148 with the default 37 bands), in one array per band. Buckets are found by
 * sorting one band at a time (a temporary 8 bytes per record), as datatrove does with its sorted
 * signature files, instead of a hash map of lists (datasketch issue #207: 6 GB of signatures made a
 * 31 GB index).
 *
 * <p>Keeping 32 of the 64 key bits makes unrelated records collide in a band with probability
 * 2^-32: about N²/2^33 extra candidate pairs per band (12,000 for 10 million records), which
 * verification rejects. {@link #add} is safe from several threads for distinct records.
 */
public final class InMemoryBandIndex implements BandIndex {
    private final int[][] keys;
    private final boolean[] present;
    private final int capacity;
    private long[][] sorted;

    /** An index for records numbered 0 to {@code capacity − 1}. */
    public InMemoryBandIndex(int bands, int capacity) {
        if (bands < 1 || capacity < 0) {
            throw new IllegalArgumentException("bands must be positive and capacity not negative, got " + bands
                    + ", " + capacity);
        }
        this.capacity = capacity;
        this.keys = new int[bands][capacity];
        this.present = new boolean[capacity];
    }

    @Override
    public int bands() {
        return keys.length;
    }

    @Override
    public void add(int record, long[] bandKeys) {
        if (bandKeys.length != keys.length) {
            throw new IllegalArgumentException("expected " + keys.length + " band keys, got " + bandKeys.length);
        }
        for (int band = 0; band < keys.length; band++) {
            keys[band][record] = (int) (bandKeys[band] >>> 32);
        }
        present[record] = true;
        sorted = null;
    }

    @Override
    public void forEachBucket(BucketConsumer sink) {
        int[] bucket = new int[16];
        for (int band = 0; band < keys.length; band++) {
            long[] entries = sortedBand(band, false);
            int i = 0;
            while (i < entries.length) {
                int key = (int) (entries[i] >> 32);
                int j = i + 1;
                while (j < entries.length && (int) (entries[j] >> 32) == key) {
                    j++;
                }
                int size = j - i;
                if (size >= 2) {
                    if (bucket.length < size) {
                        bucket = new int[Math.max(size, bucket.length * 2)];
                    }
                    for (int m = 0; m < size; m++) {
                        bucket[m] = (int) entries[i + m];
                    }
                    sink.accept(bucket, size);
                }
                i = j;
            }
        }
    }

    @Override
    public synchronized void query(long[] bandKeys, IntConsumer sink) {
        if (sorted == null) {
            sorted = new long[keys.length][];
            for (int band = 0; band < keys.length; band++) {
                sorted[band] = sortedBand(band, true);
            }
        }
        for (int band = 0; band < keys.length; band++) {
            long[] entries = sorted[band];
            long lo = ((long) (int) (bandKeys[band] >>> 32)) << 32;
            int at = Arrays.binarySearch(entries, lo);
            for (int i = at >= 0 ? at : -at - 1; i < entries.length && (entries[i] & 0xFFFFFFFF00000000L) == lo; i++) {
                sink.accept((int) entries[i]);
            }
        }
    }

    @Override
    public long bytes() {
        return (long) keys.length * capacity * Integer.BYTES + capacity;
    }

    /** The band's entries {@code key << 32 | record}, sorted; keys compare as signed ints. */
    private long[] sortedBand(int band, boolean parallel) {
        int[] column = keys[band];
        int n = 0;
        for (int r = 0; r < capacity; r++) {
            if (present[r]) {
                n++;
            }
        }
        long[] entries = new long[n];
        int e = 0;
        for (int r = 0; r < capacity; r++) {
            if (present[r]) {
                entries[e++] = ((long) column[r] << 32) | r;
            }
        }
        if (parallel || n > 1 << 16) {
            Arrays.parallelSort(entries);
        } else {
            Arrays.sort(entries);
        }
        return entries;
    }
}

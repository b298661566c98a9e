package org.dateline.dedup;

/**
 * The exact overlap of two shingle sets.
 *
 * @param shared the number of shingles in both
 * @param sizeA  the number of distinct shingles of the first
 * @param sizeB  the number of distinct shingles of the second
 */
public record Overlap(int shared, int sizeA, int sizeB) {
    /** Counts the shared values of two sorted arrays of distinct values. */
    public static Overlap of(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                shared++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return new Overlap(shared, a.length, b.length);
    }

    /** {@code |A ∩ B| / |A ∪ B|}; 0 when both are empty. */
    public double jaccard() {
        int union = sizeA + sizeB - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** {@code |A ∩ B| / min(|A|, |B|)}: how much of the smaller set is in the larger; 0 when one is empty. */
    public double containment() {
        int min = Math.min(sizeA, sizeB);
        return min == 0 ? 0 : (double) shared / min;
    }
}

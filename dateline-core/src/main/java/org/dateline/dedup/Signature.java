package org.dateline.dedup;

/**
 * The fingerprint of one body. Arrays are shared, not copied: do not modify them. Equality is
 * identity, as for any record holding arrays; compare {@link #exactHash()} instead.
 *
 * @param exactHash a 64-bit hash of the normalised body (its token sequence)
 * @param tokens    the number of tokens of the normalised body
 * @param shingles  the distinct 64-bit hashes of the word n-grams, sorted; a body with fewer
 *                  tokens than n has one shingle (all its tokens), an empty body none
 * @param minHash   the MinHash: slot i is the minimum of the i-th simulated permutation over the
 *                  shingles; empty when there are no shingles
 */
public record Signature(long exactHash, int tokens, long[] shingles, long[] minHash) {
    /** Whether the body had no token at all; such records are never grouped. */
    public boolean isEmpty() {
        return shingles.length == 0;
    }

    /** The MinHash estimate of the Jaccard similarity: the fraction of agreeing slots. */
    public double estimatedJaccard(Signature other) {
        if (minHash.length == 0 || other.minHash.length != minHash.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < minHash.length; i++) {
            if (minHash[i] == other.minHash[i]) {
                same++;
            }
        }
        return (double) same / minHash.length;
    }

    /** The exact overlap of the shingle sets. */
    public Overlap overlap(Signature other) {
        return Overlap.of(shingles, other.shingles);
    }
}

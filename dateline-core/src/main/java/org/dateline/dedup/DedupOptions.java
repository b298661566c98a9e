package org.dateline.dedup;

/**
 * Settings of deduplication, checked when built. Start from {@link #defaults()}.
 *
 * <p>Why the defaults, with the evidence of {@link VersionBenchmark} on the shared bodies (seed 6;
 * pair F1 / recall of versions with containment ≥ 0.8; run {@code DedupBenchmark} for the table):
 * <ul>
 *   <li>word 5-grams: the usual compromise for versions (datatrove, text-dedup). 3-grams lose recall
 *       (F1 0.991 against 0.996) and make stories on one topic share more; 7-grams score the same
 *       here but lose seven shingles per edit;</li>
 *   <li>128 slots: with one-permutation hashing the cost barely depends on k, and 128 allows the
 *       steep 37×3 banding below (64 slots give 15×2 with the same scores but a flatter S-curve,
 *       so more candidate pairs to verify at scale; 256 gives the same 37×3);</li>
 *   <li>LSH bands from {@link LshParams#forRecall}: pairs whose smaller body is at least
 *       {@value #DESIGN_SIZE_RATIO} of the larger and {@value #DESIGN_CONTAINMENT} contained in it
 *       (Jaccard 0.43) are candidates with probability at least {@value #DESIGN_RECALL}: 37×3, knee
 *       0.30, 148 bytes of band keys per record. datasketch's optimal bands for 0.8 (9×13) find
 *       only 73 % of the generated versions, for 0.5 (25×5) 95 %;</li>
 *   <li>verification thresholds {@value #DEFAULT_NEAR} Jaccard for {@code near} and
 *       {@value #DEFAULT_VERSION} containment for {@code version}: 0.9 / 0.9 loses recall (0.961);
 *       a version threshold of 0.6 also finds the syndicated copies whose first and last
 *       paragraphs are new (recall 1.0 here), but real crawls hold templated stories (weather,
 *       markets, scores) that share more than generated negatives do, so 0.8 stays;</li>
 *   <li>digits folded (every run of digits reads {@code 0}): updates that change figures stay
 *       duplicates (recall 0.991 against 0.978 with digits kept).</li>
 * </ul>
 *
 * @param shingleSize      the words per shingle n
 * @param permutations     the MinHash slots k
 * @param lsh              the banding, b·r ≤ k
 * @param nearThreshold    the least Jaccard similarity of a {@code near} pair
 * @param versionThreshold the least containment of a {@code version} pair
 * @param foldDigits       whether every run of digits normalises to {@code 0}
 * @param keepShingles     whether shingle sets stay in memory between signing and verification
 *                         (fast, ~8 bytes per word); if not, verification signs the two bodies of each
 *                         candidate pair again from the {@link RecordSource} (for corpora larger than memory)
 */
public record DedupOptions(int shingleSize, int permutations, LshParams lsh, double nearThreshold,
                           double versionThreshold, boolean foldDigits, boolean keepShingles) {
    public static final int DEFAULT_SHINGLE_SIZE = 5;
    public static final int DEFAULT_PERMUTATIONS = 128;
    public static final double DEFAULT_NEAR = 0.8;
    public static final double DEFAULT_VERSION = 0.8;
    /** The containment the default banding is designed to find. */
    public static final double DESIGN_CONTAINMENT = 0.8;
    /** The smallest size ratio (smaller / larger body) the default banding is designed for. */
    public static final double DESIGN_SIZE_RATIO = 0.6;
    /** The least probability that a pair at the design point becomes a candidate. */
    public static final double DESIGN_RECALL = 0.95;

    public DedupOptions {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingleSize must be positive, got " + shingleSize);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be positive, got " + permutations);
        }
        if (lsh.slots() > permutations) {
            throw new IllegalArgumentException("lsh " + lsh.bands() + "×" + lsh.rows() + " needs more than "
                    + permutations + " permutations");
        }
        if (!(nearThreshold > 0 && nearThreshold <= 1)) {
            throw new IllegalArgumentException("nearThreshold must be in (0, 1], got " + nearThreshold);
        }
        if (!(versionThreshold > 0 && versionThreshold <= 1)) {
            throw new IllegalArgumentException("versionThreshold must be in (0, 1], got " + versionThreshold);
        }
    }

    /** The defaults: 5-grams, 128 permutations, banding for versions, 0.8 / 0.8, digits folded, shingles kept. */
    public static DedupOptions defaults() {
        return new DedupOptions(DEFAULT_SHINGLE_SIZE, DEFAULT_PERMUTATIONS, designBanding(DEFAULT_PERMUTATIONS),
                DEFAULT_NEAR, DEFAULT_VERSION, true, true);
    }

    /** The banding of the defaults for k permutations. */
    public static LshParams designBanding(int permutations) {
        return LshParams.forRecall(LshParams.jaccardOf(DESIGN_CONTAINMENT, DESIGN_SIZE_RATIO), DESIGN_RECALL,
                permutations);
    }

    /** These options with another shingle size. */
    public DedupOptions withShingleSize(int n) {
        return new DedupOptions(n, permutations, lsh, nearThreshold, versionThreshold, foldDigits, keepShingles);
    }

    /** These options with k permutations and the design banding for them. */
    public DedupOptions withPermutations(int k) {
        return new DedupOptions(shingleSize, k, designBanding(k), nearThreshold, versionThreshold, foldDigits,
                keepShingles);
    }

    /** These options with another banding. */
    public DedupOptions withLsh(LshParams banding) {
        return new DedupOptions(shingleSize, permutations, banding, nearThreshold, versionThreshold, foldDigits,
                keepShingles);
    }

    /** These options with other verification thresholds. */
    public DedupOptions withThresholds(double near, double version) {
        return new DedupOptions(shingleSize, permutations, lsh, near, version, foldDigits, keepShingles);
    }

    /** These options, folding digits or not. */
    public DedupOptions withFoldDigits(boolean fold) {
        return new DedupOptions(shingleSize, permutations, lsh, nearThreshold, versionThreshold, fold, keepShingles);
    }

    /** These options, keeping shingle sets in memory or signing bodies again to verify. */
    public DedupOptions withKeepShingles(boolean keep) {
        return new DedupOptions(shingleSize, permutations, lsh, nearThreshold, versionThreshold, foldDigits, keep);
    }
}

package org.dateline.dedup;

/**
 * LSH banding of a MinHash: {@code bands} bands of {@code rows} slots each. Two records are a
 * candidate pair when all rows of at least one band agree, which happens with probability
 * {@code P(s) = 1 - (1 - s^r)^b} for records of Jaccard similarity s (the S-curve); its knee lies
 * near {@code (1/b)^(1/r)}. (Broder 1997; Leskovec, Rajaraman, Ullman, Mining of Massive Datasets,
 * ch. 3.)
 *
 * <p>Two ways to choose b and r from the permutation count k, both searching every b·r ≤ k:
 * {@link #optimal} is datasketch's {@code _optimal_param} (least weighted area of false positives
 * below the threshold and false negatives above it); {@link #forRecall} is ours, for versions:
 * at least a given probability of finding pairs at a given similarity, with the least
 * false-positive area below it (fewer candidates to verify).
 *
 * @param bands the number of bands b
 * @param rows  the number of MinHash slots per band r
 */
public record LshParams(int bands, int rows) {
    /** Intervals of the Simpson rule used for the areas under the S-curve. */
    private static final int INTEGRATION_STEPS = 200;

    public LshParams {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, got " + bands + "×" + rows);
        }
    }

    /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
    public double probability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** The similarity where the S-curve is steepest, about {@code (1/b)^(1/r)}. */
    public double knee() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** The number of MinHash slots used: b·r. */
    public int slots() {
        return bands * rows;
    }

    /** The area under the S-curve between 0 and {@code t}: candidates below the threshold. */
    public double falsePositiveArea(double t) {
        return integrate(this, 0, t, false);
    }

    /** The area above the S-curve between {@code t} and 1: pairs above the threshold missed. */
    public double falseNegativeArea(double t) {
        return integrate(this, t, 1, true);
    }

    /**
     * datasketch's choice: the b×r (b·r ≤ k) that minimises
     * {@code wFp·∫₀ᵗ P + wFn·∫ₜ¹ (1 − P)}.
     */
    public static LshParams optimal(double threshold, int permutations, double wFp, double wFn) {
        checkUnit(threshold, "threshold");
        LshParams best = null;
        double bestError = Double.MAX_VALUE;
        for (int b = 1; b <= permutations; b++) {
            for (int r = 1; r <= permutations / b; r++) {
                LshParams p = new LshParams(b, r);
                double error = wFp * p.falsePositiveArea(threshold) + wFn * p.falseNegativeArea(threshold);
                if (error < bestError) {
                    bestError = error;
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * The b×r (b·r ≤ k) that finds pairs of Jaccard similarity {@code jaccard} with probability at
     * least {@code recall} and, among those, has the least false-positive area below
     * {@code jaccard} (ties: fewer bands, a smaller index).
     *
     * @throws IllegalArgumentException if no banding of k slots reaches the recall
     */
    public static LshParams forRecall(double jaccard, double recall, int permutations) {
        checkUnit(jaccard, "jaccard");
        checkUnit(recall, "recall");
        LshParams best = null;
        double bestArea = Double.MAX_VALUE;
        for (int b = 1; b <= permutations; b++) {
            for (int r = 1; r <= permutations / b; r++) {
                LshParams p = new LshParams(b, r);
                if (p.probability(jaccard) < recall) {
                    continue;
                }
                double area = p.falsePositiveArea(jaccard);
                if (area < bestArea - 1e-12) {
                    bestArea = area;
                    best = p;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no banding of " + permutations + " permutations finds pairs at Jaccard "
                    + jaccard + " with probability " + recall);
        }
        return best;
    }

    /**
     * The Jaccard similarity of two sets when the smaller, of {@code sizeRatio} times the size of
     * the larger, has the fraction {@code containment} of its elements in the larger:
     * {@code c·ρ / (1 + ρ − c·ρ)}. A version with containment 0.8 and a size ratio of 0.6 has
     * Jaccard 0.43 only.
     */
    public static double jaccardOf(double containment, double sizeRatio) {
        checkUnit(containment, "containment");
        checkUnit(sizeRatio, "sizeRatio");
        double shared = containment * sizeRatio;
        return shared / (1 + sizeRatio - shared);
    }

    /** The band keys of a MinHash: one 64-bit hash of each band's rows, the band number mixed in. */
    public long[] bandKeys(long[] minHash) {
        if (minHash.length < slots()) {
            throw new IllegalArgumentException("a MinHash of " + minHash.length + " slots has no " + bands + "×" + rows + " bands");
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band + 1;
            int from = band * rows;
            for (int i = from; i < from + rows; i++) {
                h = Hashing.combine(h, minHash[i]);
            }
            keys[band] = Hashing.fmix64(h);
        }
        return keys;
    }

    private static double integrate(LshParams p, double from, double to, boolean complement) {
        if (to <= from) {
            return 0;
        }
        double step = (to - from) / INTEGRATION_STEPS;
        double sum = 0;
        for (int i = 0; i <= INTEGRATION_STEPS; i++) {
            double s = from + i * step;
            double y = complement ? 1 - p.probability(s) : p.probability(s);
            sum += y * (i == 0 || i == INTEGRATION_STEPS ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * step / 3;
    }

    private static void checkUnit(double x, String name) {
        if (!(x > 0 && x <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + x);
        }
    }
}

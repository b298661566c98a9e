package org.dateline.dedup;

/**
 * The 64-bit hashing used by signatures: FNV-1a over code points for tokens, finished with
 * MurmurHash3's {@code fmix64} so that every output bit depends on every input bit. Fixed forever:
 * signatures stored in an index are only comparable if every worker hashes the same way.
 */
final class Hashing {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;
    /** The golden-ratio constant, an odd multiplier with well-spread bits. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Combines an ordered pair of hashes (not symmetric). */
    static long combine(long acc, long next) {
        return Long.rotateLeft(acc, 23) * GOLDEN + next;
    }

    /** A deterministic stream of well-mixed 64-bit values from a seed (SplitMix64). */
    static long splitMix(long state) {
        return fmix64(state * GOLDEN + GOLDEN);
    }
}

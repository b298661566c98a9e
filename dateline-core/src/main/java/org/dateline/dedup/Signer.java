package org.dateline.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a body into a {@link Signature}: normalisation, word n-gram shingles hashed to 64 bits,
 * MinHash, and an exact hash of the normalised body. Immutable and thread-safe.
 *
 * <h2>Normalisation</h2>
 * Unicode NFKC (skipped for pure ASCII text, which it cannot change), lower case, every character
 * that is not a letter, a digit or a combining mark is a separator (so punctuation and all
 * whitespace collapse to one space), and with {@link DedupOptions#foldDigits()} every run of digits
 * becomes {@code 0}. Folding digits makes an update that only changes figures ("12 dead" → "15
 * dead") an exact duplicate of the old text instead of losing five shingles per changed number;
 * the version benchmark measures it (see {@link VersionBenchmark}).
 *
 * <h2>MinHash</h2>
 * One-permutation hashing with optimal densification (Li, Owen, Zhang, NIPS 2012; Shrivastava,
 * ICML 2017): each shingle hash is mixed once with a fixed seed, its top bits pick one of k bins,
 * and each bin keeps its minimum; an empty bin copies the first filled bin of a probe sequence that
 * depends on the bin number only, so two bodies still agree on a slot with probability equal to
 * their Jaccard similarity. It costs one hash per shingle instead of k (datasketch, text-dedup and
 * datatrove compute k multiply-add permutations per shingle): with k = 128, signing a 600-word body
 * takes about as long as tokenising it. The estimator is tested for bias in {@code SignerTest}. The
 * seed is fixed: signatures made by different workers or runs are comparable.
 */
public final class Signer {
    /** The seed of the permutations; changing it invalidates every stored index. */
    static final long PERMUTATION_SEED = 0x64617465_6c696e65L; // "dateline"

    private final DedupOptions options;
    /** Probes of an empty bin before falling back to a linear scan. */
    private static final int MAX_PROBES = 1 << 16;

    private final int permutations;

    public Signer(DedupOptions options) {
        this.options = options;
        this.permutations = options.permutations();
    }

    /** The options this signer applies. */
    public DedupOptions options() {
        return options;
    }

    /** The full signature of a body. */
    public Signature sign(String body) {
        return sign(body, true);
    }

    /** A signature whose shingles, if not {@code distinct}, are unsorted and may repeat (cheaper, for indexing only). */
    Signature sign(String body, boolean distinct) {
        Tokens t = tokens(body, null);
        long[] shingles = shingles(t, distinct);
        return new Signature(t.exactHash, t.count, shingles, minHash(shingles));
    }

    /** The sorted distinct shingle hashes only: what verification needs, without the MinHash cost. */
    public long[] shingles(String body) {
        return shingles(tokens(body, null), true);
    }

    /** The normalised body: the tokens the signature is made of, separated by single spaces. */
    public String normalize(String body) {
        StringBuilder out = new StringBuilder(body.length());
        tokens(body, out);
        return out.toString();
    }

    /** The MinHash of the shingles (in any order, repeats allowed); empty when there are none. */
    long[] minHash(long[] shingles) {
        int k = permutations;
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        boolean[] filled = new boolean[k];
        for (long h : shingles) {
            long v = Hashing.fmix64(h ^ PERMUTATION_SEED);
            int bin = bin(v, k);
            filled[bin] = true;
            if (v < min[bin]) {
                min[bin] = v;
            }
        }
        // optimal densification: an empty bin copies the first filled bin of its own fixed probe sequence
        for (int i = 0; i < k; i++) {
            if (filled[i]) {
                continue;
            }
            int j = -1;
            for (long attempt = 1; attempt <= MAX_PROBES; attempt++) {
                int probe = bin(Hashing.fmix64((i + 1) * Hashing.GOLDEN + attempt), k);
                if (filled[probe]) {
                    j = probe;
                    break;
                }
            }
            if (j < 0) { // astronomically rare: fall back to the next filled bin
                j = i;
                while (!filled[j]) {
                    j = (j + 1) % k;
                }
            }
            min[i] = min[j];
        }
        return min;
    }

    /** The bin of a hash among k: the top 32 bits scaled to [0, k) (Lemire's fast range). */
    private static int bin(long v, int k) {
        return (int) (((v >>> 32) * k) >>> 32);
    }

    private long[] shingles(Tokens t, boolean sortDistinct) {
        int n = options.shingleSize();
        long[] tok = t.hashes;
        int count = t.count;
        if (count == 0) {
            return new long[0];
        }
        int m = Math.max(1, count - n + 1);
        int width = Math.min(n, count); // a short body is one shingle of all its tokens
        long[] out = new long[m];
        for (int i = 0; i < m; i++) {
            long s = tok[i];
            for (int j = 1; j < width; j++) {
                s = Hashing.combine(s, tok[i + j]);
            }
            out[i] = Hashing.fmix64(s + width);
        }
        if (!sortDistinct) {
            return out;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /** The token hashes of a body, and its exact hash; appends the normalised text to {@code out} if given. */
    private Tokens tokens(String body, StringBuilder out) {
        // most text is NFKC already (curly quotes, accents): checking is cheaper than normalising
        String text = isAscii(body) || Normalizer.isNormalized(body, Normalizer.Form.NFKC) ? body
                : Normalizer.normalize(body, Normalizer.Form.NFKC);
        boolean fold = options.foldDigits();
        long[] hashes = new long[Math.max(16, text.length() / 5)];
        int count = 0;
        long exact = Hashing.FNV_OFFSET;
        long h = Hashing.FNV_OFFSET;
        boolean inToken = false;
        boolean lastDigit = false;
        int len = text.length();
        for (int i = 0; i < len; ) {
            int cp;
            char c = text.charAt(i);
            if (c < 0x80) {
                cp = c;
                i++;
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
            }
            int kind = classify(cp);
            if (kind == SEPARATOR) {
                if (inToken) {
                    if (count == hashes.length) {
                        hashes = Arrays.copyOf(hashes, count * 2);
                    }
                    long th = Hashing.fmix64(h);
                    hashes[count++] = th;
                    exact = Hashing.combine(exact, th);
                    inToken = false;
                }
                continue;
            }
            if (!inToken) {
                h = Hashing.FNV_OFFSET;
                inToken = true;
                lastDigit = false;
                if (out != null && out.length() > 0) {
                    out.append(' ');
                }
            }
            if (kind == DIGIT && fold) {
                if (lastDigit) {
                    continue;
                }
                cp = '0';
                lastDigit = true;
            } else {
                lastDigit = false;
                if (kind == LETTER) {
                    cp = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
                }
            }
            h = (h ^ cp) * Hashing.FNV_PRIME;
            if (out != null) {
                out.appendCodePoint(cp);
            }
        }
        if (inToken) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            long th = Hashing.fmix64(h);
            hashes[count++] = th;
            exact = Hashing.combine(exact, th);
        }
        return new Tokens(hashes, count, Hashing.fmix64(exact + count));
    }

    private static final int SEPARATOR = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int MARK = 3;

    private static int classify(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                return LETTER;
            }
            return cp >= '0' && cp <= '9' ? DIGIT : SEPARATOR;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER) {
            return MARK;
        }
        return SEPARATOR;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private record Tokens(long[] hashes, int count, long exactHash) {
    }
}

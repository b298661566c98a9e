package org.dateline.meta;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Detects the language of a text with Optimaize's language-detector (character n-gram profiles
 * from Wikipedia, the detector Apache Tika uses), restricted to {@link #LANGUAGES}.
 *
 * <p>Only a sample of the text is read ({@value #MAX_CHARS} characters from the start), which
 * keeps the cost flat on long articles. A text shorter than {@value #MIN_CHARS} characters, or
 * whose best language is less likely than {@value #MIN_PROBABILITY}, gets no language.
 *
 * <p>The detection is Optimaize's own ({@link #longText}, {@link #shortText}) step for step: the
 * same n-grams, the same seeded random draws, the same arithmetic, so the same answers as its
 * LanguageDetector; only the n-grams are looked up in a table of numbers rather than as strings
 * in a hash map, which makes it several times faster.
 *
 * <p>The profiles (about 30 MB on the heap) load once, on first use; the detector is then
 * immutable and thread-safe.
 */
final class LanguageDetector {
    /**
     * The languages told apart: those of the extraction issue and the other languages with large
     * online news, as ISO 639-1 codes (Chinese is reported as {@code zh}).
     */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs",
            "sk", "sl", "hr", "sr", "bg", "ro", "hu", "el", "tr", "sv", "da", "no", "fi", "et", "lv", "lt", "ca", "eu", "gl",
            "ar", "fa", "he", "hi", "bn", "ur", "id", "ms", "vi", "th", "ja", "ko", "zh-CN", "zh-TW");
    static final int MAX_CHARS = 1000;
    static final int MIN_CHARS = 40;
    /** Below this the text is too mixed or too short to name a language; Optimaize's own default is 0.85. */
    static final double MIN_PROBABILITY = 0.80;

    /** Optimaize's defaults for its long-text algorithm (LanguageDetectorImpl, LanguageDetectorBuilder). */
    private static final int SHORT_TEXT = 50;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final int TRIALS = 7;
    private static final long SEED = 41;
    /** Optimaize lists a language from this probability. */
    private static final double LISTED = 0.1;

    private static final class Holder {
        static final Model MODEL = build();
    }

    private LanguageDetector() {
    }

    /**
     * The profiles' n-grams (up to three characters) packed into longs ({@link #key}) in an
     * open-addressing table, with each one's probability per language, and the languages' codes.
     */
    private record Model(long[] keys, double[][] probabilities, String[] codes) {
    }

    private static Model build() {
        List<LdLocale> locales = new ArrayList<>();
        for (String code : LANGUAGES) {
            locales.add(LdLocale.fromString(code));
        }
        List<LanguageProfile> profiles;
        try {
            profiles = new LanguageProfileReader().readBuiltIn(locales);
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the language-detector jar", e);
        }
        // LanguageDetectorBuilder's way to the frequency data, so the languages come in its detector's order
        Set<LanguageProfile> set = new HashSet<>();
        set.addAll(profiles);
        NgramFrequencyData data = NgramFrequencyData.create(set, NgramExtractors.standard().getGramLengths());
        int total = 0;
        for (LanguageProfile p : profiles) {
            for (int n = 1; n <= 3; n++) {
                total += p.getNumGrams(n);
            }
        }
        // room for every n-gram of every profile at a load of at most a half
        int capacity = Integer.highestOneBit(Math.max(total, 1) * 2) * 2;
        long[] keys = new long[capacity];
        double[][] probabilities = new double[capacity][];
        for (LanguageProfile p : profiles) {
            for (int n = 1; n <= 3; n++) {
                for (Map.Entry<String, Integer> g : p.iterateGrams(n)) {
                    String gram = g.getKey();
                    if (gram.length() != n) {
                        continue;
                    }
                    long k = key(gram, 0, n);
                    int slot = slot(k, capacity);
                    while (probabilities[slot] != null && keys[slot] != k) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    if (probabilities[slot] == null) {
                        double[] found = data.getProbabilities(gram);
                        if (found != null) {
                            keys[slot] = k;
                            probabilities[slot] = found;
                        }
                    }
                }
            }
        }
        String[] codes = new String[data.getLanguageList().size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = data.getLanguage(i).getLanguage().toLowerCase(Locale.ROOT);
        }
        return new Model(keys, probabilities, codes);
    }

    /** The n-gram {@code s[from, from + n)} ({@code n} ≤ 3) as a long: its length and its characters. */
    private static long key(CharSequence s, int from, int n) {
        long k = n;
        for (int i = 0; i < 3; i++) {
            k = k << 16 | (i < n ? s.charAt(from + i) : 0);
        }
        return k;
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (capacity - 1);
    }

    /** The probabilities per language of an n-gram of the profiles, or {@code null} for one they lack. */
    private static double @Nullable [] probabilities(Model m, long key) {
        int mask = m.keys().length - 1;
        for (int slot = slot(key, m.keys().length); m.probabilities()[slot] != null; slot = (slot + 1) & mask) {
            if (m.keys()[slot] == key) {
                return m.probabilities()[slot];
            }
        }
        return null;
    }

    /** The language of {@code text} as a lower-case ISO 639-1 code, or {@code null} when unsure. */
    static @Nullable String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return null;
        }
        Model m = Holder.MODEL;
        double[] p = sample.length() > SHORT_TEXT ? longText(m, sample) : shortText(m, sample);
        if (p == null) {
            return null;
        }
        // Optimaize lists the languages from LISTED, most likely first; the first must reach MIN_PROBABILITY
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return p[best] >= LISTED && p[best] >= MIN_PROBABILITY ? m.codes()[best] : null;
    }

    /**
     * Optimaize's short-text detection (LanguageDetectorImpl.detectBlockShortText): every distinct
     * n-gram once, with its count, in the order of the extractor's map, until one language is all
     * but certain; {@code null} when the text has no n-gram.
     */
    private static double @Nullable [] shortText(Model m, String text) {
        Map<String, Integer> grams = NgramExtractors.standard().extractCountedGrams(text);
        if (grams.isEmpty()) {
            return null;
        }
        double[] prob = initial(m);
        double weight = ALPHA / BASE_FREQ;
        for (Map.Entry<String, Integer> g : grams.entrySet()) {
            double[] p = probabilities(m, key(g.getKey(), 0, g.getKey().length()));
            int times = g.getValue();
            if (p != null) {
                for (int j = 0; j < prob.length; j++) {
                    for (int k = 0; k < times; k++) {
                        prob[j] *= weight + p[j];
                    }
                }
            }
            if (normalize(prob) > CONVERGED) {
                break;
            }
        }
        normalize(prob);
        return prob;
    }

    private static double[] initial(Model m) {
        double[] prob = new double[m.codes().length];
        for (int j = 0; j < prob.length; j++) {
            prob[j] = 1.0 / prob.length;
        }
        return prob;
    }

    /**
     * Optimaize's long-text detection (LanguageDetectorImpl.detectBlockLongText over the n-grams of
     * its standard extractor): the probability of each language, averaged over {@link #TRIALS}
     * random walks over the text's n-grams; {@code null} when the text has no n-gram.
     */
    private static double @Nullable [] longText(Model m, String text) {
        // the standard extractor pads the text with a space at each end, then takes the 1-, 2- and
        // 3-grams in that order, without 1-grams that are a space and 3-grams with one in the middle
        int lead = text.charAt(0) == ' ' ? 0 : 1;
        int len = lead + text.length() + (text.charAt(text.length() - 1) == ' ' ? 0 : 1);
        char[] padded = new char[len];
        padded[0] = ' ';
        padded[len - 1] = ' ';
        text.getChars(0, text.length(), padded, lead);
        // the n-grams are numbered as the extractor lists them: the 1-grams (one per character that is
        // no space), the 2-grams (one per position), then the 3-grams (one per character that is no
        // space, at its middle: the padded text starts and ends with a space); each is read from the
        // text (as key(padded, i, n) packs it) when drawn
        int[] letters = new int[len];
        int singles = 0;
        for (int i = 0; i < len; i++) {
            if (padded[i] != ' ') {
                letters[singles++] = i;
            }
        }
        int pairs = len - 1;
        int count = singles + pairs + singles;
        if (count == 0) {
            return null;
        }
        // each draw is looked up again: few n-grams are drawn twice, not worth a table of those seen
        int languages = m.codes().length;
        double[] total = new double[languages];
        Lcg random = new Lcg(SEED);
        for (int t = 0; t < TRIALS; t++) {
            double[] prob = initial(m);
            double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                double[] p = probabilities(m, gram(padded, letters, singles, random.nextInt(count)));
                // an n-gram the profiles lack takes its draw all the same, and changes nothing
                if (p != null) {
                    for (int j = 0; j < languages; j++) {
                        prob[j] *= weight + p[j];
                    }
                }
                if (i % 5 == 0 && normalize(prob) > CONVERGED) {
                    break;
                }
            }
            for (int j = 0; j < languages; j++) {
                total[j] += prob[j] / TRIALS;
            }
        }
        return total;
    }

    /**
     * The key ({@link #key}) of n-gram {@code g} of the padded text, numbered as {@link #longText}
     * numbers them, from the positions of its {@code singles} characters that are no space.
     */
    private static long gram(char[] padded, int[] letters, int singles, int g) {
        if (g < singles) {
            return 1L << 48 | (long) padded[letters[g]] << 32;
        }
        int pairs = padded.length - 1;
        if (g < singles + pairs) {
            int i = g - singles;
            return 2L << 48 | (long) padded[i] << 32 | (long) padded[i + 1] << 16;
        }
        int i = letters[g - singles - pairs] - 1;
        return 3L << 48 | (long) padded[i] << 32 | (long) padded[i + 1] << 16 | padded[i + 2];
    }

    /**
     * Optimaize's normalisation (Util.normalizeProb): scales to a sum of 1, returns the largest.
     * The largest is found before the divisions, which keep the order of numbers, and divided once.
     */
    private static double normalize(double[] prob) {
        double sum = 0;
        double max = 0;
        for (double p : prob) {
            sum += p;
            max = max < p ? p : max;
        }
        // the divisions in a loop of their own, which the JIT compiles to vector instructions
        for (int i = 0; i < prob.length; i++) {
            prob[i] /= sum;
        }
        return max / sum;
    }

    /**
     * {@link java.util.Random}'s generator with the algorithms its Javadoc specifies for {@code nextInt(int)},
     * {@code nextDouble()} and {@code nextGaussian()}, so the same numbers from the same seed, without
     * the atomic update of the seed that each of Random's draws pays for.
     */
    static final class Lcg {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long ADDEND = 0xBL;
        private static final long MASK = (1L << 48) - 1;
        private long seed;
        private double nextNextGaussian;
        private boolean haveNextNextGaussian;

        Lcg(long seed) {
            this.seed = (seed ^ MULTIPLIER) & MASK;
        }

        private int next(int bits) {
            seed = (seed * MULTIPLIER + ADDEND) & MASK;
            return (int) (seed >>> (48 - bits));
        }

        int nextInt(int bound) {
            int r = next(31);
            int m = bound - 1;
            if ((bound & m) == 0) {
                return (int) ((bound * (long) r) >> 31);
            }
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
                // rejected: a draw from the incomplete last interval
            }
            return r;
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }

        double nextGaussian() {
            if (haveNextNextGaussian) {
                haveNextNextGaussian = false;
                return nextNextGaussian;
            }
            double v1;
            double v2;
            double s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
    }
}

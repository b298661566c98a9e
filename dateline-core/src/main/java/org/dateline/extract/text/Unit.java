package org.dateline.extract.text;

import org.dateline.extract.StopWords;
import org.jspecify.annotations.Nullable;

/**
 * A unit of a dump while it is being classified: one line, or hard-wrapped lines joined. Mutable,
 * and only ever used by the thread that extracts its dump.
 */
final class Unit {
    /** Context-free classes, as in jusText: prose, probably prose, too short to tell, not prose. */
    static final int BAD = 0;
    static final int SHORT = 1;
    static final int NEAR_GOOD = 2;
    static final int GOOD = 3;

    final String text;
    /** Whether the unit was a list item (its bullet is not in {@link #text}). */
    final boolean bullet;
    /** Whether a blank line came before it. */
    final boolean blankBefore;

    /** Length, with East Asian wide characters counted as three (a wide character is about a word). */
    int length;
    int words;
    /** The dump's stop-word list (an index into {@link StopWords#languages()}), or -1 when it has none. */
    int language = -1;
    boolean sentenceEnd;
    /** A lexical chrome cue: legal line, share word, prompt, form widget. */
    boolean chrome;
    /** A comments prompt or a "related stories" heading: what follows is no longer the article. */
    boolean terminator;
    /** Whether the unit is a line of a listing, a block with lines of code ({@code TextExtractor#listingBlocks}): a command's output, say. */
    boolean inListing;
    int kind;
    /** Which of the {@link #MARKED} characters the unit has, as bits of their classes ({@link #has}). */
    private int marks;
    /** Which lists of chrome phrases the unit has a phrase of, as far as {@link Cues#read} reads them ({@link Cues#at}). */
    int cues;
    /** Words (letter runs) among the first {@link #SAMPLE} characters, and per stop-word list how many are on it. */
    int sampleWords;
    int @Nullable [] stopCounts;
    /** Whether {@link #sampleWords} and {@link #stopCounts} are counted yet. */
    private boolean counted;
    /** Whether the unit is a picture's caption ({@link #caption}): 0 not asked yet, 1 no, 2 yes. */
    private byte caption;
    LineClass result = LineClass.BOILERPLATE;

    Unit(String text, boolean bullet, boolean blankBefore) {
        this.text = text;
        this.bullet = bullet;
        this.blankBefore = blankBefore;
    }

    /** Stop-word density is measured on at most this many leading characters: it is stable long before. */
    static final int SAMPLE = 320;
    /** Units from this length have their stop words counted as they are measured (they vote on the language). */
    static final int COUNT_FROM = TextExtractor.LENGTH_LOW;
    private static final int LANGUAGES = StopWords.languages().size();

    /**
     * Measures the unit from its characters {@code t[0, n)} in one pass, then a walk over its
     * words: length (wide characters counted as three), words, terminal punctuation, the stop
     * words of every list among its first {@link #SAMPLE} characters (looked up in place, without
     * lower-cased copies) and the chrome phrases {@link Cues#read} asks for. {@code runs} is scratch
     * space of at least {@code n + 2} ints.
     */
    void measure(char[] t, int n, int[] runs) {
        // words, without branches: a word starts at a letter or digit not joined to the one before;
        // a wide character is a word of its own, counted after. The bounds of the runs of letters go
        // to runs: start, end, start, end...
        int words = 0;
        int wide = 0;
        int inWord = 0;
        int letter = 0;
        int bounds = 0;
        int all = 0;
        // the runs are read as far as the stop-word sample, or all through when chrome phrases are looked for
        boolean scanCues = Cues.scans(n);
        int limit = scanCues ? n : Math.min(n, SAMPLE);
        for (int i = 0; i < limit; i++) {
            int cls = CLASSES[t[i]];
            int w = (cls >>> WORD_SHIFT) & 1;
            words += w & ~inWord;
            inWord = w | ((cls >>> JOINER_SHIFT) & inWord);
            int l = cls & LETTER;
            runs[bounds] = i;
            bounds += l ^ letter;
            letter = l;
            all |= cls;
        }
        if (letter != 0) {
            runs[bounds++] = limit;
        }
        for (int i = limit; i < n; i++) {
            int cls = CLASSES[t[i]];
            int w = (cls >>> WORD_SHIFT) & 1;
            words += w & ~inWord;
            inWord = w | ((cls >>> JOINER_SHIFT) & inWord);
            all |= cls;
        }
        if ((all & WIDE) != 0) { // wide characters are rare outside East Asian text: counted apart
            for (int i = 0; i < n; i++) {
                wide += (CLASSES[t[i]] >>> WIDE_SHIFT) & 1;
            }
            words += wide;
        }
        // stop words among the first SAMPLE characters (short units are too short for their density
        // to matter much: it is counted on demand), chrome phrases at word starts and non-letters
        int sample = n < COUNT_FROM ? 0 : Math.min(n, SAMPLE);
        boolean sentenceEnd = TextExtractor.endsSentence(text);
        boolean prompts = Cues.readsPrompts(n, sentenceEnd, words);
        int sampled = 0;
        int[] counts = null;
        int cues = 0;
        for (int r = 0; r < bounds; r += 2) {
            int s = runs[r];
            if (s >= sample && !scanCues) {
                break;
            }
            if (scanCues && (CLASSES[t[s]] & (prompts ? CUE : POLICY_CUE)) != 0) {
                cues |= Cues.at(t, n, s, prompts);
            }
            if (s < sample) {
                sampled++;
                counts = count(t, s, Math.min(runs[r + 1], sample), counts);
            }
        }
        if (scanCues && (all & CUE_OTHER) != 0) {
            for (int i = 0; i < n; i++) {
                if ((CLASSES[t[i]] & CUE_OTHER) != 0) {
                    cues |= Cues.at(t, n, i, prompts);
                }
            }
        }
        this.words = words;
        this.length = n + 2 * wide;
        this.sentenceEnd = sentenceEnd;
        this.sampleWords = sampled;
        this.stopCounts = counts;
        this.counted = sample > 0;
        this.cues = cues;
        this.marks = all & MARKS;
    }

    /**
     * Whether the measured unit has the character {@code c}, one of {@link #MARKED}: a cheap test
     * before a costlier one of the text (false for any other character).
     */
    boolean has(char c) {
        return (marks & CLASSES[c]) != 0;
    }

    private static int @Nullable [] count(char[] t, int s, int e, int @Nullable [] counts) {
        int mask = StopWords.languagesOf(t, s, e);
        if (mask == 0) {
            return counts;
        }
        int[] c = counts == null ? new int[LANGUAGES] : counts;
        for (; mask != 0; mask &= mask - 1) {
            c[Integer.numberOfTrailingZeros(mask)]++;
        }
        return c;
    }

    /** Character classes for {@link #measure}, tabulated from ASCII rules and the JDK for other characters. */
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int WIDE = 4;
    /** Apostrophes and hyphens join the parts of a word ("don't", "well-known"). */
    private static final int JOINER = 8;
    /**
     * A chrome phrase may start with the character ({@link Cues#mayStart}), a letter; a policy
     * phrase may start with the letter; or some phrase with another character.
     */
    private static final int CUE = 16;
    private static final int POLICY_CUE = 1 << 13;
    private static final int CUE_OTHER = 64;
    /** A letter or digit that is not {@link #WIDE}: part of a word of several characters. */
    private static final int WORD = 32;
    private static final int WIDE_SHIFT = Integer.numberOfTrailingZeros(WIDE);
    private static final int JOINER_SHIFT = Integer.numberOfTrailingZeros(JOINER);
    private static final int WORD_SHIFT = Integer.numberOfTrailingZeros(WORD);
    /**
     * Characters whose presence gates a later test of a unit's text ({@link #has}): link markers
     * and form widgets, URLs, code, cookies. Each has a class bit of its own from {@link #MARK}.
     */
    static final String MARKED = "[:=(k";
    private static final int MARK = 128;
    private static final int MARKS = ((1 << MARKED.length()) - 1) * MARK;
    /** The classes of every UTF-16 unit: one load per character in the hot loop. */
    private static final short[] CLASSES = new short[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int cls = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? LETTER
                    : c >= '0' && c <= '9' ? DIGIT : c == '\'' || c == '-' ? JOINER : c < 128 ? 0 : other((char) c);
            boolean word = (cls & WIDE) == 0 && (cls & (LETTER | DIGIT)) != 0;
            int cue = !Cues.mayStart((char) c, true) ? 0 : (cls & LETTER) == 0 ? CUE_OTHER
                    : Cues.mayStart((char) c, false) ? CUE | POLICY_CUE : CUE;
            int mark = MARKED.indexOf(c) < 0 ? 0 : MARK << MARKED.indexOf(c);
            CLASSES[c] = (short) (cls | cue | (word ? WORD : 0) | mark);
        }
    }

    private static int classOf(char c) {
        return CLASSES[c];
    }

    private static int other(char c) {
        if (c >= 0x1100 && Units.isWide(c)) {
            return Character.isLetter(c) ? WIDE | LETTER : WIDE;
        }
        return Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : c == '’' ? JOINER : 0;
    }

    /**
     * The share of stop words of the dump's language among the unit's first words: NaN without a
     * list, 0 for units too short to be prose anyway.
     */
    double stopDensity() {
        return language < 0 ? Double.NaN : text.length() < 12 ? 0 : stopDensity(language);
    }

    /** The share of the sampled words on list {@code language} (an index into {@link StopWords#languages()}). */
    double stopDensity(int language) {
        if (!counted) {
            counted = true;
            char[] t = text.toCharArray();
            int sample = Math.min(t.length, SAMPLE);
            for (int i = 0; i < sample; ) {
                if ((classOf(t[i]) & LETTER) == 0) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < sample && (classOf(t[i]) & LETTER) != 0) {
                    i++;
                }
                sampleWords++;
                stopCounts = count(t, s, i, stopCounts);
            }
        }
        return sampleWords == 0 || stopCounts == null ? 0 : (double) stopCounts[language] / sampleWords;
    }

    /** Whether the unit is the caption of a picture ({@link TextExtractor#caption}), worked out once. */
    boolean caption() {
        if (caption == 0) {
            caption = TextExtractor.caption(text) ? (byte) 2 : 1;
        }
        return caption == 2;
    }

    /** A short sentence of a few words ("He declined to comment."). */
    boolean shortSentence() {
        return sentenceEnd && words >= 3 && !chrome;
    }

    @Override
    public String toString() {
        return "BSNG".charAt(kind) + " " + result + " " + text;
    }
}

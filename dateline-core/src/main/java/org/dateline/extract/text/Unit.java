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
    double stopDensity;
    boolean sentenceEnd;
    /** A lexical chrome cue: legal line, share word, prompt, form widget. */
    boolean chrome;
    /** A comments prompt or a "related stories" heading: what follows is no longer the article. */
    boolean terminator;
    int kind;
    /** Words (letter runs) among the first {@link #SAMPLE} characters, and per stop-word list how many are on it. */
    int sampleWords;
    int @Nullable [] stopCounts;
    LineClass result = LineClass.BOILERPLATE;

    Unit(String text, boolean bullet, boolean blankBefore) {
        this.text = text;
        this.bullet = bullet;
        this.blankBefore = blankBefore;
    }

    /** Stop-word density is measured on at most this many leading characters: it is stable long before. */
    static final int SAMPLE = 320;
    private static final int LANGUAGES = StopWords.languages().size();

    /**
     * Measures the unit from its characters in one pass: length (wide characters counted as
     * three), words, terminal punctuation, and the stop words of every list among its first
     * {@link #SAMPLE} characters (looked up in place, without lower-cased copies).
     */
    void measure(char[] t, int n) {
        int words = 0;
        int wide = 0;
        boolean inWord = false;
        int letterStart = -1; // start of the current run of letters, for stop words
        int sample = Math.min(n, SAMPLE);
        int sampled = 0;
        int[] counts = null;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? t[i] : ' ';
            boolean letter;
            boolean alnum;
            if (c < 128) {
                char lc = (char) (c | 0x20);
                letter = lc >= 'a' && lc <= 'z';
                alnum = letter || c >= '0' && c <= '9';
            } else {
                letter = Character.isLetter(c);
                alnum = letter || Character.isDigit(c);
            }
            if (letter) {
                if (letterStart < 0) {
                    letterStart = i;
                }
            } else if (letterStart >= 0) {
                if (letterStart < sample) {
                    sampled++;
                    int mask = StopWords.languagesOf(t, letterStart, Math.min(i, sample));
                    if (mask != 0) {
                        if (counts == null) {
                            counts = new int[LANGUAGES];
                        }
                        for (; mask != 0; mask &= mask - 1) {
                            counts[Integer.numberOfTrailingZeros(mask)]++;
                        }
                    }
                }
                letterStart = -1;
            }
            if (i == n) {
                break;
            }
            if (c >= 0x1100 && Units.isWide(c)) {
                wide++;
                words++;
                inWord = false;
            } else if (alnum && !inWord) {
                words++;
                inWord = true;
            } else if (!alnum && c != '\'' && c != '’' && c != '-') {
                inWord = false;
            }
        }
        this.words = words;
        this.length = n + 2 * wide;
        this.sentenceEnd = TextExtractor.endsSentence(text);
        this.sampleWords = sampled;
        this.stopCounts = counts;
    }

    /** The share of the sampled words on list {@code language} (an index into {@link StopWords#languages()}). */
    double stopDensity(int language) {
        return sampleWords == 0 || stopCounts == null ? 0 : (double) stopCounts[language] / sampleWords;
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

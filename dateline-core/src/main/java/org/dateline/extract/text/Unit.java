package org.dateline.extract.text;

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
    LineClass result = LineClass.BOILERPLATE;

    Unit(String text, boolean bullet, boolean blankBefore) {
        this.text = text;
        this.bullet = bullet;
        this.blankBefore = blankBefore;
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

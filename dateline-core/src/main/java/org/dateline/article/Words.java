package org.dateline.article;

/**
 * Counts words: runs of letters, digits, apostrophes and connecting marks; in scripts written without spaces
 * (Chinese, Japanese, Thai...) each ideograph or syllable counts as a word.
 */
public final class Words {
    private Words() {
    }

    /** The number of words in {@code text}. */
    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isJoiner(cp))) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isJoiner(int cp) {
        if (cp == '\'' || cp == '\u2019') {
            return true; // "harbour's", "l’énergie": one word
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isUnspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}

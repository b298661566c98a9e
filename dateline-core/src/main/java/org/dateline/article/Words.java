package org.dateline.article;

/**
 * Counts words: runs of letters, digits, apostrophes and connecting marks; in scripts written without spaces
 * (Chinese, Japanese, Thai...) each ideograph or syllable counts as a word.
 */
public final class Words {
    /** The first code point of the scripts without spaces ({@link #isUnspaced}): Thai. */
    private static final char FIRST_UNSPACED = '\u0E00';

    /**
     * The kinds of the characters, as bits: part of a word, joiner within one, a word by itself (none
     * of them: other), or a surrogate, whose code point decides. {@link #count} adds them up without branching.
     */
    private static final byte WORD = 1;
    private static final byte JOINER = 2;
    private static final byte UNSPACED = 4;
    /** A surrogate: the code point decides. */
    private static final byte SURROGATE = 8;
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (c < FIRST_UNSPACED) {
                // below Thai: no script written without spaces
                KINDS[c] = (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c))
                        ? WORD : (c < 128 ? c == '\'' || c == '_' : isJoiner(c)) ? JOINER : 0;
            } else {
                KINDS[c] = Character.isSurrogate((char) c) ? SURROGATE
                        : isUnspaced(c) ? UNSPACED : Character.isLetterOrDigit(c) ? WORD : isJoiner(c) ? JOINER : 0;
            }
        }
    }

    private Words() {
    }

    /** The number of words in {@code text}. */
    public static int count(String text) {
        int words = 0;
        int inWord = 0; // 1 inside a word
        int n = text.length();
        int i = 0;
        // a counted loop while there is no surrogate, which the JIT compiles best
        for (; i < n; i++) {
            int kind = KINDS[text.charAt(i)];
            if (kind == SURROGATE) {
                break;
            }
            // a word character starts a word unless in one, an unspaced one is a word, a joiner keeps a word going
            words += (kind >>> 2) + (kind & ~inWord & WORD);
            inWord = (kind & WORD) | ((kind >>> 1) & inWord);
        }
        while (i < n) {
            char c = text.charAt(i);
            int kind = KINDS[c];
            if (kind != SURROGATE) {
                i++;
                words += (kind >>> 2) + (kind & ~inWord & WORD);
                inWord = (kind & WORD) | ((kind >>> 1) & inWord);
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                words++;
                inWord = 0;
            } else if (Character.isLetterOrDigit(cp) || (inWord == 1 && isJoiner(cp))) {
                words += 1 - inWord;
                inWord = 1;
            } else {
                inWord = 0;
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

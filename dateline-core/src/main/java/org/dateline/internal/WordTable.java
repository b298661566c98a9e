package org.dateline.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fixed list of words looked up by their first character, to tell whether a string contains
 * any of them in one pass over the string rather than one search per word. For the class and id
 * tests that run on every element of a page.
 */
public final class WordTable {
    /** The words by their first character (ASCII), each character's in list order. */
    private final String[][] byFirst = new String[128][];

    private WordTable(List<String> words) {
        for (String word : words) {
            char c = word.charAt(0);
            if (c >= byFirst.length) {
                throw new IllegalArgumentException("not an ASCII start: " + word);
            }
            String[] before = byFirst[c];
            String[] after = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = word;
            byFirst[c] = after;
        }
    }

    /** A table of {@code words}, each non-empty and beginning with an ASCII character. */
    public static WordTable of(List<String> words) {
        return new WordTable(words);
    }

    /**
     * The first word, in list order, that {@code s[start, end)} begins with, or {@code null}: the
     * word a part of a class name is a form of ({@code related} for {@code relatedStories}).
     */
    public @Nullable String prefixOf(String s, int start, int end) {
        char c = s.charAt(start);
        String[] words = c < byFirst.length ? byFirst[c] : null;
        if (words != null) {
            for (String w : words) {
                if (start + w.length() <= end && s.startsWith(w, start)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code s} contains one of the words, ignoring the case of ASCII letters as a
     * {@code (?i)} pattern does; the words must be in lower case.
     */
    public boolean foundInIgnoringCase(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = lower(s.charAt(i));
            String[] words = c < byFirst.length ? byFirst[c] : null;
            if (words != null) {
                for (String w : words) {
                    if (startsWithIgnoringCase(s, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(String s, int start, String lowerWord) {
        if (start + lowerWord.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (lower(s.charAt(start + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether {@code s} contains one of the words, as {@code words.stream().anyMatch(s::contains)}. */
    public boolean foundIn(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String[] words = c < byFirst.length ? byFirst[c] : null;
            if (words != null) {
                for (String w : words) {
                    if (s.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

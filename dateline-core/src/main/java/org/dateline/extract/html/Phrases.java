package org.dateline.extract.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed list of phrases found case-insensitively at word starts, one pass over the text: a
 * cheap stand-in for a regular expression of many alternatives, which tries every alternative at
 * every character.
 */
final class Phrases {
    /** The phrases by their lower-cased first character: ASCII ones indexed, the others in a map. */
    private final String[][] byAsciiFirst = new String[128][];
    private final Map<Character, String[]> byOtherFirst = new HashMap<>();

    Phrases(String... phrases) {
        for (String p : phrases) {
            String lower = p.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            String[] before = first < 128 ? byAsciiFirst[first] : byOtherFirst.get(first);
            String[] after = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = lower;
            if (first < 128) {
                byAsciiFirst[first] = after;
            } else {
                byOtherFirst.put(first, after);
            }
        }
    }

    /**
     * Whether {@code text} holds the lower-cased {@code phrase} at {@code i}, ignoring case as
     * {@link String#regionMatches(boolean, int, String, int, int)} does; two ASCII characters that
     * differ in more than the case bit are told apart at once, without it.
     */
    private static boolean startsAt(String text, int i, String phrase) {
        if (phrase.length() > 1 && i + 1 < text.length()) {
            char c = text.charAt(i + 1);
            char p = phrase.charAt(1);
            if (c < 128 && p < 128 && (c | 0x20) != (p | 0x20)) {
                return false;
            }
        }
        return text.regionMatches(true, i, phrase, 0, phrase.length());
    }

    /** Whether one of the phrases starts a word of {@code text}. */
    boolean in(String text) {
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!inWord) {
                char first = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                String[] candidates = first < 128 ? byAsciiFirst[first] : byOtherFirst.get(first);
                if (candidates != null) {
                    for (String p : candidates) {
                        if (startsAt(text, i, p)) {
                            return true;
                        }
                    }
                }
            }
            inWord = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
        }
        return false;
    }
}

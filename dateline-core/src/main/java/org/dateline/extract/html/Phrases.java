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
                        if (text.regionMatches(true, i, p, 0, p.length())) {
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

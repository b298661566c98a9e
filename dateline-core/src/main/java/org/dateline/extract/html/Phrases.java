package org.dateline.extract.html;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed list of phrases found case-insensitively at word starts, one pass over the text: a
 * cheap stand-in for a regular expression of many alternatives, which tries every alternative at
 * every character.
 */
final class Phrases {
    /** The phrases by their lower-cased first character, ASCII ones. */
    private final String[][] byAsciiFirst = new String[128][];
    /**
     * The other first characters, few, and the phrases of each: compared one by one, which spares
     * a word starting with a non-ASCII character a map look-up (and a boxed character).
     */
    private final char[] otherFirsts;
    private final String[][] byOtherFirst;

    Phrases(String... phrases) {
        Map<Character, String[]> other = new LinkedHashMap<>();
        for (String p : phrases) {
            String lower = p.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            String[] before = first < 128 ? byAsciiFirst[first] : other.get(first);
            String[] after = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = lower;
            if (first < 128) {
                byAsciiFirst[first] = after;
            } else {
                other.put(first, after);
            }
        }
        otherFirsts = new char[other.size()];
        byOtherFirst = new String[other.size()][];
        int k = 0;
        for (Map.Entry<Character, String[]> e : other.entrySet()) {
            otherFirsts[k] = e.getKey();
            byOtherFirst[k++] = e.getValue();
        }
    }

    private String @Nullable [] byOtherFirst(char first) {
        for (int k = 0; k < otherFirsts.length; k++) {
            if (otherFirsts[k] == first) {
                return byOtherFirst[k];
            }
        }
        return null;
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
                String[] candidates = first < 128 ? byAsciiFirst[first] : byOtherFirst(first);
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

package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed list of phrases found case-insensitively at word starts, one pass over the text: a
 * cheap stand-in for a regular expression of many alternatives, which tries every alternative at
 * every character.
 */
final class Phrases {
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();

    Phrases(String... phrases) {
        for (String p : phrases) {
            String lower = p.toLowerCase(Locale.ROOT);
            byFirstChar.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>()).add(lower);
        }
    }

    /** Whether one of the phrases starts a word of {@code text}. */
    boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            List<String> candidates = byFirstChar.get(Character.toLowerCase(text.charAt(i)));
            if (candidates != null) {
                for (String p : candidates) {
                    if (text.regionMatches(true, i, p, 0, p.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

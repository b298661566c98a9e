package org.dateline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The most frequent function words of a language. The share of them in a text block tells prose from
 * boilerplate, and the list that covers most of a text is a cheap guess at its language. Words are maximal
 * runs of letters, compared case-insensitively; immutable and thread-safe.
 */
public final class StopWords {
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");
    private static final int GUESS_MIN_WORDS = 10;
    private static final double GUESS_MIN_SHARE = 0.15;

    private final String language;
    private final int index;

    private StopWords(String language, int index) {
        this.language = language;
        this.index = index;
    }

    /** The supported languages, as ISO 639-1 codes. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /** The list for a language tag such as {@code en}, {@code EN}, {@code en-GB} or {@code pt_BR}; null if unsupported. */
    public static @Nullable StopWords of(@Nullable String language) {
        if (language == null) {
            return null;
        }
        int end = 0;
        while (end < language.length() && language.charAt(end) != '-' && language.charAt(end) != '_') {
            end++;
        }
        int i = LANGUAGES.indexOf(language.substring(0, end).toLowerCase(Locale.ROOT));
        return i < 0 ? null : Table.LISTS[i];
    }

    /**
     * The list whose words make up the largest share, at least 15%, of a text of 10 or more words (on a tie, the
     * first in {@link #languages()}); null if there is none.
     */
    public static @Nullable StopWords guess(String text) {
        int[] counts = tally(text);
        int best = 0;
        for (int i = 1; i < LANGUAGES.size(); i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        int words = counts[LANGUAGES.size()];
        return words >= GUESS_MIN_WORDS && counts[best] >= GUESS_MIN_SHARE * words ? Table.LISTS[best] : null;
    }

    /** This list's ISO 639-1 language code. */
    public String language() {
        return language;
    }

    /** Whether {@code word} is on this list, ignoring case. */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return (Table.languagesOf(w, 0, w.length()) & (1 << index)) != 0;
    }

    /** The number of words in {@code text} that are on this list. */
    public int count(String text) {
        return tally(text)[index];
    }

    /** The share of the words in {@code text} that are on this list; 0 if it has no words. */
    public double density(String text) {
        int[] counts = tally(text);
        int words = counts[LANGUAGES.size()];
        return words == 0 ? 0 : (double) counts[index] / words;
    }

    /**
     * The languages whose lists contain the word {@code text[start, end)}, ignoring case, as a bitmask: bit
     * {@code i} stands for {@code languages().get(i)}; 0 when no list has it. Allocates nothing, for callers
     * that count stop words in their own pass over a buffer.
     */
    public static int languagesOf(char[] text, int start, int end) {
        return Table.languagesOf(text, start, end);
    }

    @Override
    public String toString() {
        return "StopWords[" + language + "]";
    }

    /** Per language the number of words of {@code text} on its list, then the number of words. */
    private static int[] tally(String text) {
        int[] counts = new int[LANGUAGES.size() + 1];
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            counts[LANGUAGES.size()]++;
            for (int mask = Table.languagesOf(text, start, i); mask != 0; mask &= mask - 1) {
                counts[Integer.numberOfTrailingZeros(mask)]++;
            }
        }
        return counts;
    }

    /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** All lists in one open-addressing table: word → bitmask of languages, looked up without allocating. */
    private static final class Table {
        static final StopWords[] LISTS = new StopWords[LANGUAGES.size()];
        static final String[] WORDS;
        static final int[] MASKS;
        /** Per slot of {@link #WORDS}: its length (0 for an empty slot), hash and characters, read without dereferencing the string. */
        static final byte[] LENGTHS;
        static final int[] HASHES;
        static final char[][] CHARS;
        static final int MAX_LENGTH;
        /**
         * Which (first character, last character, length) shapes some word has, for every character
         * that lower-cases to the word's, folded to 5 bits (ASCII after lower-casing, other characters
         * as they are), lengths cut at 31: most words of a text are rejected by one bit test in a
         * table of 4 KB, before any hashing.
         */
        static final long[] SHAPES = new long[32 * 32 * 32 / 64];

        static {
            Map<String, Integer> masks = new LinkedHashMap<>();
            for (int i = 0; i < LISTS.length; i++) {
                LISTS[i] = new StopWords(LANGUAGES.get(i), i);
                String name = "stopwords/" + LANGUAGES.get(i) + ".txt";
                try (InputStream in = StopWords.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + name);
                    }
                    int bit = 1 << i;
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                            .filter(w -> !w.isEmpty()).forEach(w -> masks.merge(w, bit, (a, b) -> a | b));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            WORDS = new String[Integer.highestOneBit(masks.size() * 4)];
            MASKS = new int[WORDS.length];
            int max = 0;
            for (Map.Entry<String, Integer> e : masks.entrySet()) {
                int slot = spread(e.getKey().hashCode());
                while (WORDS[slot] != null) {
                    slot = (slot + 1) & (WORDS.length - 1);
                }
                WORDS[slot] = e.getKey();
                MASKS[slot] = e.getValue();
                max = Math.max(max, e.getKey().length());
            }
            MAX_LENGTH = max;
            LENGTHS = new byte[WORDS.length];
            HASHES = new int[WORDS.length];
            CHARS = new char[WORDS.length][];
            for (int slot = 0; slot < WORDS.length; slot++) {
                if (WORDS[slot] != null) {
                    LENGTHS[slot] = (byte) WORDS[slot].length();
                    HASHES[slot] = WORDS[slot].hashCode();
                    CHARS[slot] = WORDS[slot].toCharArray();
                }
            }
            // the characters that lower-case to each first or last character of a word
            Map<Character, List<Character>> upper = new HashMap<>();
            for (String w : masks.keySet()) {
                upper.put(w.charAt(0), new ArrayList<>());
                upper.put(w.charAt(w.length() - 1), new ArrayList<>());
            }
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                List<Character> cases = upper.get(lower((char) c));
                if (cases != null) {
                    cases.add((char) c);
                }
            }
            for (String w : masks.keySet()) {
                for (char fc : upper.get(w.charAt(0))) {
                    for (char lc : upper.get(w.charAt(w.length() - 1))) {
                        int key = shape(fc, lc, w.length());
                        SHAPES[key >>> 6] |= 1L << key;
                    }
                }
            }
        }


        private static int shape(char first, char last, int length) {
            int f = (first < 128 ? lower(first) : first) & 31;
            int l = (last < 128 ? lower(last) : last) & 31;
            return (f << 10) | (l << 5) | Math.min(length, 31);
        }

        /** The languages whose lists have the lower-cased {@code text[start, end)}. */
        static int languagesOf(CharSequence text, int start, int end) {
            int length = end - start;
            if (length > MAX_LENGTH || length <= 0) {
                return 0;
            }
            int key = shape(text.charAt(start), text.charAt(end - 1), length);
            if ((SHAPES[key >>> 6] & (1L << key)) == 0) {
                return 0;
            }
            int hash = 0; // String.hashCode of the lower-cased word
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lower(text.charAt(i));
            }
            for (int slot = spread(hash); LENGTHS[slot] != 0; slot = (slot + 1) & (WORDS.length - 1)) {
                if (LENGTHS[slot] == length && HASHES[slot] == hash && sameLowerCase(CHARS[slot], text, start)) {
                    return MASKS[slot];
                }
            }
            return 0;
        }

        static int languagesOf(char[] text, int start, int end) {
            int length = end - start;
            if (length > MAX_LENGTH || length <= 0) {
                return 0;
            }
            int key = shape(text[start], text[end - 1], length);
            if ((SHAPES[key >>> 6] & (1L << key)) == 0) {
                return 0;
            }
            int hash = 0; // String.hashCode of the lower-cased word
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lower(text[i]);
            }
            for (int slot = spread(hash); LENGTHS[slot] != 0; slot = (slot + 1) & (WORDS.length - 1)) {
                if (LENGTHS[slot] == length && HASHES[slot] == hash) {
                    char[] word = CHARS[slot];
                    boolean same = true;
                    for (int i = 0; i < length && same; i++) {
                        same = word[i] == lower(text[start + i]);
                    }
                    if (same) {
                        return MASKS[slot];
                    }
                }
            }
            return 0;
        }

        /** {@link Character#toLowerCase(char)}, with fast paths for ASCII, Latin-1 and basic Cyrillic. */
        static char lower(char c) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            if (c >= 0xc0 && c <= 0xde && c != 0xd7 || c >= 0x410 && c <= 0x42f) {
                return (char) (c + 32);
            }
            if (c >= 0xdf && c <= 0xff || c >= 0x430 && c <= 0x45f) {
                return c;
            }
            return Character.toLowerCase(c);
        }

        private static int spread(int hash) {
            return (hash ^ (hash >>> 16)) & (WORDS.length - 1);
        }

        private static boolean sameLowerCase(char[] word, CharSequence text, int start) {
            for (int i = 0; i < word.length; i++) {
                if (word[i] != lower(text.charAt(start + i))) {
                    return false;
                }
            }
            return true;
        }
    }
}

package org.dateline.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a dump into units. A dump either keeps one paragraph per line (WET records, copied text) or
 * hard-wraps paragraphs at a fixed width (w3m, lynx: ~80–100 columns). A wrapped dump shows it in
 * its line widths: greedy wrapping leaves most lines of a paragraph within a word's length of the
 * width W and almost none wider. Once W is known, a line continues the one above when the first
 * word of the line would not have fitted on the line above (the wrapper's own test); a bullet, a
 * blank line or a deeper indent starts a new unit.
 */
final class Units {
    /** Widths considered for W: narrower than 30 columns is not prose wrapping. */
    private static final int MIN_WIDTH = 30;
    private static final int MAX_WIDTH = 400;
    /** Greedy wrapping fills lines to within about a long word of W. */
    private static final int BAND = 15;
    /** Share of the lines wider than W/2 that must lie in the band below W for a dump to be wrapped. */
    private static final double WRAPPED_SHARE = 0.25;
    /** ...or this many lines in the band (unwrapped text has few lines of nearly its greatest width). */
    private static final int WRAPPED_LINES = 20;
    /** Wrappers differ by a column or two in where they break (w3m at W, lynx at W − 1). */
    private static final int SLACK = 2;
    /** A token this long (a URL) cannot be broken by a wrapper. */
    private static final int UNBREAKABLE = 40;

    private Units() {
    }

    static List<Unit> split(String text) {
        return split(text, false);
    }

    /**
     * Cuts {@code text} into units; with {@code measure}, also measures each unit ({@link
     * Unit#measure}) from the buffer it is assembled in, so the dump is read in one pass per stage
     * with no per-line substring.
     */
    static List<Unit> split(String text, boolean measure) {
        char[] a = text.toCharArray();
        int n = a.length;
        // line bounds: content start/end (whitespace trimmed) and display width
        int cap = Math.max(64, n / 32); // converter lines are some 80 characters wide, or blank
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int[] indents = new int[cap];
        int[] widths = new int[cap];
        int lines = 0;
        int[] histogram = new int[MAX_WIDTH + 2];
        int[] charHistogram = null; // the widths in characters, once a line has wide ones
        for (int i = 0; i <= n; ) {
            int lineStart = i;
            int lineEnd = i;
            // whether the line may have wide characters or low surrogates: a line that has none is
            // measured alike either way (its display width is its length), so the test is coarse
            boolean special = false;
            while (lineEnd < n) {
                char c = a[lineEnd];
                if (c == '\n' || c == '\r') {
                    break;
                }
                special |= c >= 0x1100;
                lineEnd++;
            }
            int s = lineStart;
            while (s < lineEnd && isSpace(a[s])) {
                s++;
            }
            int e = lineEnd;
            while (e > s && isSpace(a[e - 1])) {
                e--;
            }
            if (lines == cap) {
                cap *= 2;
                starts = java.util.Arrays.copyOf(starts, cap);
                ends = java.util.Arrays.copyOf(ends, cap);
                indents = java.util.Arrays.copyOf(indents, cap);
                widths = java.util.Arrays.copyOf(widths, cap);
            }
            starts[lines] = s;
            ends[lines] = e;
            indents[lines] = s - lineStart;
            // the display width is the length unless the line has wide characters or surrogates (box
            // drawing and bullets, common in converter output, are one column)
            int width = e == s ? 0 : !special ? e - lineStart : (s - lineStart) + displayWidth(a, s, e);
            widths[lines] = width;
            if (width > 0 && !hasUnbreakable(a, s, e) && !columns(a, s, e)) {
                histogram[Math.min(width, MAX_WIDTH + 1)]++;
                if (special && charHistogram == null) {
                    charHistogram = java.util.Arrays.copyOf(histogram, histogram.length);
                    charHistogram[Math.min(width, MAX_WIDTH + 1)]--;
                }
                if (charHistogram != null) {
                    charHistogram[Math.min(e - lineStart, MAX_WIDTH + 1)]++;
                }
            }
            lines++;
            if (lineEnd >= n) {
                break;
            }
            i = lineEnd + (a[lineEnd] == '\r' && lineEnd + 1 < n && a[lineEnd + 1] == '\n' ? 2 : 1);
        }
        int wrap = wrapWidth(histogram);
        // some converters (lynx) wrap East Asian text by characters, not by columns
        boolean byChars = false;
        if (wrap == 0 && charHistogram != null) {
            wrap = wrapWidth(charHistogram);
            byChars = wrap > 0;
        }
        if (wrap == 0) {
            wrap = wrapWidth(histogram, true);
        }
        if (wrap == 0 && charHistogram != null) {
            wrap = wrapWidth(charHistogram, true);
            byChars = wrap > 0;
        }
        if (byChars) {
            for (int l = 0; l < lines; l++) {
                widths[l] = starts[l] == ends[l] ? 0 : indents[l] + ends[l] - starts[l];
            }
        }

        List<Unit> units = new ArrayList<>(lines / 2 + 1);
        Buffer b = new Buffer(measure);
        boolean open = false;
        boolean bullet = false;
        boolean blankBefore = true;
        int contentIndent = 0;
        int prev = -1;
        for (int l = 0; l < lines; l++) {
            int s = starts[l];
            int e = ends[l];
            if (s == e) {
                if (open) {
                    units.add(b.unit(bullet, blankBefore));
                    open = false;
                    blankBefore = false;
                }
                blankBefore = true;
                prev = -1;
                continue;
            }
            int marker = bulletLength(a, s, e);
            if (open && marker == 0 && wrap > 0 && prev >= 0 && indents[l] <= contentIndent + 1
                    && widths[prev] + 1 + firstWordWidth(a, s, e, byChars) > wrap - SLACK
                    && !(widths[prev] > wrap + SLACK && numbered(a, s, e)) && !picture(a, s, e)) {
                if (!(b.endsWide() && a[s] >= 0x1100 && isWide(a[s]))) {
                    b.append(' '); // CJK text is wrapped between characters, with no space to restore
                }
                b.append(a, s, e);
            } else {
                if (open) {
                    units.add(b.unit(bullet, blankBefore));
                    blankBefore = false;
                }
                b.clear();
                bullet = marker > 0;
                int from = s + marker;
                while (from < e && isSpace(a[from])) {
                    from++;
                }
                contentIndent = indents[l] + (from - s) + (marker == 0 ? numberLength(a, s, e) : 0);
                b.append(a, from, e);
                open = from < e;
                if (!open) {
                    bullet = false;
                }
            }
            prev = l;
        }
        if (open) {
            units.add(b.unit(bullet, blankBefore));
        }
        return units;
    }

    /**
     * Whether a line is a picture alone, drawn in brackets by its text alternative or file name
     * ("[Map of the harbour]", "[orchard-map.jpg]"): a block of its own, which some converters (lynx)
     * set right under a paragraph without a blank line. It does not continue the paragraph, however
     * long its name.
     */
    private static boolean picture(char[] a, int s, int e) {
        if (e - s < 3 || a[s] != '[' || a[e - 1] != ']') {
            return false;
        }
        String t = new String(a, s, e - s);
        return TextExtractor.image(t) || Cues.imageFile(t);
    }

    /** The growing text of the unit being assembled. */
    private static final class Buffer {
        private final boolean measure;
        private char[] chars = new char[256];
        private int length;
        /** Scratch for {@link Unit#measure}. */
        private int[] runs = new int[0];

        Buffer(boolean measure) {
            this.measure = measure;
        }

        void clear() {
            length = 0;
        }

        /** Whether the text so far ends in a wide (CJK) character. */
        boolean endsWide() {
            return length > 0 && chars[length - 1] >= 0x1100 && isWide(chars[length - 1]);
        }

        void append(char c) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        void append(char[] a, int s, int e) {
            int k = e - s;
            if (length + k > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + k));
            }
            System.arraycopy(a, s, chars, length, k);
            length += k;
        }

        Unit unit(boolean bullet, boolean blankBefore) {
            Unit u = new Unit(new String(chars, 0, length), bullet, blankBefore);
            if (measure) {
                if (runs.length < length + 2) {
                    runs = new int[Math.max(length + 2, chars.length + 2)];
                }
                u.measure(chars, length, runs);
            }
            return u;
        }
    }

    /**
     * The wrap width W of a hard-wrapped dump, or 0 when lines are not wrapped: the width with the
     * most lines in the band just below it among widths that almost no line exceeds, provided that
     * band holds a good share of the lines wider than W/2 (in a WET record or copied text, long
     * lines have all sorts of lengths) or, with {@code byCount}, at least {@link #WRAPPED_LINES}
     * lines (a long article on a page of many shorter lines: menus, headlines, captions).
     */
    static int wrapWidth(int[] histogram) {
        return wrapWidth(histogram, false);
    }

    static int wrapWidth(int[] histogram, boolean byCount) {
        int[] wider = new int[histogram.length + 1]; // wider[w]: lines of width >= w
        for (int w = histogram.length - 1; w >= 0; w--) {
            wider[w] = wider[w + 1] + histogram[w];
        }
        int best = 0;
        int bestCount = 0;
        for (int w = MAX_WIDTH; w >= MIN_WIDTH; w--) {
            int band = wider[w - BAND] - wider[w + 1];
            if (histogram[w] > 0 && band > bestCount && wider[w + 1] <= 2 + band / 10) {
                best = w;
                bestCount = band;
            }
        }
        boolean wrapped = best > 0 && bestCount >= 3 && (bestCount >= WRAPPED_SHARE * wider[best / 2 + 1] || byCount && bestCount >= WRAPPED_LINES);
        return wrapped ? best : 0;
    }

    /**
     * Whether a line has a token no wrapper could break (a URL in lynx's list of references, a long
     * link, an image's file name): its width says nothing about the wrap width.
     */
    private static boolean hasUnbreakable(char[] a, int s, int e) {
        // a run of UNBREAKABLE characters covers one of every UNBREAKABLE-th positions: measure the runs there
        for (int p = s + UNBREAKABLE - 1; p < e; p += UNBREAKABLE) {
            if (breaks(a[p])) {
                continue;
            }
            int from = p;
            while (from > s && !breaks(a[from - 1])) {
                from--;
            }
            int to = p + 1;
            while (to < e && to - from < UNBREAKABLE && !breaks(a[to])) {
                to++;
            }
            if (to - from >= UNBREAKABLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is laid out in columns, cells set apart by runs of {@link #COLUMN_GAP} spaces or
     * more (a table's row, a page's sidebar drawn beside the text): a converter lays such a line out
     * by its table, not by wrapping, so its width says nothing about the wrap width.
     */
    private static boolean columns(char[] a, int s, int e) {
        // a run of COLUMN_GAP spaces covers one of every COLUMN_GAP-th positions: look around those
        for (int p = s + COLUMN_GAP - 1; p < e; p += COLUMN_GAP) {
            if (a[p] != ' ') {
                continue;
            }
            int from = p;
            while (from > s && a[from - 1] == ' ' && p - from < COLUMN_GAP - 1) {
                from--;
            }
            int to = p + 1;
            while (to < e && a[to] == ' ' && to - from < COLUMN_GAP) {
                to++;
            }
            if (to - from >= COLUMN_GAP) {
                return true;
            }
        }
        return false;
    }

    /** The fewest spaces between the columns of a line laid out as a table. */
    private static final int COLUMN_GAP = 3;

    /** Whether a wrapper may break a line at {@code c}: a space, or a wide character (between them). */
    private static boolean breaks(char c) {
        return isSpace(c) || c >= 0x1100 && isWide(c);
    }

    static boolean isSpace(char c) {
        // most characters are printable ASCII: two tests rule them out
        return (c <= ' ' || c >= '\u00a0') && (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000' || c == '\f' || c == '\u200b' || c == '\ufeff');
    }

    /** Whether a character takes two columns in a terminal (CJK, Hangul, full-width forms). */
    static boolean isWide(char c) {
        return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6));
    }

    private static int displayWidth(char[] text, int s, int e) {
        int width = e - s;
        for (int i = s; i < e; i++) {
            char c = text[i];
            if (c >= 0x1100 && isWide(c)) {
                width++;
            } else if (Character.isLowSurrogate(c)) {
                width--;
            }
        }
        return width;
    }

    private static int firstWordWidth(char[] text, int s, int e, boolean byChars) {
        int i = s;
        while (i < e && !isSpace(text[i])) {
            i++;
        }
        return byChars ? i - s : displayWidth(text, s, i);
    }


    /**
     * The length of the number of a numbered item at the start of a line with the spaces after it
     * ("12. "), or 0: the item's wrapped lines hang under its text, as a converter draws an ordered
     * list.
     */
    private static int numberLength(char[] text, int s, int e) {
        if (!numbered(text, s, e)) {
            return 0;
        }
        int i = s;
        while (text[i] != '.') {
            i++;
        }
        i++;
        while (i < e && isSpace(text[i])) {
            i++;
        }
        return i - s;
    }

    /**
     * Whether a line starts with the number of a numbered item ("12. "), as lynx numbers the links
     * of its list of references: after a line that overflowed the wrap width with a URL, it starts
     * a new unit.
     */
    private static boolean numbered(char[] text, int s, int e) {
        int i = s;
        while (i < e && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        return i > s && i + 1 < e && text[i] == '.' && isSpace(text[i + 1]);
    }

    /**
     * The length of a list bullet at the start of a line ("• ", "* ", "- ", "+ ", "· "), or 0. A
     * bullet glyph needs no space after it; an ASCII one does, so "-5%" and "*nix" are not items.
     */
    static int bulletLength(char[] text, int s, int e) {
        char c = text[s];
        switch (c) {
            case '•', '·', '◦', '▪', '●', '■', '□', '○', '▸', '►', '‣', '⁃' -> {
                return 1;
            }
            case '*', '-', '+', '#' -> {
                return s + 1 < e && isSpace(text[s + 1]) ? 1 : 0;
            }
            default -> {
                return 0;
            }
        }
    }
}

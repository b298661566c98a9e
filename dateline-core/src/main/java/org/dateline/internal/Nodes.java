package org.dateline.internal;

import org.jspecify.annotations.Nullable;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Cheap questions about jsoup elements, answered without building lists. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Whether {@code e} has at most {@code max} child elements. jsoup's {@code childrenSize()} builds
     * the list of child elements first, which costs more than everything else in a pass over a page.
     */
    public static boolean atMostChildren(Element e, int max) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof Element && ++n > max) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a raw text ({@link TextNode#getWholeText()}) holds only what jsoup's whitespace
     * normalisation collapses or drops (white space, no-break spaces, soft hyphens, zero-width
     * spaces): its {@link TextNode#text()} is then empty or one space.
     */
    public static boolean isBlank(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != '\u00a0' && c != '\u00ad'
                    && c != '\u200b') {
                return false;
            }
        }
        return true;
    }

    /**
     * How many characters of a raw text surely survive in its normalised form and its trimmed
     * forms ({@link TextNode#text()}, {@link Element#text()}), counted up to {@code limit}: those
     * above U+0020 that are not a no-break space, a soft hyphen or a zero-width space. A lower
     * bound of their length, found without building them.
     */
    public static int visibleChars(String raw, int limit) {
        int count = 0;
        for (int i = 0, n = raw.length(); i < n && count < limit; i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c != '\u00a0' && c != '\u00ad' && c != '\u200b') {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code e.text()} is surely longer than {@code max} characters: its text nodes hold
     * more than {@code max} {@link #visibleChars}. Reads no further than needed.
     */
    public static boolean textLongerThan(Element e, int max) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += visibleChars(t.getWholeText(), max + 1 - count[0]);
                    if (count[0] > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > max;
    }

    /**
     * The first {@code n} characters of a raw text normalised as {@link TextNode#text()} does and
     * then stripped of leading white space ({@link String#stripLeading()}), normalising only as
     * much of it as needed.
     */
    public static String normalisedStart(String raw, int n) {
        int end = Math.min(raw.length(), 4 * n + 16);
        while (true) {
            if (end < raw.length() && Character.isHighSurrogate(raw.charAt(end - 1))) {
                end++;
            }
            // whitespace normalisation works character by character: the normalised start of a
            // text is the start of its normalised form
            String s = StringUtil.normaliseWhitespace(raw.substring(0, end)).stripLeading();
            if (s.length() >= n || end >= raw.length()) {
                return s.substring(0, Math.min(n, s.length()));
            }
            end = Math.min(raw.length(), 2 * end);
        }
    }

    /**
     * {@link TextNode#text()}, without a copy when the raw text is already normalised: no white
     * space but single spaces, no soft hyphen or zero-width space.
     */
    public static String text(TextNode t) {
        String raw = t.getWholeText();
        boolean space = false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                if (space) {
                    return t.text();
                }
                space = true;
            } else if (c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u00ad' || c == '\u200b') {
                return t.text();
            } else {
                space = false;
            }
        }
        return raw;
    }

    /**
     * The element after {@code el} in document order within {@code root}, or {@code null} at the
     * end: a walk from element to element, with no call for each text node as a jsoup traversal makes.
     */
    public static @Nullable Element nextElement(Element el, Element root) {
        Element next = el.firstElementChild();
        while (next == null && el != root) {
            next = el.nextElementSibling();
            if (next == null) {
                el = el.parent();
            }
        }
        return next;
    }
}

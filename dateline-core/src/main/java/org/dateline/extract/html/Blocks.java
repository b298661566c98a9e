package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Flattens an element into text blocks, the unit the extractor keeps or drops: one block per
 * paragraph, heading, list item, quote, preformatted text, caption or table row, and one per run
 * of loose text between them. Whitespace is collapsed (kept verbatim inside {@code <pre>}),
 * {@code <br>} is a line break, and the characters inside links are counted so that each block
 * knows its link density. Elements in a skip set are left out with everything inside them.
 */
final class Blocks {
    /** Elements that start and end a block. */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "figure", "figcaption", "caption", "address", "center", "hr",
            "details", "summary", "body", "form", "fieldset", "legend", "nav");
    private static final Pattern LINE_BREAKS = Pattern.compile(" *\n[ \n]*");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    /**
     * A run of text.
     *
     * @param text      the text, trimmed
     * @param tag       the innermost block element it belongs to ({@code h2}, {@code li}, {@code p}...)
     * @param linkChars how many of its characters are inside links
     * @param owner     that innermost block element
     */
    record Block(String text, String tag, int linkChars, Element owner) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }
    }

    /** Whether a (non-empty) text ends as a sentence does: a full stop, a question, a quotation. */
    static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»' || last == '。';
    }

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private final List<Element> openBlocks = new ArrayList<>();

    private Blocks(Element root) {
        openBlocks.add(root);
    }

    /** The blocks of {@code root}, in document order. */
    static List<Block> of(Element root) {
        return of(root, Set.of());
    }

    /** The blocks of {@code root} outside the elements of {@code skip}, in document order. */
    static List<Block> of(Element root, Set<Element> skip) {
        Blocks outside = new Blocks(root);
        walk(root, 0, false, skip, null, outside);
        outside.flush();
        return outside.blocks;
    }

    /**
     * The blocks of {@code root} and those outside the elements of {@code skip}: {@link #of(Element)}
     * and {@link #of(Element, Set)}, from one walk over the page.
     */
    record Split(List<Block> all, List<Block> outside) {
    }

    /** {@link #of(Element)} and {@link #of(Element, Set)} at once. */
    static Split split(Element root, Set<Element> skip) {
        Blocks all = new Blocks(root);
        Blocks outside = new Blocks(root);
        walk(root, 0, false, skip, all, outside);
        all.flush();
        outside.flush();
        return new Split(all.blocks, outside.blocks);
    }

    /**
     * The blocks of {@code element}, a descendant of {@code root}, outside the elements of
     * {@code skip}: {@link #of(Element, Set)}, taken from {@code outside}, the blocks of {@code root}
     * outside them, when the walk of the root cut them just so (the element is a block element,
     * neither skipped nor inside a skipped element, a link or a {@code <pre>}); walked otherwise.
     */
    static List<Block> within(Element element, Set<Element> skip, Element root, List<Block> outside) {
        if (element == root) {
            return outside;
        }
        if (!cutAlike(element, skip, root)) {
            return of(element, skip);
        }
        int from = 0;
        while (from < outside.size() && !isInside(outside.get(from).owner(), element, root)) {
            from++;
        }
        int to = from;
        while (to < outside.size() && isInside(outside.get(to).owner(), element, root)) {
            to++;
        }
        return outside.subList(from, to);
    }

    /** Whether the walk of {@code root} outside {@code skip} gives the blocks of {@code element} as its own walk does. */
    private static boolean cutAlike(Element element, Set<Element> skip, Element root) {
        String tag = element.normalName();
        if (!BLOCK_TAGS.contains(tag) || tag.equals("pre") || skip.contains(element)) {
            return false;
        }
        for (Element e = element.parent(); e != root; e = e.parent()) {
            if (e == null || skip.contains(e) || e.normalName().equals("pre") || isLink(e, e.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} is {@code ancestor} or inside it, looking no higher than {@code root}. */
    private static boolean isInside(Element e, Element ancestor, Element root) {
        for (Element a = e; a != null && a != root; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the children of {@code node} into {@code all}, which takes everything, and into
     * {@code outside}, which leaves out the elements of {@code skip}; either may be {@code null}.
     */
    private static void walk(Node node, int linkDepth, boolean pre, Set<Element> skip, @Nullable Blocks all,
                             @Nullable Blocks outside) {
        // by index: childNodes() wraps the list in a new read-only view at every element
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode) {
                String s = ((TextNode) child).getWholeText();
                if (all != null && outside != null) {
                    appendToBoth(all, outside, s, linkDepth > 0, pre);
                } else if (all != null || outside != null) {
                    (all != null ? all : outside).append(s, linkDepth > 0, pre);
                }
            } else if (child instanceof Element) {
                Element e = (Element) child;
                String tag = e.normalName();
                Blocks in = outside != null && !skip.isEmpty() && skip.contains(e) ? null : outside;
                if (all == null && in == null) {
                    continue;
                }
                if (tag.equals("br")) {
                    if (all != null) {
                        all.newline();
                    }
                    if (in != null) {
                        in.newline();
                    }
                } else if (BLOCK_TAGS.contains(tag)) {
                    open(all, e);
                    open(in, e);
                    walk(e, linkDepth, pre || tag.equals("pre"), skip, all, in);
                    close(all);
                    close(in);
                } else if (CELL_TAGS.contains(tag)) {
                    space(all, in);
                    walk(e, linkDepth, pre, skip, all, in);
                    space(all, in);
                } else if (tag.equals("img")) {
                    // alt text is not article text
                } else {
                    walk(e, isLink(e, tag) ? linkDepth + 1 : linkDepth, pre, skip, all, in);
                }
            }
        }
    }

    /** Ends the block before a block element and starts the element's. */
    private static void open(@Nullable Blocks b, Element e) {
        if (b != null) {
            b.flush();
            b.openBlocks.add(e);
        }
    }

    /** Ends a block element's block. */
    private static void close(@Nullable Blocks b) {
        if (b != null) {
            b.flush();
            b.openBlocks.remove(b.openBlocks.size() - 1);
        }
    }

    private static void space(@Nullable Blocks all, @Nullable Blocks outside) {
        if (all != null) {
            all.space();
        }
        if (outside != null) {
            outside.space();
        }
    }

    /** An anchor that leads somewhere; a {@code javascript:} one is a script's handle on its text. */
    private static boolean isLink(Element e, String tag) {
        return tag.equals("a") && !e.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
    }

    private void append(String s, boolean inLink, boolean pre) {
        if (pre || isCollapsed(s)) {
            appendAsIs(s, inLink); // verbatim, or nothing to collapse: copied at once
        } else {
            int before = text.length();
            appendCollapsing(s);
            if (inLink) {
                linkChars += text.length() - before;
            }
        }
    }

    private void appendAsIs(String s, boolean inLink) {
        text.append(s);
        if (inLink) {
            linkChars += s.length();
        }
    }

    /**
     * Appends {@code s} to both, its whitespace collapsed once: what it adds is the same in both
     * but for the space its leading whitespace makes, which depends on what each holds before it.
     */
    private static void appendToBoth(Blocks all, Blocks outside, String s, boolean inLink, boolean pre) {
        if (pre || isCollapsed(s)) {
            all.appendAsIs(s, inLink);
            outside.appendAsIs(s, inLink);
            return;
        }
        int start = all.text.length();
        all.append(s, inLink, false);
        boolean leadingSpace = !s.isEmpty() && isSpace(s.charAt(0));
        if (leadingSpace && start < all.text.length() && all.text.charAt(start) == ' ') {
            start++; // the space that all's text made for the leading whitespace: the collapsed text starts after it
        }
        String collapsed = all.text.substring(start);
        int before = outside.text.length();
        if (leadingSpace) {
            outside.space();
        }
        outside.text.append(collapsed);
        if (inLink) {
            outside.linkChars += outside.text.length() - before;
        }
    }

    /** Appends the runs of visible characters of {@code s}, each run of whitespace as one {@link #space}. */
    private void appendCollapsing(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            text.append(s, start, i);
            if (i < n) {
                space();
            }
        }
    }

    /**
     * Whether a non-empty text reads the same once its whitespace is collapsed: visible characters,
     * with single plain spaces between them.
     */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0 || isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace, a no-break space or a zero-width space; printable ASCII answered first. */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7f) && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b');
    }

    private void space() {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
            text.append(' ');
        }
    }

    private void newline() {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) == ' ') {
            text.setLength(n - 1);
        }
        text.append('\n');
    }

    private void flush() {
        if (text.length() == 0) {
            return;
        }
        Element owner = openBlocks.get(openBlocks.size() - 1);
        String tag = owner.normalName();
        String t = tag.equals("pre") ? text.toString().stripTrailing() : text.toString().strip();
        if (!t.isBlank()) {
            if (!tag.equals("pre") && t.indexOf('\n') >= 0) {
                // collapse the whitespace around hard line breaks and runs of them
                t = LINE_BREAKS.matcher(t).replaceAll("\n");
            }
            blocks.add(new Block(t, tag, Math.min(linkChars, t.length()), owner));
        }
        text.setLength(0);
        linkChars = 0;
    }
}

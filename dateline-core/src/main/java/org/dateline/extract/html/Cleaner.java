package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text, in place: scripts and styles, embedded media, navigation,
 * dialogs and hidden elements. Marks what is most likely page furniture without removing it:
 * page headers and footers, asides, forms, and containers whose class or id names boilerplate
 * (share bars, comment sections, newsletter and cookie prompts, related links, bylines and
 * datelines). The extractor leaves the marked elements out, and looks inside them again only when
 * that leaves too little text.
 *
 * <p>Two guards keep it from deleting the article itself: an element whose class or id names the
 * article body is kept, and so is any element holding most of the page's text (some sites wrap
 * the whole page in a {@code <form>} or a {@code div.has-sidebar}).
 */
final class Cleaner {
    /** Tags whose content is never article text. */
    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "template", "svg", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "map", "button", "input", "select", "textarea", "option",
            "label", "dialog", "menu", "nav", "head", "link", "meta");
    /**
     * A {@code <noscript>} with this much text may be the page for readers without scripts, even
     * the whole article: it is marked like furniture; a shorter one is a notice or a tracking
     * pixel, and goes.
     */
    private static final int NOSCRIPT_ARTICLE_CHARS = 200;
    /** Page furniture: dropped unless it holds most of the text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("header", "footer", "aside", "form");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
            "alertdialog", "alert", "search", "toolbar");
    /**
     * Class or id words of boilerplate containers, matched whole between the separators {@code -},
     * {@code _} and space, ignoring ASCII case; a word beginning with {@code related} counts too
     * ({@code relatedStories}), and so does a pair of words joined by a hyphen of {@link #BOILERPLATE_PAIRS}.
     */
    private static final Set<String> BOILERPLATE = Set.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "masthead", "sidebar", "sidebars",
            "recommended", "recirc", "promo", "promos", "advert", "advertisement", "ad", "ads", "adslot", "adunit", "sponsor",
            "sponsored", "share", "sharing", "sharebar", "social", "socials", "comment", "comments", "disqus", "newsletter",
            "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "banner", "widget",
            "widgets", "tags", "tagcloud", "byline", "bylines", "author", "authors", "dateline", "timestamp", "pagination",
            "pager", "toolbar", "outbrain", "taboola", "skip", "credit", "credits");
    /** Boilerplate names of two words joined by a hyphen: "visually-hidden" (first word → second). */
    private static final Map<String, String> BOILERPLATE_PAIRS = Map.of("visually", "hidden", "sr", "only", "print", "only",
            "caption", "credit");
    /** {@link #BOILERPLATE} by first letter, to compare a part of a name with its few words of that letter. */
    private static final String[][] BOILERPLATE_BY_FIRST = byFirst(BOILERPLATE);
    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "(?i)article[-_]?body|articlebody|story[-_]?body|post[-_]?(?:body|content)|entry[-_]?content|"
                    + "article[-_]?content|article[-_]?text|main[-_]?content|body[-_]?text|rich[-_]?text");
    /** Class names that hide an element (Bootstrap, Tailwind, common conventions). */
    private static final Pattern HIDDEN_CLASS = Pattern.compile("(?:^|\\s)(?:hidden|d-none|is-hidden|u-hidden)(?:$|\\s)");
    private static final Pattern SHOWN_AT_WIDTH = Pattern.compile("d-(?:sm|md|lg|xl|xxl)-(?!none).+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Class or id words of content shown only to subscribers or members. */
    private static final Pattern GATED = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:subscriber|subscribers|paywall|paywalled|premium|paid|locked|metered|members?|gated|restricted)(?:$|[-_ ])");
    /** A paragraph this long in a hidden element is article text hidden from non-subscribers. */
    private static final int PROSE_CHARS = 150;
    /** An element holding more than this share of the page's text is never furniture. */
    private static final double MOST_OF_PAGE = 0.5;

    private Cleaner() {
    }

    /** Cleans {@code doc} and returns the furniture it marked (outermost elements only). */
    static Set<Element> clean(Document doc) {
        Element body = doc.body();
        List<Element> remove = new ArrayList<>();
        // in page order (jsoup elements are equal only to themselves): the comments are read from it in order
        Set<Element> furniture = new LinkedHashSet<>();
        int pageText = textLength(body);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                if (e == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (DROP_TAGS.contains(tag) || (isHidden(e) && !isGatedProse(e)) || (tag.equals("noscript") && textLength(e) < NOSCRIPT_ARTICLE_CHARS)) {
                    remove.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("noscript")) {
                    furniture.add(e); // read only when the rest of the page has no article
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isFurniture(e, tag) && !holdsArticle(e, pageText)) {
                    furniture.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element e : remove) {
            e.remove();
        }
        return furniture;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden")
                || e.attr("aria-hidden").equalsIgnoreCase("true")
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())
                || hiddenByClass(e.className());
    }

    /**
     * Whether a class list hides the element on every screen: {@code hidden}, {@code d-none} or
     * {@code is-hidden} with no class that shows it again at some width ({@code md:block},
     * {@code d-lg-block}).
     */
    static boolean hiddenByClass(String className) {
        // every class of HIDDEN_CLASS holds "hidden" or "d-none": most class lists are answered without the pattern
        if (!(className.contains("hidden") || className.contains("d-none")) || !HIDDEN_CLASS.matcher(className).find()) {
            return false;
        }
        for (String c : className.split("\\s+")) {
            if (c.indexOf(':') >= 0 || SHOWN_AT_WIDTH.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a hidden element is the rest of an article that the page shows only to subscribers:
     * its class or id says so, and it holds a paragraph of prose.
     */
    private static boolean isGatedProse(Element e) {
        if (!GATED.matcher(e.className() + " " + e.id()).find()) {
            return false;
        }
        for (Element p : e.getElementsByTag("p")) {
            if (textLength(p) >= PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e, String tag) {
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("article") || tag.equals("main") || tag.equals("p")) {
            return false;
        }
        // an id of four or more words is a slug made from a heading ("sharing-with-a-team"), not a role
        String id = e.id();
        String names = slug(id) ? e.className() : e.className() + " " + id;
        if (e.hasAttr("data-component") || e.hasAttr("data-testid")) {
            // component names of script-built pages: data-component="sub-nav", data-testid="share-bar"
            names += " " + e.attr("data-component") + " " + e.attr("data-testid");
        }
        return !names.isBlank() && namesBoilerplate(names) && !ARTICLE_BODY.matcher(names).find();
    }

    /**
     * Whether class and id names hold a word of {@link #BOILERPLATE} or {@link #BOILERPLATE_PAIRS}.
     * Camel-case names read word by word too ("authorBox", "relatedArticles"), as well as whole
     * ("tagCloud").
     */
    static boolean namesBoilerplate(String names) {
        return namesBoilerplate(names, false) || hasCamelCase(names) && namesBoilerplate(names, true);
    }

    /** Reads the words of {@code names}; with {@code camel}, a lower-case letter followed by an upper-case one ends a word too. */
    private static boolean namesBoilerplate(String names, boolean camel) {
        int n = names.length();
        for (int start = 0; start <= n; ) {
            int end = wordEnd(names, start, camel);
            if (isBoilerplate(names, start, end) || isRelated(names, start, end)) {
                return true;
            }
            // the next word starts after a separator, or right at a camel-case boundary (read as a hyphen)
            boolean camelBoundary = end < n && !isSeparator(names.charAt(end));
            int next = camelBoundary ? end : end + 1;
            if (end < n && (camelBoundary || names.charAt(end) == '-')) {
                for (Map.Entry<String, String> pair : BOILERPLATE_PAIRS.entrySet()) {
                    if (isWord(names, start, end, pair.getKey()) && isWord(names, next, wordEnd(names, next, camel), pair.getValue())) {
                        return true;
                    }
                }
            }
            start = next;
        }
        return false;
    }

    private static int wordEnd(String names, int start, boolean camel) {
        int end = start;
        while (end < names.length() && !isSeparator(names.charAt(end)) && !(camel && end > start && isCamelBoundary(names, end))) {
            end++;
        }
        return end;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }

    private static boolean hasCamelCase(String names) {
        for (int i = 1; i < names.length(); i++) {
            if (isCamelBoundary(names, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case letter ends at {@code i} and an upper-case one starts there (Unicode
     * categories Ll, Lu; the char before {@code i} alone is read, as a regex look-behind does).
     */
    private static boolean isCamelBoundary(String s, int i) {
        char before = s.charAt(i - 1);
        char at = s.charAt(i);
        if (before < 128 && at < 128) {
            return before >= 'a' && before <= 'z' && at >= 'A' && at <= 'Z'; // the ASCII letters of Ll and Lu
        }
        return Character.getType(before) == Character.LOWERCASE_LETTER
                && Character.getType(s.codePointAt(i)) == Character.UPPERCASE_LETTER;
    }

    private static String[][] byFirst(Set<String> words) {
        String[][] table = new String[128][];
        for (String w : words) {
            String[] before = table[w.charAt(0)];
            String[] after = before == null ? new String[1] : Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = w;
            table[w.charAt(0)] = after;
        }
        return table;
    }

    /** Whether {@code names[start, end)} is a word of {@link #BOILERPLATE}, ignoring ASCII case. */
    private static boolean isBoilerplate(String names, int start, int end) {
        if (start == end) {
            return false;
        }
        char first = asciiLowerCase(names.charAt(start));
        String[] words = first < 128 ? BOILERPLATE_BY_FIRST[first] : null;
        if (words != null) {
            for (String w : words) {
                if (isWord(names, start, end, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code names[start, end)} is {@code lowerWord} once its ASCII letters are lower-cased, as a {@code (?i)} pattern compares. */
    private static boolean isWord(String names, int start, int end, String lowerWord) {
        if (end - start != lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (asciiLowerCase(names.charAt(start + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code related} followed by ASCII letters only, ignoring ASCII case: relatedStories, related-links' first word. */
    private static boolean isRelated(String names, int start, int end) {
        int rest = start + "related".length();
        if (rest > end || !isWord(names, start, rest, "related")) {
            return false;
        }
        for (int i = rest; i < end; i++) {
            char c = asciiLowerCase(names.charAt(i));
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean slug(String id) {
        int words = 1;
        for (int i = 0; i < id.length(); i++) {
            words += id.charAt(i) == '-' || id.charAt(i) == '_' ? 1 : 0;
        }
        return words >= 4;
    }

    private static boolean holdsArticle(Element e, int pageText) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        return pageText > 0 && textLength(e) > MOST_OF_PAGE * pageText;
    }

    /** The length of the text under {@code root}, whitespace included, without building the text. */
    static int textLength(Element root) {
        int count = 0;
        // by index: childNodes() wraps the list in a new read-only view at every element
        for (int i = 0, n = root.childNodeSize(); i < n; i++) {
            Node child = root.childNode(i);
            if (child instanceof TextNode t) {
                count += t.getWholeText().length();
            } else if (child instanceof Element e) {
                count += textLength(e);
            }
        }
        return count;
    }
}

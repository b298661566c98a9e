package org.dateline.meta.date;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.internal.WordTable;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Which parts of a page belong to the article. Dates in navigation, sidebars, related-article
 * lists, comment threads, widgets and the site footer are about other things. The headline's
 * containers always belong to the article, whatever their class says
 * ({@code <div class="page--with-sidebar">}).
 */
final class PageRegions {
    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "script", "style", "noscript", "template",
            "svg", "select", "option", "iframe", "button", "textarea", "head", "figcaption");
    /** Class or id parts (split at {@code -}, {@code _} and spaces) that start with one of these mark an off-article block. */
    private static final WordTable OFF_ARTICLE_WORDS = WordTable.of(List.of("comment", "related", "sidebar", "widget",
        "recommend", "popular", "trending", "newsletter", "breadcrumb", "mostread", "readmore", "carousel", "yarpp",
        "cookie", "consent", "nav", "menu"));
    /**
     * The off-article words that page builders (Elementor, WordPress themes) also give to the
     * article's own blocks ({@code elementor-widget-container}, {@code post-sidebar}): relaxed by
     * {@link #relaxed()}.
     */
    private static final Set<String> RELAXABLE = Set.of("sidebar", "widget");
    /**
     * Parts before an off-article word that describe the layout or the post, not the block:
     * {@code with-sidebar}, and WordPress's post classes {@code category-popular}, {@code tag-menu}.
     */
    private static final Set<String> LAYOUT = Set.of("with", "has", "no", "one", "two", "without", "w", "open", "closed",
            "category", "tag");
    private static final WordTable DATEISH = WordTable.of(List.of("date", "datum", "fecha", "byline", "posted", "publish",
            "meta", "time", "zeit", "subline", "submitted", "autor", "author", "info"));
    private static final Set<String> NEVER_SKIPPED = Set.of("html", "body", "main", "article");

    /** A link to a day's or a month's archive: {@code /2022/03/25/}, {@code /2022/03}. */
    private static final Pattern ARCHIVE = Pattern.compile("/\\d{4}/\\d{1,2}(?:/\\d{1,2})?");

    private final Set<Element> headlineContainers;
    private final boolean headlineInArticle;
    /** The paths of the page's own addresses, without query, fragment or final slash. */
    private final Set<String> ownPaths;
    /** Whether the {@link #RELAXABLE} words no longer mark an off-article block. */
    private final boolean relaxed;

    PageRegions(Document doc, @Nullable Element headline) {
        this(doc, headline, Set.of());
    }

    /**
     * @param ownAddresses the page's URL, canonical URL..., to tell links to the page itself
     *                     (permalinks around its date) from links to other pages
     */
    PageRegions(Document doc, @Nullable Element headline, Set<String> ownAddresses) {
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean inArticle = false;
        for (Element p = headline; p != null; p = p.parent()) {
            containers.add(p);
            inArticle |= p.normalName().equals("article");
        }
        this.headlineContainers = containers;
        this.headlineInArticle = inArticle;
        Set<String> paths = new HashSet<>();
        for (String address : ownAddresses) {
            paths.add(path(address));
        }
        this.ownPaths = paths;
        this.relaxed = false;
    }

    private PageRegions(PageRegions strict) {
        this.headlineContainers = strict.headlineContainers;
        this.headlineInArticle = strict.headlineInArticle;
        this.ownPaths = strict.ownPaths;
        this.relaxed = true;
    }

    /**
     * The same regions, except that sidebar and widget classes no longer hide a block: for a
     * second reading when the strict one found no date, as page builders wrap everything, the
     * article's byline included, in such classes.
     */
    PageRegions relaxed() {
        return new PageRegions(this);
    }

    /**
     * Whether {@code e} is the teaser of another page, whose date is that page's: a link to
     * another page (not to this one, nor to a date archive), or an {@code <article>} other than
     * the headline's when the headline has one.
     */
    boolean elsewhere(Element e) {
        if (e.normalName().equals("article")) {
            return headlineInArticle && !headlineContainers.contains(e) && teaserLike(e);
        }
        if (!e.normalName().equals("a") || ownPaths.isEmpty()) {
            return false;
        }
        String href = e.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) {
            return false;
        }
        String path = path(href);
        // the length test spares the pattern most paths
        return !ownPaths.contains(path) && !(path.length() >= 7 && path.length() <= 11 && ARCHIVE.matcher(path).matches());
    }

    /**
     * Whether an {@code <article>} could be another page's teaser: it has a heading or a link.
     * One with neither is a further part of this page (a description box beside the player).
     */
    private static boolean teaserLike(Element article) {
        for (Element d : article.getAllElements()) {
            switch (d.normalName()) {
                case "h1", "h2", "h3", "h4", "a" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether {@code e} or an ancestor is {@link #elsewhere}. */
    boolean elsewhereDeep(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (elsewhere(p)) {
                return true;
            }
        }
        return false;
    }

    /** The path of a URL, absolute or not, without query, fragment or final slash. */
    static String path(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? (url.startsWith("//") ? url.indexOf('/', 2) : 0) : url.indexOf('/', start + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        while (end > start && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(start, end);
    }

    static String classAndId(Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        // the HTML parser lower-cases attribute names: exact lookups suffice
        Attributes attributes = e.attributes();
        String c = attributes.get("class").strip();
        String id = attributes.get("id");
        return (c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code e} and its content are outside the article, judged from {@code e} alone. */
    boolean offArticle(Element e, boolean insideArticle) {
        return offArticle(e, classAndId(e), insideArticle);
    }

    /** As {@link #offArticle(Element, boolean)}, given {@code e}'s {@link #classAndId}. */
    boolean offArticle(Element e, String names, boolean insideArticle) {
        // the headline's containers are looked up last, for the few elements that would be off
        // the article: an identity lookup costs more than the tests below
        return offArticleByItself(e, names, insideArticle) && !headlineContainers.contains(e);
    }

    private boolean offArticleByItself(Element e, String names, boolean insideArticle) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            return true;
        }
        if (NEVER_SKIPPED.contains(tag)) {
            return false;
        }
        if (tag.equals("footer")) {
            return !insideArticle;
        }
        if (tag.equals("aside") && !insideArticle) {
            return true;
        }
        if (names.isEmpty()) {
            return false;
        }
        // the parts of the names, split at whitespace, '-' and '_', scanned without a regex nor
        // copies: this runs for every element
        int previousStart = 0;
        int previousEnd = 0;
        int n = names.length();
        for (int i = 0; i < n; ) {
            while (i < n && separator(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !separator(names.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            char first = names.charAt(start);
            // "more" only as a whole part: more-on-site, more_stories, but not morespace
            if (first == 'm' && i - start == 4 && names.startsWith("more", start)
                    && !LAYOUT.contains(names.substring(previousStart, previousEnd))) {
                return true;
            }
            String word = OFF_ARTICLE_WORDS.prefixOf(names, start, i);
            if (word != null && !LAYOUT.contains(names.substring(previousStart, previousEnd))
                    && !(relaxed && RELAXABLE.contains(word))) {
                return true;
            }
            previousStart = start;
            previousEnd = i;
        }
        return false;
    }

    /** Whether {@code e} or one of its ancestors is outside the article. */
    boolean offArticleDeep(Element e) {
        List<Element> chain = new ArrayList<>();
        for (Element p = e; p != null; p = p.parent()) {
            chain.add(p);
        }
        // from the root down, so that whether an <article> encloses each element is known on the way
        boolean insideArticle = false;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element p = chain.get(i);
            if (offArticle(p, insideArticle)) {
                return true;
            }
            insideArticle |= p.normalName().equals("article");
        }
        return false;
    }

    /** Whether class or id ({@link #classAndId}) say that an element holds a date, a byline or post metadata. */
    static boolean dateish(String names) {
        return DATEISH.foundIn(names);
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }
}

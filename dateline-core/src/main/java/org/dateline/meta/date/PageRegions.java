package org.dateline.meta.date;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final String[] OFF_ARTICLE = {"comment", "related", "sidebar", "widget", "recommend", "popular",
        "trending", "newsletter", "breadcrumb", "mostread", "readmore", "carousel", "yarpp", "cookie", "consent", "nav",
        "menu"};
    /**
     * Parts before an off-article word that describe the layout or the post, not the block:
     * {@code with-sidebar}, and WordPress's post classes {@code category-popular}, {@code tag-menu}.
     */
    private static final Set<String> LAYOUT = Set.of("with", "has", "no", "one", "two", "without", "w", "open", "closed",
            "category", "tag");
    private static final String[] DATEISH = {"date", "datum", "fecha", "byline", "posted", "publish", "meta", "time",
        "zeit", "subline", "submitted", "autor", "author", "info"};
    private static final Set<String> NEVER_SKIPPED = Set.of("html", "body", "main", "article");

    private final Set<Element> headlineContainers;

    PageRegions(Document doc, @Nullable Element headline) {
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = headline; p != null; p = p.parent()) {
            containers.add(p);
        }
        this.headlineContainers = containers;
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
        String tag = e.normalName();
        if (headlineContainers.contains(e)) {
            return false;
        }
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
        // the parts of the names, split at whitespace, '-' and '_', scanned without a regex: this runs for every element
        String previous = "";
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
            for (String word : OFF_ARTICLE) {
                if (names.startsWith(word, start) && start + word.length() <= i) {
                    if (!LAYOUT.contains(previous)) {
                        return true;
                    }
                    break;
                }
            }
            previous = names.substring(start, i);
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
        if (names.isEmpty()) {
            return false;
        }
        for (String word : DATEISH) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }
}

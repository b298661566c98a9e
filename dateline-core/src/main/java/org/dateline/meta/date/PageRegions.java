package org.dateline.meta.date;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which parts of a page belong to the article. Dates in navigation, sidebars, related-article
 * lists, comment threads, widgets and the site footer are about other things.
 */
final class PageRegions {
    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "aside", "script", "style", "noscript", "template",
            "svg", "select", "option", "iframe", "button", "form", "textarea", "head", "figcaption");
    private static final Pattern OFF_ARTICLE = Pattern.compile(
            "comment|related|sidebar|widget|recommend|popular|trending|newsletter|breadcrumb|most-?read|read-?more"
                    + "|more-?stories|teaser|carousel|jp-relatedposts|yarpp|cookie|consent|(?:^|[\\s_-])(?:nav|navbar|navigation|menu)(?:$|[\\s_-])");
    private static final Pattern FOOTER = Pattern.compile("(?:^|[\\s_-])footer(?:$|[\\s_-])");
    private static final Pattern DATEISH = Pattern.compile(
            "date|datum|fecha|byline|posted|publish|meta|dateline|timestamp|time|zeit|subline|submitted|author|autor|info");
    private static final Set<String> NEVER_SKIPPED = Set.of("html", "body", "main", "article");

    private PageRegions() {
    }

    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        return (c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code e} and its content are outside the article, judged from {@code e} alone. */
    static boolean offArticle(Element e, boolean insideArticle) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            return true;
        }
        if (NEVER_SKIPPED.contains(tag)) {
            return false;
        }
        String names = classAndId(e);
        if (tag.equals("footer") || FOOTER.matcher(names).find()) {
            return !insideArticle && !names.contains("entry") && !names.contains("post") && !names.contains("article");
        }
        return !names.isEmpty() && OFF_ARTICLE.matcher(names).find();
    }

    /** Whether {@code e} or one of its ancestors is outside the article. */
    static boolean offArticleDeep(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (offArticle(p, hasArticleAbove(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArticleAbove(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** Whether class or id say that {@code e} holds a date, a byline or post metadata. */
    static boolean dateish(Element e) {
        String names = classAndId(e);
        return !names.isEmpty() && DATEISH.matcher(names).find();
    }
}

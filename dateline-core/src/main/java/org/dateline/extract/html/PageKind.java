package org.dateline.extract.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * Tells article pages from home pages, section indexes and listings, precision first: a page is
 * an article unless the evidence says otherwise.
 *
 * <ul>
 *   <li>A page that declares itself an article (OpenGraph {@code og:type=article}, a JSON-LD
 *       {@code @type} ending in {@code Article} or {@code Posting}) is one.</li>
 *   <li>A site's root URL ({@code /}, {@code /index.html}) is a home page.</li>
 *   <li>A page that declares itself a collection (JSON-LD {@code CollectionPage}, {@code ItemList},
 *       {@code SearchResultsPage}) is a listing unless it has several paragraphs of prose.</li>
 *   <li>A page without a single paragraph of prose (80+ characters, or a sentence of 30+) is not
 *       an article.</li>
 * </ul>
 */
final class PageKind {
    private static final Pattern JSON_LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");
    private static final Pattern HOME_PATH = Pattern.compile("(?i)/?(?:index|default|home)?(?:\\.\\w+)?");
    private static final int PROSE_CHARS = 80;
    private static final int SENTENCE_CHARS = 30;
    private static final int LISTING_MAX_PROSE = 3;
    private static final Evaluator OG_TYPE = PageTags.query("meta[property=og:type]");

    /** What the page says it is, read before cleaning. */
    enum Declared { ARTICLE, COLLECTION, NOTHING }

    private PageKind() {
    }

    /** What the page declares in OpenGraph and in its JSON-LD {@code <script>}s. */
    static Declared declared(PageTags tags) {
        Element ogType = tags.firstMeta(OG_TYPE);
        if (ogType != null && ogType.attr("content").toLowerCase(Locale.ROOT).contains("article")) {
            return Declared.ARTICLE;
        }
        Declared found = Declared.NOTHING;
        for (Element script : tags.jsonLd()) {
            Matcher m = JSON_LD_TYPE.matcher(script.data());
            while (m.find()) {
                String type = m.group(1);
                if (type.endsWith("Article") || type.endsWith("Posting")) {
                    return Declared.ARTICLE;
                }
                if (type.equals("CollectionPage") || type.equals("ItemList") || type.equals("SearchResultsPage")) {
                    found = Declared.COLLECTION;
                }
            }
        }
        return found;
    }

    static boolean isArticle(Declared declared, @Nullable String url, List<String> paragraphs) {
        if (declared == Declared.ARTICLE) {
            return true;
        }
        if (url != null && isHome(url)) {
            return false;
        }
        int prose = 0;
        for (String p : paragraphs) {
            prose += isProse(p) ? 1 : 0;
        }
        return prose > 0 && (declared != Declared.COLLECTION || prose >= LISTING_MAX_PROSE);
    }

    /** A long paragraph, or a sentence of a few words. */
    private static boolean isProse(String p) {
        return p.length() >= PROSE_CHARS || (p.length() >= SENTENCE_CHARS && Blocks.endsSentence(p));
    }

    private static boolean isHome(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            return uri.getHost() != null && uri.getRawQuery() == null
                    && (path == null || HOME_PATH.matcher(path).matches());
        } catch (Exception e) {
            return false;
        }
    }
}

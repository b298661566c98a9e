package org.dateline.meta.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.internal.Nodes;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements that may carry date evidence, gathered in one walk over the page so that each
 * kind of evidence does not traverse the whole document again: JSON-LD scripts, meta tags,
 * {@code itemprop} elements, {@code <time>} and titled {@code <abbr>} elements, h1–h3 headings,
 * the canonical URL and the page's language; and, for the other metadata, links with a {@code rel}.
 * Build it once per page and hand it to {@link DateFinder#find(PageIndex, String, java.time.Instant)}.
 */
public final class PageIndex {
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    final List<Element> rels = new ArrayList<>();
    final Document doc;
    private @Nullable List<JsonLdDates.Script> scripts;
    @Nullable String canonical;
    @Nullable String ogUrl;
    @Nullable String language;
    private @Nullable Element html;

    private PageIndex(Document doc) {
        this.doc = doc;
    }

    /** Walks {@code doc} once. The document must not change while the index is in use. */
    public static PageIndex of(Document doc) {
        PageIndex index = new PageIndex(doc);
        // from element to element, in document order: no call for each text node, as a jsoup
        // traversal makes
        for (Element el = doc; el != null; el = Nodes.nextElement(el, doc)) {
            index.add(el);
        }
        return index;
    }

    /** The page's JSON-LD {@code <script>} elements, in page order. */
    public List<Element> jsonLd() {
        return jsonLd;
    }

    /**
     * The values of the page's JSON-LD scripts, parsed leniently once (comments, single quotes,
     * trailing commas, CDATA and HTML comment wrappers, several values per script), in page order.
     */
    public List<JsonNode> jsonLdValues() {
        List<JsonNode> values = new ArrayList<>();
        for (JsonLdDates.Script s : jsonLdScripts()) {
            values.addAll(s.values());
        }
        return values;
    }

    List<JsonLdDates.Script> jsonLdScripts() {
        if (scripts == null) {
            List<JsonLdDates.Script> parsed = new ArrayList<>(jsonLd.size());
            for (Element script : jsonLd) {
                parsed.add(JsonLdDates.parse(script));
            }
            scripts = parsed;
        }
        return scripts;
    }

    /** The page's {@code <meta>} elements, in page order. */
    public List<Element> metas() {
        return metas;
    }

    /** The elements with a {@code rel} attribute ({@code <a>}, {@code <link>}), in page order. */
    public List<Element> rels() {
        return rels;
    }

    /** The first {@code <html>} element, or {@code null}. */
    public @Nullable Element html() {
        return html;
    }

    /** The first {@code <h1>} element, or {@code null}. */
    public @Nullable Element firstH1() {
        for (Element h : headings) {
            if (h.normalName().equals("h1")) {
                return h;
            }
        }
        return null;
    }

    private void add(Element el) {
        switch (el.normalName()) {
            case "script" -> {
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(el);
                }
            }
            case "meta" -> {
                metas.add(el);
                if (ogUrl == null && el.attr("property").equals("og:url") && el.attr("content").contains("://")) {
                    ogUrl = el.attr("content");
                }
            }
            case "time" -> times.add(el);
            case "abbr" -> {
                if (el.hasAttr("title") || el.hasAttr("data-utime")) {
                    times.add(el);
                }
            }
            case "h1", "h2", "h3" -> headings.add(el);
            case "link" -> {
                if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical") && el.attr("href").contains("://")) {
                    canonical = el.attr("href");
                }
            }
            case "html" -> {
                if (html == null) {
                    html = el;
                }
                if (language == null && !el.attr("lang").isBlank()) {
                    language = el.attr("lang").strip();
                }
            }
            default -> {
            }
        }
        if (el.attributesSize() == 0) {
            return;
        }
        // the HTML parser lower-cases attribute names: exact lookups suffice
        Attributes attributes = el.attributes();
        if (attributes.hasKey("rel")) {
            rels.add(el);
        }
        if (attributes.hasKey("itemprop") && !el.normalName().equals("meta")) {
            itemprops.add(el);
        }
    }
}

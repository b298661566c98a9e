package org.dateline.meta.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The elements that may carry date evidence, gathered in one walk over the page so that each
 * kind of evidence does not traverse the whole document again: JSON-LD scripts, meta tags,
 * {@code itemprop} elements, {@code <time>} and titled {@code <abbr>} elements, h1–h3 headings,
 * the canonical URL and the page's language.
 */
final class PageIndex implements NodeVisitor {
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    @Nullable String canonical;
    @Nullable String ogUrl;
    @Nullable String language;

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex();
        NodeTraversor.traverse(index, doc);
        return index;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element el)) {
            return;
        }
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
                if (language == null && !el.attr("lang").isBlank()) {
                    language = el.attr("lang").strip();
                }
            }
            default -> {
            }
        }
        if (el.hasAttr("itemprop") && !el.normalName().equals("meta")) {
            itemprops.add(el);
        }
    }

    @Override
    public void tail(Node node, int depth) {
    }
}

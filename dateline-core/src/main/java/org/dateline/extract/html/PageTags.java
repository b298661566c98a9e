package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.dateline.internal.Nodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The elements the extractor reads what a page declares from, gathered in one walk over the page
 * before it is cleaned rather than one selector query each: the JSON-LD scripts, the meta tags,
 * the first {@code <title>} and the {@code <h1>}s, each list in page order. Queries on the meta
 * tags take jsoup selectors, evaluated as {@link Element#select} would.
 *
 * @param doc    the page
 * @param jsonLd its {@code script[type=application/ld+json]} elements
 * @param metas  its {@code <meta>} elements
 * @param title  its first {@code <title>}, if any
 * @param h1s    its {@code <h1>} elements
 */
record PageTags(Document doc, List<Element> jsonLd, List<Element> metas, @Nullable Element title, List<Element> h1s) {
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    /** Walks {@code doc} once, from element to element. */
    static PageTags of(Document doc) {
        List<Element> jsonLd = new ArrayList<>();
        List<Element> metas = new ArrayList<>();
        List<Element> h1s = new ArrayList<>();
        Element title = null;
        for (Element el = doc; el != null; el = Nodes.nextElement(el, doc)) {
            switch (el.normalName()) {
                case "script" -> {
                    if (JSON_LD.matches(doc, el)) {
                        jsonLd.add(el);
                    }
                }
                case "meta" -> metas.add(el);
                case "title" -> title = title == null ? el : title;
                case "h1" -> h1s.add(el);
                default -> {
                }
            }
        }
        return new PageTags(doc, jsonLd, metas, title, h1s);
    }

    /** A selector for {@link #firstMeta} and {@link #metas(Evaluator)}, such as {@code meta[property=og:title]}. */
    static Evaluator query(String metaSelector) {
        return QueryParser.parse(metaSelector);
    }

    /** The first meta tag that {@code query} matches. */
    @Nullable Element firstMeta(Evaluator query) {
        for (Element meta : metas) {
            if (query.matches(doc, meta)) {
                return meta;
            }
        }
        return null;
    }

    /** The meta tags that {@code query} matches. */
    List<Element> metas(Evaluator query) {
        List<Element> found = new ArrayList<>();
        for (Element meta : metas) {
            if (query.matches(doc, meta)) {
                found.add(meta);
            }
        }
        return found;
    }
}

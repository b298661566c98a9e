package org.dateline.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's metadata from its parsed page. For now: the declared language
 * ({@code <html lang>}, then {@code Content-Language}, then {@code og:locale}). Publication dates
 * are not yet searched for, and stay {@code null}.
 *
 * <p>Stateless and thread-safe; it does not modify the document.
 */
public final class MetadataFinder {
    private static final Pattern LANGUAGE = Pattern.compile("^\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\\s*$");

    /** Creates a finder. */
    public MetadataFinder() {
    }

    /** Reads the metadata of a page. Call before extraction, which cleans the document. */
    public Metadata find(Document doc) {
        return new Metadata(null, language(doc));
    }

    static @Nullable String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : code(html.attr("lang"));
        if (lang == null && html != null) {
            lang = code(html.attr("xml:lang"));
        }
        if (lang == null) {
            Element meta = doc.selectFirst("meta[http-equiv=content-language]");
            lang = meta == null ? null : code(meta.attr("content").split(",")[0]);
        }
        if (lang == null) {
            Element og = doc.selectFirst("meta[property=og:locale]");
            lang = og == null ? null : code(og.attr("content"));
        }
        return lang;
    }

    private static @Nullable String code(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(tag);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}

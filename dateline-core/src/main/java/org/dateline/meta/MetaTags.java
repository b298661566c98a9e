package org.dateline.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's {@code <meta>} values by lower-case {@code name}, {@code property} or {@code itemprop},
 * read in one pass. Values are whitespace-collapsed and never blank.
 */
final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    static MetaTags of(List<Element> metas) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element e : metas) {
            String content = collapse(e.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String key = e.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // RDFa allows several space-separated properties on one tag
                    for (String k : key.indexOf(' ') < 0 ? new String[] {key} : key.split("\\s+")) {
                        values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(content);
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** {@code s} with runs of whitespace (and no-break spaces) as one space, trimmed. */
    private static String collapse(String s) {
        StringBuilder b = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\u00a0' || c >= '\t' && c <= '\r';
            if (b == null && (white && (c != ' ' || space || i == 0 || i == s.length() - 1))) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !(white && space)) {
                b.append(white ? ' ' : c);
            }
            space = white;
        }
        return (b == null ? s : b.toString()).trim();
    }

    /** The first value of the first key present, or {@code null}. */
    @Nullable String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every value of {@code key}, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}

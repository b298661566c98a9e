package org.dateline.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's headline among its OpenGraph title, JSON-LD {@code headline}, {@code <title>}
 * and {@code <h1>}.
 *
 * <p>A lone or first {@code <h1>} that one of the declared titles contains is the cleanest form
 * (declared titles often carry the site name); otherwise the declared titles are taken in that
 * order with a trailing or leading site name cut at a spaced separator ({@code |}, {@code -},
 * {@code –}, {@code —}, {@code ·}, {@code »}, {@code ::}), keeping the longer side.
 */
final class Titles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|»|::|•)\\s+");
    private static final int MAX_TITLE_CHARS = 300;

    private Titles() {
    }

    /** The headline of {@code doc}, whose JSON-LD {@code <script>}s are {@code jsonLd}. */
    static @Nullable String find(Document doc, List<Element> jsonLd) {
        List<String> declared = new ArrayList<>(3);
        add(declared, meta(doc, "meta[property=og:title]"));
        add(declared, jsonLdHeadline(jsonLd));
        add(declared, meta(doc, "meta[name=twitter:title]"));
        Element titleTag = doc.selectFirst("title");
        add(declared, titleTag == null ? null : titleTag.text());

        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : normalize(h1.text());
        if (h1Text != null && !h1Text.isEmpty() && h1Text.length() <= MAX_TITLE_CHARS) {
            String key = h1Text.toLowerCase(Locale.ROOT);
            for (String d : declared) {
                if (d.toLowerCase(Locale.ROOT).contains(key)) {
                    return h1Text;
                }
            }
        }
        for (String d : declared) {
            String cut = cutSiteName(d);
            if (!cut.isEmpty()) {
                return cut;
            }
        }
        return h1Text == null || h1Text.isEmpty() ? null : h1Text;
    }

    /** Drops a site name before or after a spaced separator, keeping the longest part. */
    static String cutSiteName(String title) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = parts[0];
        for (String p : parts) {
            if (p.length() > best.length()) {
                best = p;
            }
        }
        // a short remainder is more likely a fragment of the headline than the headline itself
        return best.split("\\s+").length >= 3 ? best.trim() : title;
    }

    private static void add(List<String> titles, @Nullable String t) {
        if (t != null) {
            String n = normalize(t);
            if (!n.isEmpty() && n.length() <= MAX_TITLE_CHARS) {
                titles.add(n);
            }
        }
    }

    private static @Nullable String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr("content");
    }

    private static @Nullable String jsonLdHeadline(List<Element> jsonLd) {
        for (Element script : jsonLd) {
            try {
                String h = headline(JSON.readTree(script.data()));
                if (h != null) {
                    return h;
                }
            } catch (Exception e) {
                // broken JSON-LD is common; other evidence remains
            }
        }
        return null;
    }

    private static @Nullable String headline(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String h = headline(n);
                if (h != null) {
                    return h;
                }
            }
            return null;
        }
        if (node.isObject()) {
            if (node.path("headline").isTextual()) {
                return node.get("headline").asText();
            }
            return headline(node.get("@graph"));
        }
        return null;
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}

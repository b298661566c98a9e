package org.dateline.meta;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The JSON-LD objects of a page, parsed once: every object of every {@code ld+json} script, with
 * arrays and {@code @graph} flattened, indexed by {@code @id} so that references such as
 * {@code "author": {"@id": "#p1"}} resolve to their node.
 *
 * <p>Scripts that are not valid JSON are parsed leniently (comments, single quotes, control
 * characters in strings, trailing commas); a script that still fails is ignored, as the rest of
 * the page's evidence remains.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** Schema.org types that describe the article itself. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            ".*(article|posting|report|blogpost|newsarticle|liveblog|review|opinion|analysis).*");
    private static final int MAX_NODES = 2000;

    private final List<JsonNode> nodes;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> nodes, Map<String, JsonNode> byId) {
        this.nodes = nodes;
        this.byId = byId;
    }

    static JsonLd of(List<Element> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : scripts) {
            if (!script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                String data = script.data().trim();
                if (data.startsWith("<!--")) {
                    data = data.substring(4).replaceAll("-->\\s*$", "");
                } else if (data.startsWith("<![CDATA[")) {
                    data = data.substring(9).replaceAll("]]>\\s*$", "");
                }
                collect(JSON.readTree(data), nodes);
            } catch (Exception e) {
                // broken JSON-LD is common; other evidence remains
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            if (n.path("@id").isTextual() && n.size() > 1) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
        }
        return new JsonLd(nodes, byId);
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out) {
        if (node == null || out.size() >= MAX_NODES) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject() && main.size() > 1) {
                collect(main, out);
            }
        }
    }

    /** All objects, in page order. */
    List<JsonNode> nodes() {
        return nodes;
    }

    /** The objects whose type is an article (NewsArticle, BlogPosting, Report...), in page order. */
    List<JsonNode> articles() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (hasType(n, ARTICLE_TYPE)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The node a reference points to ({@code {"@id": ...}} alone), or the node itself. */
    JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.path("@id").isTextual() && node.size() <= 2 && !node.has("name")) {
            JsonNode target = byId.get(node.get("@id").asText());
            if (target != null) {
                return target;
            }
        }
        return node;
    }

    /** A non-blank text value of {@code field}, or a {@code name} of an object value. */
    @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v.isObject()) {
            v = resolve(v).get("name");
        }
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    static boolean hasType(JsonNode node, Pattern lowerCaseType) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && lowerCaseType.matcher(t.asText().toLowerCase(Locale.ROOT)).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && lowerCaseType.matcher(type.asText().toLowerCase(Locale.ROOT)).matches();
    }
}

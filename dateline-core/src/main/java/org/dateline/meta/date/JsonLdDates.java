package org.dateline.meta.date;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Dates from JSON-LD scripts. Broken JSON-LD is common, so the parse is lenient (comments,
 * trailing commas, single quotes, unquoted names, raw control characters, CDATA and HTML comment
 * wrappers, several values in one script); a script that still does not parse is searched with a
 * regex for {@code "datePublished": "..."}.
 *
 * <p>Which object's date counts: the article's. Objects are ranked by type (an Article or one of
 * its subtypes, then other creative works and web pages, then untyped objects), then by depth; the
 * dates of comments, reviews, list items, publishers, authors and parent works are ignored.
 */
final class JsonLdDates {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build().readerFor(JsonNode.class);

    /** Published keys and their rank within an object. */
    private static final Map<String, Integer> PUBLISHED = Map.of("datePublished", 0, "dateCreated", 1, "uploadDate", 1);
    private static final String MODIFIED = "dateModified";
    private static final Set<String> SKIPPED_KEYS = Set.of("comment", "review", "itemListElement", "isPartOf",
            "publisher", "author", "creator", "citation", "relatedLink", "hasPart", "subjectOf", "about", "mentions",
            "sourceOrganization", "copyrightHolder", "workExample", "potentialAction", "contributor", "editor");
    private static final Set<String> SKIPPED_TYPES = Set.of("comment", "person", "organization", "newsmediaorganization",
            "imageobject", "website", "review", "offer", "event", "breadcrumblist", "itemlist", "searchaction", "answer",
            "question", "place", "product");
    private static final Set<String> WORKS = Set.of("videoobject", "recipe", "creativework", "mediaobject",
            "podcastepisode", "episode", "audioobject", "blog", "webpage", "itempage", "faqpage", "qapage", "medicalwebpage");
    private static final Pattern FALLBACK = Pattern.compile(
            "[\"']?(datePublished|dateCreated|uploadDate|dateModified)[\"']?\\s*:\\s*[\"']([^\"']{4,40})[\"']");
    private static final Pattern WRAPPERS = Pattern.compile("(?://[ \\t]*)?(?:<!\\[CDATA\\[|\\]\\]>|<!--|-->)");

    /** Receives each date found: the key, the value, the rank of its object, its order. */
    interface Sink {
        void date(boolean modified, DateValue value, int rank, int position);
    }

    private JsonLdDates() {
    }

    /** One {@code ld+json} script: its text without CDATA or comment wrappers, and the values parsed from it. */
    record Script(String text, List<JsonNode> values) {
    }

    /** Parses one script leniently; the values read before an error are kept. */
    static Script parse(Element script) {
        String data = script.data();
        String text = (data.contains("<!") || data.contains("]]>") || data.contains("-->")
                ? WRAPPERS.matcher(data).replaceAll(" ") : data).strip();
        List<JsonNode> values = new ArrayList<>(1);
        try (MappingIterator<JsonNode> it = READER.readValues(text)) {
            while (it.hasNextValue()) {
                values.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // keep what was read; the regex in find covers scripts that gave nothing
        }
        return new Script(text, values);
    }

    /** Reads the dates of the page's parsed {@code ld+json} scripts. */
    static void find(List<Script> scripts, Predicate<DateValue> plausible, Sink sink) {
        int[] position = {0};
        for (Script script : scripts) {
            String text = script.text();
            if (text.indexOf("date") < 0 && text.indexOf("Date") < 0) {
                continue;
            }
            int before = position[0];
            for (JsonNode value : script.values()) {
                walk(value, 0, 2, plausible, sink, position);
            }
            if (position[0] == before) {
                Matcher m = FALLBACK.matcher(text);
                while (m.find()) {
                    DateValue v = DateText.machine(m.group(2));
                    if (v != null && plausible.test(v)) {
                        boolean modified = m.group(1).equals(MODIFIED);
                        sink.date(modified, v, 20 + (modified ? 0 : PUBLISHED.get(m.group(1))), position[0]++);
                    }
                }
            }
        }
    }

    private static void walk(JsonNode node, int depth, int inheritedRank, Predicate<DateValue> plausible, Sink sink, int[] position) {
        if (depth > 12) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, depth, inheritedRank, plausible, sink, position);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        int typeRank = typeRank(node.get("@type"));
        if (typeRank < 0) {
            return;
        }
        int rank = Math.min(typeRank, inheritedRank) * 10 + Math.min(depth, 5);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            Integer keyRank = PUBLISHED.get(key);
            if ((keyRank != null || key.equals(MODIFIED)) && (value.isTextual() || value.isNumber() || value.isArray())) {
                JsonNode first = value.isArray() && !value.isEmpty() ? value.get(0) : value;
                DateValue v = first.isValueNode() ? DateText.machine(first.asText()) : null;
                if (v != null && plausible.test(v)) {
                    sink.date(keyRank == null, v, rank * 2 + (keyRank == null ? 0 : keyRank), position[0]++);
                }
            } else if (value.isContainerNode() && !SKIPPED_KEYS.contains(key)) {
                // @graph members are top-level objects; anything else nested inherits our type rank
                walk(value, key.equals("@graph") ? depth : depth + 1, key.equals("@graph") ? 2 : typeRank, plausible, sink, position);
            }
        }
    }

    /** 0 for articles, 1 for other works and web pages, 2 for untyped or unknown, -1 for skipped types. */
    private static int typeRank(@Nullable JsonNode type) {
        if (type == null) {
            return 2;
        }
        int best = 2;
        boolean skipped = false;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText().toLowerCase(Locale.ROOT);
            int slash = name.lastIndexOf('/');
            name = name.substring(slash + 1);
            if (name.contains("article") || name.endsWith("posting") || name.equals("report")) {
                best = 0;
            } else if (WORKS.contains(name) || name.endsWith("page")) {
                best = Math.min(best, 1);
            } else if (SKIPPED_TYPES.contains(name)) {
                skipped = true;
            }
        }
        return best == 2 && skipped ? -1 : best;
    }
}

package org.dateline.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's headline among its OpenGraph title, JSON-LD {@code headline}, Twitter title,
 * {@code <title>} and {@code <h1>}s.
 *
 * <p>The headline shown on the page is the article's own; declared titles are often rewritten
 * for search and sharing, and carry the site's name. Headings that are logos (an image, a link to
 * the home page) or the site's name ({@code og:site_name}, the host) are set aside; then:
 * <ol>
 *   <li>a heading holding a declared title as one of its elements, beside a kicker or a label
 *       ("<span>Opinion</span> Headline"), gives that title;</li>
 *   <li>the first heading that a declared title repeats wins, unless it is the section or site
 *       beside the headline there ("Headline | Section | Site");</li>
 *   <li>else the first heading that shares half its words, or a word of five letters or more,
 *       with the declared titles: the page's wording of the same story;</li>
 *   <li>else the declared titles in that order, with the site's name cut at a spaced separator
 *       ({@code |}, {@code -}, {@code –}, {@code —}, {@code ·}, {@code »}, {@code ::}): the part
 *       that is the site's name, else all but the longest part;</li>
 *   <li>a page that declares no title but the site's name has the first heading.</li>
 * </ol>
 */
final class Titles {
    /** Lenient, as JSON-LD in the wild has comments, single quotes, raw control characters and trailing commas. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** An HTML comment or CDATA section wrapped around a script's JSON. */
    private static final Evaluator PICTURE = QueryParser.parse("img, svg, picture");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!--|<!\\[CDATA\\[)|(?:-->|]]>)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|»|::|•)\\s+");
    private static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_HEADINGS = 10;
    /** A shared word this long names the story's topic rather than being a function word. */
    private static final int MIN_TOPIC_CHARS = 5;

    private static final Evaluator OG_TITLE = PageTags.query("meta[property=og:title]");
    private static final Evaluator TWITTER_TITLE = PageTags.query("meta[name=twitter:title]");
    private static final Evaluator OG_SITE_NAME = PageTags.query("meta[property=og:site_name]");

    private Titles() {
    }

    /** The headline of a page, read from its {@code tags}. */
    static @Nullable String find(PageTags tags) {
        List<String> declared = new ArrayList<>(4);
        add(declared, content(tags.firstMeta(OG_TITLE)));
        String headline = jsonLdHeadline(tags.jsonLd());
        add(declared, headline == null ? null : Parser.unescapeEntities(headline, false));
        add(declared, content(tags.firstMeta(TWITTER_TITLE)));
        add(declared, tags.title() == null ? null : tags.title().text());

        Set<String> sites = siteNames(tags);
        List<String> headlines = new ArrayList<>();
        for (String d : declared) {
            String cut = cutSiteName(d, sites);
            if (!sites.contains(siteKey(cut))) {
                headlines.add(cut);
            }
        }
        List<Heading> headings = headings(tags.h1s(), sites);
        for (Heading h : headings) {
            String part = labelled(h, declared, headlines);
            if (part != null) {
                return part; // the heading adds a kicker or a label to the declared headline
            }
            if (repeated(h, declared, sites)) {
                return h.text();
            }
        }
        if (headlines.isEmpty()) {
            return headings.isEmpty() ? (declared.isEmpty() ? null : declared.get(0)) : headings.get(0).text();
        }
        Set<String> declaredWords = new HashSet<>();
        for (String d : headlines) {
            declaredWords.addAll(List.of(key(d).split(" ")));
        }
        for (Heading h : headings) {
            String[] words = h.key().split(" ");
            int shared = 0;
            int sharedLong = 0;
            for (String w : words) {
                if (declaredWords.contains(w)) {
                    shared++;
                    sharedLong += w.length() >= MIN_TOPIC_CHARS ? 1 : 0;
                }
            }
            if (shared * 2 >= words.length || sharedLong > 0 && words.length >= 3) {
                return h.text(); // the page's own wording of the declared headline
            }
        }
        return headlines.get(0);
    }

    /**
     * An {@code <h1>}'s text and its {@link #key}, also with a space between its elements, as
     * "Section<span>Headline</span>" reads as two phrases.
     */
    private record Heading(Element element, String text, String key, String spacedKey) {
    }

    /**
     * The declared headline inside a heading that adds a label to it: an element or text of the
     * heading that is a declared title, or its headline without the site name
     * ("<span>Opinion</span> Headline").
     */
    private static @Nullable String labelled(Heading h, List<String> declared, List<String> headlines) {
        List<String> candidates = new ArrayList<>(headlines);
        candidates.addAll(declared);
        for (String d : candidates) {
            String dk = key(d);
            if (!complete(d) || dk.length() * 3 < h.key().length() || dk.equals(h.key())) {
                continue;
            }
            for (Node n : h.element().childNodes()) {
                if (inner(n, dk)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Whether a node, or a node inside it, has the text key {@code key}. */
    private static boolean inner(Node n, String key) {
        if (n instanceof TextNode t) {
            return key(t.text()).equals(key);
        }
        if (n instanceof Element e) {
            if (key(e.text()).equals(key)) {
                return true;
            }
            for (Node c : e.childNodes()) {
                if (inner(c, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a declared title repeats the heading, other than as its site or section name. */
    private static boolean repeated(Heading h, List<String> declared, Set<String> sites) {
        for (String d : declared) {
            String dk = " " + key(d) + " ";
            if (!dk.contains(" " + h.key() + " ") && !dk.contains(" " + h.spacedKey() + " ")) {
                continue;
            }
            String[] parts = SEPARATOR.split(d);
            String main = cutSiteName(d, sites);
            for (int i = 1; i < parts.length; i++) {
                String pk = key(parts[i]);
                if ((pk.equals(h.key()) || pk.equals(h.spacedKey())) && !parts[i].trim().equals(main)) {
                    return false; // "Headline | Section | Site": the heading is the section
                }
            }
            return true;
        }
        return false;
    }

    /** A title that does not end as if cut short ("...", "…", ":"). */
    private static boolean complete(String title) {
        return !title.endsWith("...") && !title.endsWith("…") && !title.endsWith(":");
    }

    /** The first {@code <h1>}s that are neither logos nor the site's name, in page order. */
    private static List<Heading> headings(List<Element> h1s, Set<String> sites) {
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < h1s.size() && out.size() < MAX_HEADINGS; i++) {
            Element h1 = h1s.get(i);
            if (isLogo(h1)) {
                continue;
            }
            String text = normalize(h1.text());
            if (!text.isEmpty() && text.length() <= MAX_TITLE_CHARS && !sites.contains(siteKey(text))) {
                out.add(new Heading(h1, text, key(text), key(spacedText(h1))));
            }
        }
        return out;
    }

    private static String spacedText(Element e) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                b.append(t.text()).append(' ');
            }
        }, e);
        return b.toString();
    }

    /** An {@code <h1>} holding an image, or whose text is a link to the home page. */
    private static boolean isLogo(Element h1) {
        if (h1.selectFirst(PICTURE) != null) {
            return true;
        }
        Element a = h1.selectFirst(LINK);
        if (a == null || a.text().length() < h1.text().length()) {
            return false;
        }
        try {
            String path = URI.create(a.attr("href").trim()).getPath();
            return path == null || path.isEmpty() || path.equals("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@link #siteKey Keys} of the names the site gives itself: {@code og:site_name}, its host. */
    private static Set<String> siteNames(PageTags tags) {
        Set<String> sites = new HashSet<>();
        for (Element e : tags.metas(OG_SITE_NAME)) {
            sites.add(siteKey(e.attr("content")));
        }
        String host = host(tags.doc().location());
        if (host != null) {
            sites.add(siteKey(host));
            sites.add(siteKey(host.replaceFirst("\\.[^.]+$", "")));
        }
        sites.remove("");
        return sites;
    }

    private static @Nullable String host(String url) {
        try {
            String host = url.isBlank() ? null : URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Drops a site name before or after a spaced separator, keeping the longest part. */
    static String cutSiteName(String title) {
        return cutSiteName(title, Set.of());
    }

    /**
     * Drops the site's name before or after a spaced separator: the parts that are one of the
     * {@code sites}, else all but the longest part.
     */
    static String cutSiteName(String title, Set<String> sites) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        List<String> rest = new ArrayList<>();
        for (String p : parts) {
            if (!sites.contains(siteKey(p))) {
                rest.add(p.trim());
            }
        }
        if (rest.size() == 1) {
            return rest.get(0);
        }
        String best = rest.isEmpty() ? parts[0] : rest.get(0);
        for (String p : rest) {
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

    private static @Nullable String content(@Nullable Element meta) {
        return meta == null ? null : meta.attr("content");
    }

    /** A script's text without the {@link #WRAPPER}s, which all hold {@code <!}, {@code -->} or {@code ]]>}. */
    private static String unwrap(String data) {
        return data.contains("<!") || data.contains("-->") || data.contains("]]>") ? WRAPPER.matcher(data).replaceAll("") : data;
    }

    private static @Nullable String jsonLdHeadline(List<Element> jsonLd) {
        for (Element script : jsonLd) {
            try {
                String h = headline(JSON.readTree(unwrap(script.data())));
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

    /** A site name's key: its letters and digits only, so that "Four Years Remaining" is "fouryearsremaining". */
    static String siteKey(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    /** A letter or a digit of any script ({@code \p{L}}, {@code \p{N}}). */
    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Soft hyphens and zero-width characters, which the DOM's text drops. */
    private static boolean isInvisible(int c) {
        return c == 0xad || c >= 0x200b && c <= 0x200d || c == 0x2060 || c == 0xfeff;
    }

    /**
     * Lower-case words and numbers joined by single spaces, for comparing titles: the runs of
     * letters and digits ({@link #isWordChar}), with the invisible characters ({@link #isInvisible})
     * dropped first, so that they join what they stand between.
     */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isWordChar(c)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /**
     * {@code s} without its invisible characters ({@link #isInvisible}), each run of whitespace ({@code \s}, or
     * no-break spaces) as one space, trimmed.
     */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c == ' ' || c == '\u00a0' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString().trim();
    }
}

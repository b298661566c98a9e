package org.dateline.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.Extraction;
import org.dateline.extract.text.Byline;
import org.dateline.extract.text.TextExtraction;
import org.dateline.internal.Nodes;
import org.dateline.meta.date.DateFinder;
import org.dateline.meta.date.DateText;
import org.dateline.meta.date.DateValue;
import org.dateline.meta.date.PageIndex;
import org.dateline.meta.date.Precision;
import org.dateline.meta.date.UrlDates;
import org.dateline.meta.date.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's metadata from its parsed page, in two steps around main-text extraction:
 * {@link #find} reads the page's declarations before extraction (which cleans the document), and
 * {@link #complete} adds what needs the extracted text: the title the extractor chose, and the
 * language detected in the body when the page declares none.
 *
 * <pre>{@code
 * Metadata meta = finder.find(doc, url);
 * Extraction extraction = extractor.extract(doc);
 * meta = finder.complete(meta, extraction);
 * }</pre>
 *
 * <p>Stateless and thread-safe; it does not modify the document.
 */
public final class MetadataFinder {
    private static final Pattern LANGUAGE = Pattern.compile("^\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\\s*$");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("\\s*[,;]\\s*");
    /** Classes of the standfirst under a headline. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "(?i).*(?:standfirst|subtitle|sub-title|subheadline|sub-headline|subhead|dek|deck|kicker-text|lede|lead|intro|"
                    + "summary|teaser-text|excerpt|abstract|article-description|chapo|chapeau|vorspann|bajada|entradilla|"
                    + "occhiello|sommario).*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WWW = Pattern.compile("^www\\d*\\.");
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_CHARS = 80;
    private static final int MAX_SUBTITLE_CHARS = 1000;
    /** A standfirst sits within this many elements after the headline. */
    private static final int STANDFIRST_WINDOW = 40;

    private static final int EARLIEST_YEAR = 1995;

    private final DateFinder dates = new DateFinder();

    /** Creates a finder. */
    public MetadataFinder() {
    }

    /**
     * Reads the page's declared metadata: everything but the title and a detected language, which
     * {@link #complete} adds. Call before extraction, which cleans the document.
     *
     * @param url the page URL, or {@code null}; relative URLs are resolved against the document's
     *            base URI
     */
    public Metadata find(Document doc, @Nullable String url) {
        return find(doc, url, null);
    }

    /**
     * Reads the page's declared metadata and its publication date; see {@link #find(Document, String)}.
     *
     * @param crawled when the page was captured, or {@code null}: no date after it is accepted, and
     *                relative dates ("3 hours ago") count back from it
     */
    public Metadata find(Document doc, @Nullable String url, @Nullable Instant crawled) {
        PageIndex index = PageIndex.of(doc);
        JsonLd ld = JsonLd.of(index.jsonLdValues());
        MetaTags tags = MetaTags.of(index.metas());
        String host = host(url != null ? url : doc.location());
        String site = site(tags, ld, host);
        PublicationDate date = dates.find(index, url, crawled);
        Element h1 = index.firstH1();
        return new Metadata(null, subtitle(h1, tags, ld), Authors.find(doc, h1, tags, ld, site, host), site,
                declaredLanguage(index.html(), tags), canonicalUrl(doc, index, tags), tags(index, tags, ld), image(doc, tags, ld),
                date.published(), date.modified(), date.source(), date.precision());
    }

    /**
     * Adds what needs the extracted text: the extractor's title, and the language of the body when
     * the page declares none.
     */
    public Metadata complete(Metadata meta, Extraction extraction) {
        Metadata m = meta.title() == null ? meta.withTitle(extraction.title()) : meta;
        if (m.language() == null) {
            m = m.withLanguage(detectLanguage(extraction.body()));
        }
        return m;
    }

    /** The language of a text as a lower-case ISO 639-1 code, or {@code null} when unsure. */
    public static @Nullable String detectLanguage(String text) {
        return LanguageDetector.detect(text);
    }

    /** The language the page declares; {@code html} is its {@code <html>} element. */
    static @Nullable String declaredLanguage(@Nullable Element html, MetaTags tags) {
        String lang = html == null ? null : code(html.attr("lang"));
        if (lang == null && html != null) {
            lang = code(html.attr("xml:lang"));
        }
        if (lang == null) {
            String meta = tags.first("content-language");
            lang = meta == null ? null : code(meta.split(",")[0]);
        }
        if (lang == null) {
            lang = code(tags.first("og:locale"));
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

    /** The site's declared name, else {@code host}. */
    static @Nullable String site(MetaTags tags, JsonLd ld, @Nullable String host) {
        String name = tags.first("og:site_name");
        if (name == null) {
            for (JsonNode article : ld.articles()) {
                JsonNode publisher = article.get("publisher");
                name = publisher == null ? null : ld.text(article, "publisher");
                if (name != null) {
                    break;
                }
            }
        }
        if (name == null) {
            name = tags.first("application-name", "apple-mobile-web-app-title");
        }
        if (name != null) {
            return clip(name, 200);
        }
        return host;
    }

    private static @Nullable DateValue plausible(java.util.Optional<DateValue> date, LocalDate latest) {
        return date.filter(d -> !d.date().isAfter(latest) && d.date().getYear() >= EARLIEST_YEAR).orElse(null);
    }

    /** The host of a URL without {@code www.}, or {@code null}. */
    private static @Nullable String host(@Nullable String url) {
        try {
            String host = url == null || url.isBlank() ? null : URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The metadata of a text dump, from what the text extractor found in its header: the headline,
     * the standfirst, the bylines' names, the date of the dateline (else a day in the URL, else the
     * date of the short line nearest the headline, else the capture date, with {@code date_source}
     * {@code capture}), the language of the body and the URL's host as site.
     *
     * @param crawled when the page was captured, or {@code null}
     */
    public Metadata ofText(TextExtraction text, @Nullable String url, @Nullable Instant crawled) {
        String site = host(url);
        List<String> authors = new ArrayList<>();
        for (Byline b : text.bylines()) {
            for (String name : Authors.clean(b.name(), site)) {
                if (!authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        String language = detectLanguage(leading(text.paragraphs(), LanguageDetector.MAX_CHARS + 1));
        Metadata meta = new Metadata(unmarked(text.title()), unmarked(text.standfirst()), authors, site, language, null,
                List.of(), null, null, null, null, null);
        DateText parser = DateText.forLanguage(language);
        LocalDate latest = (crawled != null ? crawled.atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.now(ZoneOffset.UTC))
                .plusDays(1);
        DateValue date = text.dateline() == null ? null
                : plausible(parser.first(TextDates.unglue(TextDates.published(text.dateline())), crawled), latest);
        if (date != null) {
            return meta.withDates(date.iso(), null, "dateline", date.precision().label());
        }
        DateValue fromUrl = url == null ? null : UrlDates.find(url);
        if (fromUrl != null && fromUrl.precision() == Precision.DAY && plausible(java.util.Optional.of(fromUrl), latest) != null) {
            return meta.withDates(fromUrl.iso(), null, "url", fromUrl.precision().label());
        }
        // no dateline: the dated short line nearest to the headline, as the text vote of the HTML
        // date finder takes the dated line nearest to the article
        DateValue near = TextDates.nearest(text.blocks(), t -> DateText.mayHold(t, crawled),
                t -> plausible(parser.first(t, crawled), latest));
        if (near != null) {
            return meta.withDates(near.iso(), null, "text-vote", near.precision().label());
        }
        if (crawled != null) {
            return meta.withDates(crawled.atOffset(ZoneOffset.UTC).toLocalDate().toString(), null, "capture", "day");
        }
        return meta;
    }

    /**
     * The body of {@code paragraphs} (separated by blank lines) as far as its first {@code chars}
     * characters, or all of it when shorter: what the language detector reads of it, without
     * joining the rest.
     */
    static String leading(List<String> paragraphs, int chars) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            if (b.length() >= chars) {
                break;
            }
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(p);
        }
        return b.toString();
    }

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,40}>");

    /**
     * A line of a dump with the markup a page printed as text (a headline escaped twice: "&amp;#8216;",
     * "&lt;i&gt;") read as the page meant it: tags dropped, entities decoded.
     */
    static @Nullable String unmarked(@Nullable String line) {
        if (line == null || line.indexOf('&') < 0 && line.indexOf('<') < 0) {
            return line;
        }
        String t = TAG.matcher(line).replaceAll("");
        return t.indexOf('&') < 0 ? t : org.jsoup.parser.Parser.unescapeEntities(t, false);
    }

    /** The page's description, else a standfirst after its first {@code <h1>}, {@code h1}. */
    static @Nullable String subtitle(@Nullable Element h1, MetaTags tags, JsonLd ld) {
        String s = tags.first("og:description", "description", "twitter:description", "dc.description", "dc:description");
        if (s == null) {
            for (JsonNode article : ld.articles()) {
                s = ld.text(article, "description");
                if (s != null) {
                    break;
                }
            }
        }
        if (s == null) {
            s = standfirst(h1);
        }
        return s == null ? null : clip(s, MAX_SUBTITLE_CHARS);
    }

    /** A short paragraph marked as a standfirst shortly after the first {@code <h1>}, {@code h1}. */
    private static @Nullable String standfirst(@Nullable Element h1) {
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        for (Element e = next(h1); e != null && seen < STANDFIRST_WINDOW; e = next(e), seen++) {
            String marks = e.className() + " " + e.id();
            if (!marks.isBlank() && STANDFIRST.matcher(marks).matches()) {
                String text = e.text().trim();
                if (text.length() >= 20 && text.length() <= MAX_SUBTITLE_CHARS) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The next element in document order after {@code e} and its descendants' first level. */
    private static @Nullable Element next(Element e) {
        if (!Nodes.atMostChildren(e, 0) && !e.normalName().equals("h1")) {
            return e.child(0);
        }
        for (Element a = e; a != null; a = a.parent()) {
            Element sibling = a.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    static @Nullable String canonicalUrl(Document doc, PageIndex index, MetaTags tags) {
        String url = null;
        for (Element e : index.rels()) {
            if (e.normalName().equals("link") && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                url = e.attr("href").trim();
                break;
            }
        }
        url = url != null ? url : tags.first("og:url");
        return url == null ? null : absolute(doc, url);
    }

    private static @Nullable String absolute(Document doc, String url) {
        try {
            String abs = doc.location().isEmpty() ? url
                    : URI.create(doc.location().trim().replace(" ", "%20")).resolve(url.trim().replace(" ", "%20")).toString();
            return abs.startsWith("http") ? abs : null;
        } catch (IllegalArgumentException ex) {
            return url.startsWith("http") ? url : null;
        }
    }

    static List<String> tags(PageIndex index, MetaTags meta, JsonLd ld) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String t : meta.all("article:tag")) {
            addTag(tags, t);
        }
        for (JsonNode article : ld.articles()) {
            JsonNode k = article.get("keywords");
            if (k != null && k.isArray()) {
                k.forEach(t -> addTags(tags, t.asText("")));
            } else if (k != null && k.isTextual()) {
                addTags(tags, k.asText());
            }
        }
        for (Element e : index.rels()) {
            if (e.normalName().equals("a") && (" " + e.attr("rel").toLowerCase(Locale.ROOT) + " ").contains(" tag ")) {
                addTag(tags, e.text());
            }
        }
        for (String t : meta.all("keywords")) {
            addTags(tags, t);
        }
        for (String t : meta.all("news_keywords")) {
            addTags(tags, t);
        }
        return new ArrayList<>(tags.values());
    }

    private static void addTags(Map<String, String> tags, String list) {
        for (String t : KEYWORD_SPLIT.split(list)) {
            addTag(tags, t);
        }
    }

    private static void addTag(Map<String, String> tags, String tag) {
        String t = SPACES.matcher(tag.replace('\u00a0', ' ')).replaceAll(" ").trim();
        if (!t.isEmpty() && t.length() <= MAX_TAG_CHARS && tags.size() < MAX_TAGS) {
            tags.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
        }
    }

    static @Nullable String image(Document doc, MetaTags tags, JsonLd ld) {
        String image = tags.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
        if (image == null) {
            for (JsonNode article : ld.articles()) {
                image = imageUrl(ld, article.get("image"));
                if (image != null) {
                    break;
                }
            }
        }
        return image == null ? null : absolute(doc, image);
    }

    private static @Nullable String imageUrl(JsonLd ld, @Nullable JsonNode image) {
        if (image == null) {
            return null;
        }
        if (image.isArray()) {
            return image.isEmpty() ? null : imageUrl(ld, image.get(0));
        }
        if (image.isTextual()) {
            return image.asText().isBlank() ? null : image.asText().trim();
        }
        JsonNode n = ld.resolve(image);
        JsonNode url = n.has("url") ? n.get("url") : n.get("contentUrl");
        return url != null && url.isTextual() && !url.asText().isBlank() ? url.asText().trim() : null;
    }

    private static String clip(String s, int max) {
        String t = (needsCollapse(s) ? SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ") : s).trim();
        return t.length() <= max ? t : t.substring(0, max);
    }

    /** Whether {@code s} has white space other than single spaces (or a no-break space) for {@link #SPACES} to collapse. */
    private static boolean needsCollapse(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < n && s.charAt(i + 1) == ' ' : c >= '\t' && c <= '\r' || c == '\u00a0') {
                return true;
            }
        }
        return false;
    }
}

package org.dateline.meta.date;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.internal.Nodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds when an article was published (and last modified) from its parsed page.
 *
 * <p>The evidence, strongest first: JSON-LD ({@code datePublished}, {@code dateCreated},
 * {@code uploadDate} of the article object, also inside {@code @graph}, arrays and nested
 * objects), meta tags ({@code article:published_time}, Dublin Core, Parse.ly, Sailthru...),
 * {@code itemprop="datePublished"}, the article's {@code <time>} element, a full date in the URL
 * path, the byline or dateline next to the headline, a month in the URL path, and last the first
 * plausible date in the article's text. Modified dates ({@code dateModified},
 * {@code article:modified_time}, "Updated ..." lines) go to {@link PublicationDate#modified} and
 * are never taken as the publication date. A page without any of these is read once more with
 * sidebar and widget blocks included, as page builders wrap the whole article in them.
 *
 * <p>A date before 1995-01-01, or later than the day after the crawl (or, without a crawl time,
 * the day after today), is impossible and ignored.
 *
 * <p>Stateless and thread-safe; it does not modify the document. Call it on the pristine parsed
 * page, before extraction cleans it.
 */
public final class DateFinder {
    /** The web had hardly any dated news before this; earlier dates are copyright years or typos. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** Meta keys (name, property, itemprop or http-equiv, lower case) of the publication date, best first. */
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator NAV_ASIDE_FOOTER = QueryParser.parse("nav, aside, footer");
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "article:published",
            "datepublished", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.date", "dcterms.date", "dc:date", "citation_publication_date", "citation_date",
            "citation_online_date", "prism.publicationdate", "article.published", "article_date_original",
            "originalpublicationdate", "og:pubdate", "rnews:datepublished", "bt:pubdate", "datecreated",
            "date.created", "created", "published-date", "date_published", "release_date", "date");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "article:updated_time", "og:modified_time", "datemodified",
            "dc.date.modified", "dcterms.modified", "lastmod", "last-modified", "modified", "updated",
            "sailthru.lastmodified", "revised");
    /**
     * Generic keys that many CMSs fill with the record's creation or last edit rather than the
     * publication: weaker than a visible byline.
     */
    private static final java.util.Set<String> WEAK_META = java.util.Set.of("date", "dc.date", "dcterms.date", "dc:date",
            "created", "date.created", "datecreated", "dc.date.created", "release_date");
    /** Added to the rank of a weak meta key. */
    private static final int WEAK = 100;
    private static final Map<String, Integer> PUBLISHED_RANK = ranks(PUBLISHED_META);
    private static final Map<String, Integer> MODIFIED_RANK = ranks(MODIFIED_META);

    /** Words that make the date after them a modification date ("Edited by" names an editor, not an edit). */
    private static final Pattern MODIFIED_CUE = Pattern.compile(
            "(?<!\\p{L})(updated?|last modified|modified|edited(?!\\s+by(?!\\p{L}))|revised|aktualisiert|aktualisierung|geändert|änderung|zuletzt|stand|mis à jour"
                    + "|actualisé|actualizado|actualizada|actualización|aggiornat[oa]|atualizad[oa]|bijgewerkt|gewijzigd"
                    + "|zaktualizowano|aktualizacja|обновлено|изменено)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make the date right after them the publication date, in the nine languages of {@link DateText}. */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?<!\\p{L})(published|posted|publication date|first published|erstellt|veröffentlicht|publiziert|erschienen"
                    + "|publié|publiée|mise? en ligne|publicado|publicada|fecha de publicación|pubblicato|pubblicata"
                    + "|pubblicazione|publicad[oa]|gepubliceerd|geplaatst|opublikowano|opublikowany|data publikacji"
                    + "|опубликовано|опубликован|дата публикации)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a date its cue may end ("Published on Friday, "). */
    private static final int CUE_REACH = 30;
    /** A byline date counts within this many text units after the headline (a third as many before). */
    private static final int BYLINE_REACH = 40;
    /** A date alone in its text this close after the headline (in text units) is the byline's. */
    private static final int UNDER_HEADLINE = 8;
    /** The longest text that may hold a date alone: the date, its time and zone. */
    private static final int LONE_DATE = 40;
    /** Byline dates next to the headline on this many different days are a list's, not the article's. */
    private static final int LIST_DAYS = 3;
    private static final Pattern COPYRIGHT = Pattern.compile("©|&copy;|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);

    /** Texts longer than this are prose, whose dates are events rather than the article's date. */
    private static final int MAX_TEXT = 200;
    /** How far into a longer text a dateline may reach. */
    private static final int DATELINE = 40;

    private final Clock clock;

    /** A finder that bounds dates by today's date (UTC) when the crawl time is unknown. */
    public DateFinder() {
        this(Clock.systemUTC());
    }

    /** A finder whose "today", used when the crawl time is unknown, comes from {@code clock}. */
    public DateFinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Finds the publication and modification dates of the page.
     *
     * @param doc     the parsed page, not yet cleaned; not modified
     * @param url     the page's URL, or {@code null} (then its canonical URL, if declared, is read)
     * @param crawled when the page was fetched (WARC-Date), or {@code null} if unknown; bounds the
     *                dates and anchors relative dates ("3 hours ago")
     */
    public PublicationDate find(Document doc, @Nullable String url, @Nullable Instant crawled) {
        return find(PageIndex.of(doc), url, crawled);
    }

    /** As {@link #find(Document, String, Instant)}, for a page already indexed. */
    public PublicationDate find(PageIndex index, @Nullable String url, @Nullable Instant crawled) {
        Document doc = index.doc;
        LocalDate latest = (crawled != null ? LocalDate.ofInstant(crawled, ZoneOffset.UTC) : LocalDate.now(clock)).plusDays(1);
        Predicate<DateValue> plausible = v -> !v.date().isBefore(EARLIEST) && !v.date().isAfter(latest)
                && (v.precision() != Precision.YEAR || v.date().getYear() >= EARLIEST.getYear());
        Evidence e = new Evidence();

        Element heading = mainHeading(index.headings, titles(index));
        Set<String> addresses = new HashSet<>();
        for (String address : new String[] {url, index.canonical, index.ogUrl}) {
            if (address != null && address.contains("://")) {
                addresses.add(address);
            }
        }
        PageRegions regions = new PageRegions(doc, heading, addresses);
        JsonLdDates.find(index.jsonLdScripts(), plausible, (modified, value, rank, position) ->
                e.offer(modified, new Candidate(value, "json-ld", rank, position)));
        metaTags(index.metas, plausible, e);
        itemprops(index.itemprops, regions, plausible, e);
        timeElements(index.times, regions, plausible, e);
        // the page's own address first, then the one it declares (a syndicated copy names the original)
        DateValue fromUrl = null;
        for (String address : new String[] {url != null && url.contains("://") ? url : null, index.canonical, index.ogUrl}) {
            if (address != null && fromUrl == null) {
                fromUrl = UrlDates.find(address);
            }
        }
        if (fromUrl != null && !plausible.test(fromUrl)) {
            fromUrl = null;
        }
        Candidate structured = e.published("json-ld");
        if (structured == null) {
            structured = e.published("opengraph", "meta");
        }
        if (structured == null) {
            structured = e.published("itemprop");
        }
        if (structured != null) {
            structured = e.inLocalTime(structured);
        }
        Candidate urlDay = fromUrl != null && fromUrl.precision() == Precision.DAY ? new Candidate(fromUrl, "url", 0, 0) : null;
        // with a structured, <time> or URL date, the text only checks it against the byline near
        // the headline: no need to read the page past it. So close to the headline, a "sidebar" or
        // "widget" block is the layout's column or the page builder's box around the article's
        // header ("lay-sidebar"), not a list of other stories
        boolean settled = heading != null && (structured != null || urlDay != null || e.published("time-element") != null);
        TextPass text = new TextPass(DateText.forLanguage(index.language), crawled, plausible, heading,
                settled ? regions.relaxed() : regions, settled ? BYLINE_REACH : Integer.MAX_VALUE);
        Element body = doc.body();
        if (body != null) {
            NodeTraversor.filter(text, body);
        }

        Candidate byline = text.byline();
        if (text.bylineDays() >= LIST_DAYS) {
            // a results table or a list of other stories next to the headline, not its byline
            byline = null;
        }
        // the declared date, else the article's <time>, checked against the URL and the byline
        Candidate published = structured != null ? structured : e.published("time-element");
        if (published != null && !text.shows(published.value().date())) {
            published = reconcile(published, urlDay, byline);
        }
        if (published == null) {
            published = urlDay;
        }
        if (published == null) {
            published = byline;
        }
        if (published == null) {
            published = text.cued();
        }
        if (published == null) {
            published = e.weak();
        }
        TextPass again = null;
        if (published == null && fromUrl != null) {
            Candidate inMonth = text.inMonth(fromUrl.date());
            if (inMonth == null && body != null) {
                // the day may be in a block about the post that the theme calls a sidebar; unless
                // the sidebar lists other posts of that month, on other days
                again = relaxedPass(text, crawled, plausible, heading, regions, body);
                inMonth = again.inMonth(fromUrl.date());
                if (inMonth != null && again.daysIn(fromUrl.date()) > 1) {
                    inMonth = null;
                }
            }
            published = inMonth != null ? inMonth : new Candidate(fromUrl, "url", 0, 0);
        }
        if (published == null) {
            published = text.vote();
        }
        if (published == null && body != null) {
            // page builders wrap the whole article, byline included, in "widget" and "sidebar" blocks
            again = again != null ? again : relaxedPass(text, crawled, plausible, heading, regions, body);
            published = again.byline();
            if (published == null) {
                published = again.vote();
            }
        }
        Candidate modified = e.modified();
        if (modified == null) {
            modified = text.modifiedByline();
        }
        return new PublicationDate(
                published == null ? null : published.value().iso(),
                modified == null ? null : modified.value().iso(),
                published == null ? null : published.source(),
                published == null ? null : published.value().precision().label());
    }

    /** Reads the page again with sidebar and widget blocks included. */
    private static TextPass relaxedPass(TextPass strict, @Nullable Instant crawled, Predicate<DateValue> plausible,
            @Nullable Element heading, PageRegions regions, Element body) {
        TextPass again = new TextPass(strict.parser, crawled, plausible, heading, regions.relaxed(), Integer.MAX_VALUE);
        NodeTraversor.filter(again, body);
        return again;
    }

    /**
     * Checks a structured or {@code <time>} date, not shown in any byline, against the page's
     * visible evidence.
     * Structured dates are often in UTC while the URL and the byline give the publisher's local
     * day: one day apart, the local day wins (the byline's whatever the offset, as the day the
     * page shows); further apart, the byline wins.
     */
    private static Candidate reconcile(Candidate structured, @Nullable Candidate urlDay, @Nullable Candidate byline) {
        LocalDate day = structured.value().date();
        for (Candidate local : new Candidate[] {urlDay, byline}) {
            if (local == null || local.value().precision() != Precision.DAY) {
                continue;
            }
            long diff = Math.abs(local.value().date().toEpochDay() - day.toEpochDay());
            if (diff > 1 && local == byline && swapped(local.value().date()).equals(day)) {
                // 11.03.17 read day first where the page wrote month first: the same day as the structured date
                return structured;
            }
            ZoneOffset offset = structured.value().offset();
            if (diff == 1 && (offset == null || offset.equals(ZoneOffset.UTC) || local == byline)) {
                return new Candidate(DateValue.ofDay(local.value().date()), structured.source(), structured.rank(), structured.position());
            }
            if (diff > 1 && local == byline) {
                return local;
            }
        }
        return structured;
    }

    /** {@code date} with day and month exchanged, or {@code date} itself when that is no date. */
    private static LocalDate swapped(LocalDate date) {
        int day = date.getDayOfMonth();
        return day <= 12 && date.getMonthValue() <= LocalDate.of(date.getYear(), day, 1).lengthOfMonth()
                ? LocalDate.of(date.getYear(), day, date.getMonthValue()) : date;
    }

    /** The best candidate of each kind from the structured sources. */
    private static final class Evidence {
        private final List<Candidate> published = new ArrayList<>();
        private final List<Candidate> modified = new ArrayList<>();

        void offer(boolean isModified, Candidate c) {
            (isModified ? modified : published).add(c);
        }

        @Nullable Candidate published(String... sources) {
            Candidate best = null;
            for (Candidate c : published) {
                for (String s : sources) {
                    if (c.source().equals(s) && c.rank() < WEAK && (best == null || c.betterThan(best))) {
                        best = c;
                    }
                }
            }
            return best;
        }

        /**
         * {@code c}, written in the publisher's local time when {@code c} is in UTC and another
         * publication date gives the same instant with the local offset
         * ({@code 2017-02-24T01:18:13Z} and {@code 2017-02-23T17:18:13-08:00}): the same time, on
         * the day the publisher dated it.
         */
        Candidate inLocalTime(Candidate c) {
            DateValue v = c.value();
            if (v.time() == null || !ZoneOffset.UTC.equals(v.offset())) {
                return c;
            }
            Instant instant = v.date().atTime(v.time()).toInstant(ZoneOffset.UTC);
            for (Candidate other : published) {
                DateValue o = other.value();
                if (o.time() != null && o.offset() != null && !o.offset().equals(ZoneOffset.UTC)
                        && o.date().atTime(o.time()).toInstant(o.offset()).equals(instant)) {
                    return new Candidate(o, c.source(), c.rank(), c.position());
                }
            }
            return c;
        }

        /** The best weak meta date. */
        @Nullable Candidate weak() {
            Candidate best = null;
            for (Candidate c : published) {
                if (c.rank() >= WEAK && (best == null || c.betterThan(best))) {
                    best = c;
                }
            }
            return best;
        }

        @Nullable Candidate modified() {
            Candidate best = null;
            for (Candidate c : modified) {
                if (best == null || sourceOrder(c) < sourceOrder(best) || sourceOrder(c) == sourceOrder(best) && c.betterThan(best)) {
                    best = c;
                }
            }
            return best;
        }

        private static int sourceOrder(Candidate c) {
            return switch (c.source()) {
                case "json-ld" -> 0;
                case "opengraph", "meta" -> 1;
                case "itemprop" -> 2;
                default -> 3;
            };
        }
    }

    private static Map<String, Integer> ranks(List<String> keys) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ranks.put(keys.get(i), i);
        }
        return Map.copyOf(ranks);
    }

    private static void metaTags(List<Element> metas, Predicate<DateValue> plausible, Evidence e) {
        int position = 0;
        for (Element meta : metas) {
            String content = meta.attr("content");
            if (!DateText.hasDigit(content)) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                Integer pub = PUBLISHED_RANK.get(key);
                Integer mod = MODIFIED_RANK.get(key);
                if (pub == null && mod == null) {
                    continue;
                }
                DateValue v = DateText.machine(content);
                if (v != null && plausible.test(v)) {
                    String source = attr.equals("itemprop") ? "itemprop"
                            : key.startsWith("article:") || key.startsWith("og:") ? "opengraph" : "meta";
                    int rank = pub == null ? mod : WEAK_META.contains(key) ? WEAK + pub : pub;
                    e.offer(pub == null, new Candidate(v, source, rank, position++));
                }
                break;
            }
        }
    }

    private static void itemprops(List<Element> elements, PageRegions regions, Predicate<DateValue> plausible, Evidence e) {
        int position = 0;
        for (Element el : elements) {
            String prop = el.attr("itemprop").toLowerCase(Locale.ROOT);
            boolean modified = prop.contains("datemodified");
            if (!modified && !prop.contains("datepublished") && !prop.contains("datecreated")) {
                continue;
            }
            if (regions.offArticleDeep(el) || regions.elsewhereDeep(el)) {
                continue;
            }
            DateValue v = attributeDate(el);
            if (v != null && plausible.test(v)) {
                e.offer(modified, new Candidate(v, "itemprop", prop.contains("datecreated") ? 1 : 0, position++));
            }
        }
    }

    private static @Nullable DateValue attributeDate(Element el) {
        for (String attr : new String[] {"content", "datetime", "title"}) {
            String value = el.attr(attr);
            if (!value.isBlank()) {
                DateValue v = DateText.machine(value);
                if (v != null) {
                    return v;
                }
            }
        }
        String text = el.text();
        return text.length() > MAX_TEXT ? null : DateText.machine(text);
    }

    /**
     * The article's {@code <time>}, or an {@code <abbr>} whose {@code title} or {@code data-utime}
     * holds the date (microformats' {@code <abbr class="published" title="2022-03-25T10:00">}): one marked as the publication date ({@code pubdate},
     * {@code itemprop}, class {@code published}/{@code entry-date}) is best, then one inside
     * {@code <article>}, then the first; times in navigation, sidebars, related lists and comments
     * are skipped.
     */
    private static void timeElements(List<Element> times, PageRegions regions, Predicate<DateValue> plausible, Evidence e) {
        int position = 0;
        for (Element time : times) {
            boolean abbr = time.normalName().equals("abbr");
            String names = PageRegions.classAndId(time) + " " + time.attr("itemprop").toLowerCase(Locale.ROOT);
            boolean modified = names.contains("updated") || names.contains("modified");
            if (regions.offArticleDeep(time) || regions.elsewhereDeep(time)) {
                continue;
            }
            String datetime = time.attr(abbr ? "title" : "datetime");
            DateValue v = datetime.isBlank() ? null : DateText.machine(datetime);
            if (v == null && abbr && !time.attr("data-utime").isBlank()) {
                v = DateText.machine(time.attr("data-utime"));
            }
            if (abbr) {
                // an abbreviation's text is not a date worth reading when its title is not one
            } else if (v == null) {
                String text = time.text();
                v = text.length() > MAX_TEXT ? null : DateText.machine(text);
            }
            if (v == null || !plausible.test(v)) {
                continue;
            }
            boolean marked = time.hasAttr("pubdate") || names.contains("publish") || names.contains("entry-date")
                    || names.contains("post-date");
            if (!modified && !marked) {
                Matcher cue = MODIFIED_CUE.matcher(contextBefore(time));
                modified = cue.find();
            }
            int rank = marked ? 0 : time.closest(ARTICLE) != null ? 1 : 2;
            e.offer(modified, new Candidate(v, "time-element", rank, position++));
        }
    }

    /** What the text before a date says of it: the last cue in it, if it ends near the date. */
    enum Cue { NONE, PUBLISHED, MODIFIED }

    static Cue cue(String before) {
        Matcher modified = MODIFIED_CUE.matcher(before);
        int modifiedEnd = -1;
        while (modified.find()) {
            modifiedEnd = modified.end();
        }
        int tail = Math.max(0, before.length() - CUE_REACH);
        Matcher published = PUBLISHED_CUE.matcher(before);
        int publishedEnd = -1;
        while (published.find(publishedEnd < 0 ? tail : publishedEnd)) {
            publishedEnd = published.end();
        }
        if (publishedEnd > modifiedEnd) {
            return Cue.PUBLISHED;
        }
        return modifiedEnd >= 0 ? Cue.MODIFIED : Cue.NONE;
    }

    /** The text just before an element in its parent, where labels such as "Updated:" sit. */
    private static String contextBefore(Element el) {
        Element parent = el.parent();
        if (parent == null) {
            return "";
        }
        String own = parent.ownText();
        return own.length() > 60 ? own.substring(0, 60) : own;
    }

    private static final PageRegions NO_REGIONS = new PageRegions(new Document(""), null);

    /**
     * The article's headline: the first {@code <h1>} outside navigation and sidebars, else the
     * first heading marked as the entry's title ({@code entry-title}, {@code post-title},
     * {@code itemprop=headline}), wherever it is: blog engines put the whole post list in a
     * "widget", and the blog's name, not the post's, in the h1.
     */
    private static @Nullable Element mainHeading(List<Element> headings, List<String> titles) {
        Element titled = titledHeading(headings, titles);
        if (titled != null) {
            return titled;
        }
        Element marked = null;
        Element lone = null;
        int h1s = 0;
        for (Element h : headings) {
            if (h.text().isBlank()) {
                continue;
            }
            if (h.normalName().equals("h1")) {
                if (!NO_REGIONS.offArticleDeep(h)) {
                    return h;
                }
                h1s++;
                lone = h;
            }
            if (marked == null && isEntryTitle(h)) {
                marked = h;
            }
        }
        // a single h1 whose container's class merely sounds like navigation ("intro__breadcrumbnavigation")
        return marked != null ? marked : h1s == 1 && lone.closest(NAV_ASIDE_FOOTER) == null ? lone : null;
    }

    /** Headings shorter than this (normalised) are section labels, too short to match a title by. */
    private static final int MIN_TITLE = 10;
    /** A heading must cover at least this share of the title (or the title of it) to be its headline. */
    private static final double MIN_TITLE_COVER = 0.5;

    /**
     * The heading whose text is the page's title ({@code og:title}, {@code twitter:title},
     * {@code <title>}) or the largest part of it, an h1 before an h2 or h3 as good: the site's logo,
     * a hidden "Navigation" h1 or a blog's name in its h1 then do not pass for the article's headline.
     */
    private static @Nullable Element titledHeading(List<Element> headings, List<String> titles) {
        if (titles.isEmpty()) {
            return null;
        }
        Element best = null;
        double bestScore = 0;
        for (Element h : headings) {
            String text = normalize(h.text());
            if (text.length() < MIN_TITLE) {
                continue;
            }
            for (String title : titles) {
                // how much of the title the heading covers: all of the shorter one when one holds the
                // other, else their common start ("Headline Subscribers" and "Headline - Site")
                int shared = title.contains(text) || text.contains(title) ? Math.min(text.length(), title.length())
                        : commonStart(text, title);
                if (shared >= MIN_TITLE) {
                    // h2 and h3 rank just below an equal h1
                    double score = (double) shared / Math.max(text.length(), title.length())
                            - (h.normalName().equals("h1") ? 0 : 0.01);
                    if (score >= MIN_TITLE_COVER && score > bestScore) {
                        best = h;
                        bestScore = score;
                    }
                }
            }
        }
        return best;
    }

    /** The length of the common start of two normalised texts, cut back to whole words. */
    private static int commonStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && (a.length() == n || a.charAt(n) == ' ') && (b.length() == n || b.charAt(n) == ' ')) {
            return i;
        }
        int space = a.lastIndexOf(' ', i);
        return space < 0 ? 0 : space;
    }

    private static List<String> titles(PageIndex index) {
        List<String> titles = new ArrayList<>(3);
        for (Element meta : index.metas) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (key.equalsIgnoreCase("og:title") || key.equalsIgnoreCase("twitter:title")) {
                addTitle(titles, meta.attr("content"));
            }
        }
        addTitle(titles, index.doc.title());
        return titles;
    }

    private static void addTitle(List<String> titles, String title) {
        String t = normalize(title);
        if (t.length() >= MIN_TITLE && !titles.contains(t)) {
            titles.add(t);
        }
    }

    /** Lower case, letters and digits only, single spaces. */
    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.charAt(i);
            if (c < 0x80) {
                // ASCII, the common case, without the code point and Unicode tables
                i++;
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    b.append((char) c);
                    space = false;
                } else if (c >= 'A' && c <= 'Z') {
                    b.append((char) (c + ('a' - 'A')));
                    space = false;
                } else if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }

    private static final Pattern ENTRY_TITLE = Pattern.compile("entry-title|post-title|article-title|headline");

    private static boolean isEntryTitle(Element h) {
        return ENTRY_TITLE.matcher(PageRegions.classAndId(h)).find()
                || h.attr("itemprop").equalsIgnoreCase("headline");
    }

    /**
     * One pass over the text of the article's regions. Dates in elements whose class or id marks
     * a byline or date ({@code date}, {@code byline}, {@code posted}, {@code meta}...) are byline
     * candidates; other short texts feed the vote. Copyright lines are ignored.
     */
    private static final class TextPass implements NodeFilter {
        private final DateText parser;
        private final @Nullable Instant crawled;
        private final Predicate<DateValue> plausible;
        private final @Nullable Element heading;
        private final PageRegions regions;
        private int index;
        private int headingIndex = -1;
        /** How far past the headline to read (in text units). */
        private final int reach;
        private int articleDepth;
        private final List<Found> bylines = new ArrayList<>();
        /** Dates standing alone just under the headline, bylines without markup ({@link #loneUnderHeadline}). */
        private final List<Found> lone = new ArrayList<>();
        private final List<Found> texts = new ArrayList<>();
        private final List<Found> modified = new ArrayList<>();
        /** Dates right after a publication cue ("Veröffentlicht am"). */
        private final List<Found> cued = new ArrayList<>();
        /**
         * The last text, when it was short and without a date: a label whose {@link #cue} applies
         * to the next text's date. Read only when that date comes, as few labels are followed by one.
         */
        private @Nullable String pending;

        record Found(DateValue value, int index) {
        }

        TextPass(DateText parser, @Nullable Instant crawled, Predicate<DateValue> plausible, @Nullable Element heading,
                PageRegions regions, int reach) {
            this.reach = reach;
            this.regions = regions;
            this.parser = parser;
            this.crawled = crawled;
            this.plausible = plausible;
            this.heading = heading;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (headingIndex >= 0 && index - headingIndex > reach) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                // blank texts and long ones, which are only read at their start, are not normalised whole
                String raw = t.getWholeText();
                if (Nodes.visibleChars(raw, MAX_TEXT + 51) > MAX_TEXT + 50) {
                    pending = null; // prose goes on: "... originally posted <a>here</a> on 18 November 2011"
                    read(Nodes.normalisedStart(raw, DATELINE), false);
                } else if (!Nodes.isBlank(raw)) {
                    String s = Nodes.text(t);
                    s = s.length() <= MAX_TEXT + 50 ? s.strip() : s;
                    if (s.length() >= 4 && s.length() <= MAX_TEXT) {
                        read(s, false);
                    } else if (s.length() > MAX_TEXT) {
                        // a dateline opening a paragraph: "Karlsruhe, (12.11.2021). Traditionell ..."
                        String start = s.stripLeading();
                        pending = null;
                        read(start.substring(0, Math.min(DATELINE, start.length())), false);
                    }
                }
                index++;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            if (el == heading) {
                headingIndex = index;
            }
            String names = PageRegions.classAndId(el);
            if (regions.offArticle(el, names, articleDepth > 0) || regions.elsewhere(el)) {
                pending = null;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (el.normalName().equals("article")) {
                articleDepth++;
            }
            if (el != heading && PageRegions.dateish(names) && Nodes.atMostChildren(el, 12) && !Nodes.textLongerThan(el, MAX_TEXT)) {
                String s = spacedText(el);
                if (s.length() <= MAX_TEXT && read(s, true)) {
                    index++;
                    return el.normalName().equals("article") ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && el.normalName().equals("article")) {
                articleDepth--;
            }
            return FilterResult.CONTINUE;
        }

        /**
         * {@code el}'s text as {@link Element#text()} gives it, except that the digits of two
         * elements do not run together: {@code <span>2022-12-07T10:10+01:00</span><span>25. Dezember 2022</span>}
         * is not "+01:0025. Dezember 2022".
         */
        static String spacedText(Element el) {
            StringBuilder b = new StringBuilder();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        String s = Nodes.text(t);
                        int last = b.length() - 1;
                        if (last >= 0 && !s.isEmpty() && isDigit(b.charAt(last)) && isDigit(s.charAt(0))) {
                            b.append(' ');
                        }
                        if (!s.isEmpty() && s.charAt(0) == ' ' && (last < 0 || b.charAt(last) == ' ')) {
                            s = s.substring(1);
                        }
                        b.append(s);
                    } else {
                        separate(node);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    separate(node);
                }

                /** A block or a line break separates the texts around it, as in {@link Element#text()}. */
                private void separate(Node node) {
                    if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))
                            && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                }
            }, el);
            return b.toString().strip();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** Reads the dates of one text; true if it had any. */
        private boolean read(String s, boolean byline) {
            String before = pending;
            pending = null;
            List<DateText.Hit> hits = parser.scan(s, crawled);
            if (hits.isEmpty()) {
                // a label alone in its element ("Veröffentlicht am", "Updated:") cues the next text's date
                pending = s.length() <= CUE_REACH ? s : null;
                return false;
            }
            if (COPYRIGHT.matcher(s).find()) {
                return false;
            }
            boolean alone = !byline && loneUnderHeadline(s, hits.get(0));
            int from = 0;
            boolean any = false;
            for (DateText.Hit h : hits) {
                if (!plausible.test(h.value())) {
                    from = h.end();
                    continue;
                }
                any = true;
                Cue c = cue(s.substring(from, h.start()));
                if (c == Cue.NONE && from == 0 && h.start() <= CUE_REACH && before != null) {
                    c = cue(before);
                }
                Found f = new Found(h.value(), index);
                (c == Cue.MODIFIED ? modified : c == Cue.PUBLISHED ? cued : byline ? bylines : alone ? lone : texts).add(f);
                from = h.end();
            }
            return any;
        }

        /**
         * Whether a text without byline markup is one all the same: a date standing alone (a
         * weekday at most before it, a time after it) just under the headline
         * ({@code <h6><span>3/5/2022 22:41</span></h6>}).
         */
        private boolean loneUnderHeadline(String s, DateText.Hit first) {
            return headingIndex >= 0 && index > headingIndex && index - headingIndex <= UNDER_HEADLINE
                    && s.length() <= LONE_DATE && DateText.onlyWeekdays(s.substring(0, first.start()));
        }

        /**
         * The dates of the bylines marked as such next to the headline, or when there are none, of
         * the dates standing alone under it: a marked byline beats a lone date ({@code <time>}'s text).
         */
        private List<Found> bylines() {
            if (lone.isEmpty()) {
                return bylines;
            }
            for (Found f : bylines) {
                if (headingIndex < 0 || distance(f) <= BYLINE_REACH) {
                    return bylines;
                }
            }
            List<Found> all = new ArrayList<>(bylines);
            all.addAll(lone);
            return all;
        }

        /**
         * The byline date nearest the headline (the first one when there is no headline); a date
         * cued as the publication's counts as a byline date.
         */
        @Nullable Candidate byline() {
            List<Found> all = new ArrayList<>(bylines());
            all.addAll(cued);
            Found best = nearest(all, BYLINE_REACH);
            return best == null ? null : new Candidate(best.value(), "byline", 0, best.index());
        }

        /** The date cued as the publication's nearest the headline, however far from it. */
        @Nullable Candidate cued() {
            Found best = nearest(cued, Integer.MAX_VALUE);
            return best == null ? null : new Candidate(best.value(), "byline", 0, best.index());
        }

        /**
         * Whether the page shows {@code day}: a byline date next to the headline on that day, or a
         * date cued as the publication's anywhere ("initially published in April 2017") in it.
         */
        boolean shows(LocalDate day) {
            for (Found f : bylines()) {
                if (f.value().precision() == Precision.DAY && f.value().date().equals(day)
                        && (headingIndex < 0 || distance(f) <= BYLINE_REACH)) {
                    return true;
                }
            }
            for (Found f : cued) {
                LocalDate d = f.value().date();
                boolean within = switch (f.value().precision()) {
                    case DAY -> d.equals(day);
                    case MONTH -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth();
                    default -> false;
                };
                if (within) {
                    return true;
                }
            }
            return false;
        }

        /** How many different days the byline dates next to the headline give. */
        int bylineDays() {
            Set<LocalDate> days = new HashSet<>();
            for (Found f : bylines()) {
                if (f.value().precision() == Precision.DAY && (headingIndex < 0 || distance(f) <= BYLINE_REACH)) {
                    days.add(f.value().date());
                }
            }
            return days.size();
        }

        @Nullable Candidate modifiedByline() {
            Found best = nearest(modified, BYLINE_REACH);
            return best == null ? null : new Candidate(best.value(), "byline", 0, best.index());
        }

        /** The byline or text date nearest the headline within the month of {@code month}. */
        @Nullable Candidate inMonth(LocalDate month) {
            List<Found> within = within(month);
            Found best = nearest(within, Integer.MAX_VALUE);
            return best == null ? null : new Candidate(best.value(), texts.contains(best) ? "text-vote" : "byline", 0, best.index());
        }

        /** On how many different days of the month of {@code month} the byline and text dates are. */
        int daysIn(LocalDate month) {
            Set<LocalDate> days = new HashSet<>();
            for (Found f : within(month)) {
                days.add(f.value().date());
            }
            return days.size();
        }

        private List<Found> within(LocalDate month) {
            List<Found> within = new ArrayList<>();
            for (List<Found> list : List.of(bylines, lone, cued, texts)) {
                for (Found f : list) {
                    if (f.value().precision() == Precision.DAY && f.value().date().getYear() == month.getYear()
                            && f.value().date().getMonth() == month.getMonth()) {
                        within.add(f);
                    }
                }
            }
            return within;
        }

        /** The first day-precise date in the text from just above the headline on. */
        @Nullable Candidate vote() {
            List<Found> all = new ArrayList<>(bylines);
            all.addAll(lone);
            all.addAll(cued);
            all.addAll(texts);
            Found best = nearest(all, Integer.MAX_VALUE);
            return best == null ? null : new Candidate(best.value(), "text-vote", 0, best.index());
        }

        private @Nullable Found nearest(List<Found> found, int reach) {
            Found best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Found f : found) {
                int distance = distance(f);
                if (f.value().precision() != Precision.DAY) {
                    distance += 1000;
                }
                if (distance < bestDistance) {
                    best = f;
                    bestDistance = distance;
                }
            }
            return best == null || bestDistance > reach && reach != Integer.MAX_VALUE && headingIndex >= 0 ? null : best;
        }

        /** How far a date is from the headline, in text units (a date above it counts three times). */
        private int distance(Found f) {
            return headingIndex < 0 ? f.index() : f.index() >= headingIndex ? f.index() - headingIndex
                    : 3 * (headingIndex - f.index());
        }
    }
}

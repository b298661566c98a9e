package org.dateline.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.internal.Nodes;
import org.dateline.internal.WordTable;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds an article's authors and cleans raw bylines into names.
 *
 * <p>Evidence, strongest first; the first source that gives a name wins, so names from different
 * places are never mixed (a page-wide union is where widget and sidebar authors come from):
 * <ol>
 *   <li>JSON-LD {@code author} of the article object (strings, Person objects, arrays, {@code @id}
 *       references into {@code @graph}); Organization authors count only when no person is named;</li>
 *   <li>{@code <meta>} {@code author}, {@code article:author} (when a name, not a URL),
 *       {@code dc.creator}, {@code parsely-author}, {@code sailthru.author}, {@code byl};</li>
 *   <li>the byline in the page: {@code rel=author}, {@code itemprop=author}, then an element whose
 *       class or id names a byline or author, then links to an author's page ({@code /author/...}),
 *       then a line under the headline that begins with "By" ("Par", "Von"...), each outside
 *       comments, sidebars, related stories and teasers.</li>
 * </ol>
 *
 * <p>An organisation that is the site itself ("BBC News" on the BBC's pages) is no author.
 *
 * <p>Cleaning ({@link #clean}) is shared with the evaluation, which cleans raw truth bylines the
 * same way. Precision comes first: a piece that does not look like a name is dropped.
 */
public final class Authors {
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator AUTHOR_MARK = QueryParser.parse("[rel=author], [itemprop~=(?i)author]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;|/·•]|\\s&\\s|\\s(?:and|und|et|y|e|en|och|og|i|és|ve|и)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported|published|text|words|story|photos?|interview|edited|reporting|compiled|contributed)"
                    + "(?:\\s+by)?|(?:ein\\s+(?:artikel|beitrag)|erstellt|geschrieben|verfasst)\\s+von|(?:publié|écrit)\\s+par"
                    + "|(?:escrito|publicado)\\s+por|by|par|por|from|author|autor|autorin|auteur|autore|verfasser)\\s*[:\\-–]?\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Prefixes that also begin surnames (Di Maio, Von Trier): cut only when two words remain. */
    private static final Pattern WEAK_PREFIX = Pattern.compile("^(?:von|vom|di|da|de|door|av|af|van)\\s+(?=\\S+\\s+\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\{[^}]*}");
    /** Where a name ends: a digit (a date or time glued on), a spaced dash, or a date cue word. */
    private static final Pattern TAIL = Pattern.compile(
            "\\d.*|\\s[-–—|:]\\s.*|\\s(?:on|am|le|el|il|op|at|um|updated|published|aktualisiert|veröffentlicht|mis à jour|"
                    + "publié|for|für|pour|para|per|in|im)\\s.*|\\s(?:updated|published)$",
            Pattern.CASE_INSENSITIVE);
    /** Job titles: a piece that holds one of these words is a role, not a name. */
    private static final Set<String> ROLES = Set.of("editor", "editors", "correspondent", "writer", "writers", "reporter",
            "reporters", "staff", "columnist", "contributor", "contributors", "contributing", "journalist", "journalists",
            "producer", "photographer", "photographers", "critic", "analyst", "chief", "deputy", "senior", "associate",
            "managing", "political", "editorial", "desk", "team", "newsroom", "redaktion", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "rédaction", "rédacteur", "journaliste", "envoyé", "spécial", "redacción",
            "redazione", "admin", "administrator", "webmaster", "guest", "author", "authors", "autor", "autorin", "unknown",
            "anonymous", "follow", "email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "share", "view",
            "profile", "posts", "articles", "more", "bio", "read", "subscribe", "comments", "comment", "updated", "published",
            "minutes", "hours", "ago", "opinion", "sponsored", "head", "director", "president", "professor", "founder",
            "ceo", "manager", "host", "presenter", "intern", "freelance", "freelancer", "expert", "specialist",
            "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "heute", "gestern", "aujourd'hui", "hier",
            "by", "par", "von", "am", "posted", "written", "publié", "publiziert", "veröffentlicht", "geschrieben",
            "rubrik", "kategorie", "category", "jobs", "hire", "login", "sign", "subscriber",
            // page furniture that byline-like blocks hold: photo credits, comment links, notices
            "foto", "fotos", "photo", "bild", "bilder", "credit", "credits", "quelle", "source", "kommentar", "kommentare",
            "kommentieren", "hinterlasse", "beitrag", "beiträge", "artikelübersicht", "übersicht", "stand", "gesponserte", "anzeige", "werbung",
            "experte", "expertin", "gastautor", "gastautorin", "uncategorized", "allgemein", "home", "startseite", "menu",
            "newsletter", "contact", "kontakt", "impressum", "print", "drucken", "teilen");
    /** The ends of German compound job titles ("Projektleiterin", "Pressesprecher"). */
    private static final List<String> GERMAN_ROLE_ENDS = List.of("leiter", "leiterin", "sprecher", "sprecherin", "redakteur",
            "redakteurin", "referent", "referentin", "korrespondent", "korrespondentin", "beauftragte", "beauftragter");
    /**
     * Month names, which a date glued to a name leaves behind ("Jane Doe Dec" of "Jane Doe Dec 20"):
     * cut from the end of a name; a piece of nothing else is no name. Inside a name they are names
     * (Haje Jan Kamps, June Carter).
     */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier",
            "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
            "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
            "diciembre");
    /** Lower-case words inside names: Ludwig van Beethoven, Ana de Armas, Mohammed bin Salman. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "vom", "der", "den", "de", "da", "di", "del", "della",
            "dos", "das", "du", "des", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "af", "av");
    /** Words that make a piece an organisation rather than a person. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)(?:^the\\s.*|.*\\b(?:news|network|media|journal|telegram|gazette|times|post|channel|report|press|tribune|"
                    + "herald|daily|weekly|magazine|radio|tv|television|group|inc|ltd|llc|gmbh|ag|corp|company|agency|"
                    + "institute|university|school|college|society|association|foundation|council|board|department|"
                    + "ministry|office|center|centre|zeitung|nachrichten|rundschau|verlag|presse|journal|le monde|"
                    + "newsroom|editorial|redaktion)\\b.*|.*\\.(?:com|net|org|de|fr|co\\.uk|in|io)\\b.*|\\p{Lu}{2,6})");
    /** News agencies: dropped when a person is named beside them. */
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)(?:the\\s+)?(?:reuters|ap|associated press|afp|agence france[- ]presse|dpa|apa|sda|kna|epd|efe|ansa|pti|ians|ani"
                    + "|upi|xinhua|bloomberg|tass|ria novosti|anp|belga|ctk|pap|kyodo|yonhap|aap|cp|press association|pa)"
                    + "(?:\\s+(?:staff|wire|news))?");
    private static final List<String> META_NAMES = List.of("author", "article:author", "dc.creator", "dc:creator",
            "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "og:author", "twitter:creator:name");
    private static final List<String> BYLINE_CLASS = List.of("byline", "by-line", "author", "autor", "auteur", "writer",
            "posted-by", "submitted-by", "journalist", "reporter", "creator");
    private static final List<String> NOT_BYLINE_CLASS = List.of("comment", "related", "sidebar", "widget", "teaser",
            "promo", "recommend", "popular", "footer", "bio", "avatar", "image", "photo", "img", "more-by", "other", "follow",
            "social", "share", "date", "time");
    private static final WordTable BYLINE_WORDS = WordTable.of(BYLINE_CLASS);
    private static final WordTable NOT_BYLINE_WORDS = WordTable.of(NOT_BYLINE_CLASS);
    private static final Pattern FURNITURE = Pattern.compile("comment|sidebar|related|teaser|recommend");
    /** A class that states an option of the page rather than naming its block. */
    private static final Pattern PAGE_OPTION = Pattern.compile(
            "(?:^|[-_])(?:has|with|without|no|is|show|hide)[-_]|[-_](?:open|closed|enabled|disabled)$");
    /**
     * The words of the path of an author's page: {@code /author/jane-doe}, {@code /autoren/...},
     * matched without regard to ASCII case, between slashes and before a name.
     */
    private static final List<String> AUTHOR_PAGE = List.of("author", "authors", "autor", "autoren", "auteur", "auteurs",
            "autore", "autori", "writer", "writers", "journalist", "journalists", "journalisten", "reporter", "reporters",
            "contributor", "contributors", "columnist", "columnists", "staff");
    private static final Pattern ORGANISATION_TYPE = Pattern.compile("organi[sz]ation|newsmediaorganization|corporation");
    private static final Pattern PERSON_TYPE = Pattern.compile("person");
    /**
     * A text that begins a byline: "By", "Par", "Von", "Por", "Door", "Av", "Posted by", "Written by",
     * "Text von", "Ein Artikel von", "Erstellt von", "Publié par", "Escrito por"..., alone or before a name, or a label with a colon: "Author:", "Autor:", "Auteur:", "Text:".
     * {@link #mayBeginBy} must know the starts of its words.
     */
    private static final Pattern BY = Pattern.compile("\\s*(?:(?:By|by|BY|Par|par|Von|von|Por|por|Door|door|Av|av|Posted by|Written by|Text von"
            + "|Ein (?:Artikel|Beitrag) von|(?:Erstellt|Geschrieben|Verfasst) von|(?:Publié|Écrit) par|(?:Escrito|Publicado) por)"
            + "(?:\\s*[:\\-–—]?\\s|\\s*$)|(?:Author|AUTHOR|Autor|Autorin|AUTOR|Auteur|Autore|Text) ?:(?:\\s|$))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\n\\r]+\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s–—]+|[\\s,;:|–—\\-@]+$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s,;:|–—\\-]+$");
    private static final Pattern FINAL_DOT_OR_COLON = Pattern.compile("[.:]$");
    private static final Pattern FINAL_DOT_COMMA_OR_COLON = Pattern.compile("[.,:]$");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_BY_LINES = 5;
    private static final int MAX_MARKED = 50;
    /** A byline is a few spans and links; a container with more children is an author box or a page. */
    private static final int MAX_BYLINE_CHILDREN = 12;
    private static final int MAX_BYLINE_CHARS = 150;
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 60;
    /** The fewest letters a name needs to be recognised as the publisher's inside the site's name or host. */
    private static final int MIN_PUBLISHER_KEY = 4;
    /** How many blocks right under the headline count as its header, which holds the byline. */
    private static final int HEADER_BLOCKS = 2;

    private Authors() {
    }

    /**
     * The article's authors, or an empty list when none is found with confidence.
     *
     * @param host the page's host name, or {@code null}
     */
    static List<String> find(Document doc, @Nullable Element h1, MetaTags tags, JsonLd ld, @Nullable String site,
            @Nullable String host) {
        // a source naming only organisations is kept in reserve while a later one may name a person;
        // so is a declaration that names the publisher ("El Colombiano" on elcolombiano.com)
        List<String> reserve = List.of();
        for (int source = 0; source < 3; source++) {
            List<String> names = switch (source) {
                case 0 -> fromJsonLd(ld, site);
                case 1 -> fromMeta(tags, site);
                default -> fromByline(doc, h1, site);
            };
            boolean declared = source < 2;
            if (names.stream().anyMatch(n -> !isOrganisation(n) && !(declared && isPublisher(n, site, host)))) {
                return names;
            }
            if (reserve.isEmpty()) {
                reserve = names;
            }
        }
        return reserve;
    }

    /**
     * Whether a name is the publisher's: the site's name holds it ("Die FURCHE" of "Achtsam durch
     * die Krise | Die FURCHE") or the host does ("Helmholtz Klima" on helmholtz-klima.de), letters
     * and digits compared.
     */
    static boolean isPublisher(String name, @Nullable String site, @Nullable String host) {
        String k = key(name);
        return k.length() >= MIN_PUBLISHER_KEY && (site != null && key(site).contains(k) || host != null && key(host).contains(k));
    }

    static boolean isOrganisation(String name) {
        return AGENCY.matcher(name).matches() || ORGANISATION.matcher(name).matches();
    }

    static List<String> fromJsonLd(JsonLd ld, @Nullable String site) {
        List<JsonNode> candidates = ld.articles();
        if (candidates.isEmpty()) {
            candidates = ld.nodes();
        }
        for (JsonNode article : candidates) {
            JsonNode author = article.get("author");
            if (author == null) {
                author = article.get("creator");
            }
            if (author == null) {
                continue;
            }
            List<String> people = new ArrayList<>();
            List<String> organisations = new ArrayList<>();
            // a Person with a full name that is the site's is the author of a personal site
            String siteOfPeople = site;
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                if (a.isTextual()) {
                    people.add(a.asText());
                } else if (a.isObject()) {
                    JsonNode n = ld.resolve(a);
                    String name = personName(n);
                    if (name == null) {
                        continue;
                    }
                    if (JsonLd.hasType(n, ORGANISATION_TYPE)) {
                        organisations.add(name);
                    } else {
                        people.add(name);
                        if (site != null && JsonLd.hasType(n, PERSON_TYPE) && key(name).equals(key(site))
                                && !isOrganisation(name) && name.trim().contains(" ")) {
                            siteOfPeople = null;
                        }
                    }
                }
            }
            List<String> names = clean(String.join(", ", people), siteOfPeople);
            if (names.isEmpty()) {
                names = clean(String.join(", ", organisations), site);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The name of a Person or Organization node; several names ({@code "name": [...]}) are joined by commas. */
    private static @Nullable String personName(JsonNode n) {
        JsonNode name = n.get("name");
        if (name != null && name.isArray()) {
            List<String> names = new ArrayList<>();
            name.forEach(x -> {
                if (x.isTextual() && !x.asText().isBlank()) {
                    names.add(x.asText());
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
            return name.asText();
        }
        String given = n.path("givenName").asText("");
        String family = n.path("familyName").asText("");
        String full = (given + " " + family).trim();
        return full.isEmpty() ? null : full;
    }

    static List<String> fromMeta(MetaTags tags, @Nullable String site) {
        for (String key : META_NAMES) {
            String value = tags.first(key);
            if (value == null) {
                continue;
            }
            if (URL.matcher(value.trim()).matches() || value.trim().startsWith("/")) {
                continue; // article:author is often the author's page
            }
            List<String> names = clean(value, site);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The byline in the page; {@code h1} is the page's first {@code <h1>}. */
    static List<String> fromByline(Document doc, @Nullable Element h1, @Nullable String site) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        // one pass: declared author markup first, then byline-like classes, then links to an
        // author's page, each in page order. The first declared markup that names someone wins
        // over all the rest: the walk stops there
        List<List<String>> declared = new ArrayList<>(1);
        List<Element> marked = new ArrayList<>();
        List<Element> linked = new ArrayList<>();
        List<TextNode> by = new ArrayList<>();
        boolean[] headline = {h1 == null};
        Set<Element> layout = headlinePath(h1);
        // a filter rather than a visitor: jsoup walks a filter faster
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t) {
                if (headline[0] && by.size() < MAX_BY_LINES && mayBeginBy(t.getWholeText()) && BY.matcher(Nodes.text(t)).lookingAt()) {
                    by.add(t);
                }
                return NodeFilter.FilterResult.CONTINUE;
            }
            if (node instanceof Element h && h.normalName().equals("h1")) {
                headline[0] = true;
            }
            if (!(node instanceof Element e) || e.attributesSize() == 0) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            // the HTML parser lower-cases attribute names: exact lookups suffice
            Attributes attributes = e.attributes();
            if (attributes.get("rel").equalsIgnoreCase("author")
                    || attributes.get("itemprop").toLowerCase(Locale.ROOT).contains("author")) {
                List<String> names = declaredNames(body, e, site, layout);
                if (!names.isEmpty()) {
                    declared.add(names);
                    return NodeFilter.FilterResult.STOP;
                }
            } else if (linked.size() < MAX_MARKED && e.normalName().equals("a") && isAuthorPage(attributes.get("href"))) {
                linked.add(e);
            } else if (marked.size() < MAX_MARKED) {
                // class and id apart: no word of the lists holds a space, so none spans the two
                String classes = attributes.get("class").toLowerCase(Locale.ROOT);
                String id = attributes.get("id").toLowerCase(Locale.ROOT);
                if ((BYLINE_WORDS.foundIn(classes) || BYLINE_WORDS.foundIn(id))
                        && !NOT_BYLINE_WORDS.foundIn(classes) && !NOT_BYLINE_WORDS.foundIn(id)
                        && Nodes.atMostChildren(e, MAX_BYLINE_CHILDREN)) {
                    marked.add(e);
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, body);
        if (!declared.isEmpty()) {
            return declared.get(0);
        }
        for (Element e : marked) {
            String text = text(e);
            if (text == null || text.isBlank() || inFurniture(e, layout)) {
                continue;
            }
            List<String> names = clean(text, site);
            if (!names.isEmpty()) {
                return names;
            }
        }
        for (Element e : linked) {
            if (inFurniture(e, layout)) {
                continue;
            }
            List<String> names = clean(e.text(), site);
            if (!names.isEmpty()) {
                return linkedNames(body, e, names, site);
            }
        }
        for (TextNode t : by) {
            String line = byLine(t);
            if (line != null && !inFurniture((Element) t.parent(), layout)) {
                List<String> names = clean(line, site);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** The names an element declared as the author's gives, or an empty list. */
    private static List<String> declaredNames(Element body, Element e, @Nullable String site, Set<Element> layout) {
        if (inFurniture(e, layout)) {
            return List.of();
        }
        Element name = Nodes.atMostChildren(e, 0) ? null : e.selectFirst(ITEMPROP_NAME);
        String text = name != null ? name.text() : text(e);
        if (text == null) {
            return List.of();
        }
        List<String> names = clean(text, site);
        return names.isEmpty() ? names : bylineNames(body, e, names, site);
    }

    /**
     * The line a "By" text begins when it begins its element's text: "By" and the inline text
     * after it, up to the next block; {@code null} when longer than a byline.
     */
    private static @Nullable String byLine(TextNode by) {
        Node parent = by.parent();
        if (!(parent instanceof Element p) || p.normalName().equals("body") || !BY.matcher(p.text()).lookingAt()) {
            return null;
        }
        StringBuilder b = new StringBuilder(by.text());
        boolean inline = appendInline(b, by.nextSibling());
        // a label alone in its element ("<strong>Autor:</strong> Jane Doe") is followed by the name
        if (inline && isCueOnly(b) && p.textNodes().size() == 1) {
            appendInline(b.append(' '), p.nextSibling());
        }
        String line = b.toString().trim();
        return line.length() > MAX_BYLINE_CHARS ? null : line;
    }

    /** Whether a text holds a byline's cue and nothing after it. */
    private static boolean isCueOnly(CharSequence text) {
        Matcher m = BY.matcher(text);
        return m.lookingAt() && text.toString().substring(m.end()).isBlank();
    }

    /**
     * Appends the text of {@code n} and its next siblings up to a block or a line break, or until
     * longer than a byline; whether no block nor line break ended it.
     */
    private static boolean appendInline(StringBuilder b, @Nullable Node from) {
        for (Node n = from; n != null && b.length() <= MAX_BYLINE_CHARS; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element e) {
                if (e.isBlock() || e.normalName().equals("br")) {
                    return false;
                }
                b.append(' ').append(e.text()).append(' ');
            }
        }
        return true;
    }

    /**
     * Whether a raw text may match {@link #BY} once its whitespace is normalised: its first two
     * characters that are not white space (before the first) or invisible (normalisation drops soft
     * hyphens and zero-width spaces) begin one of the cue words. A cheap test that spares
     * normalising every text of the page.
     */
    static boolean mayBeginBy(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && (raw.charAt(i) <= ' ' || raw.charAt(i) == '\u00a0' || invisible(raw.charAt(i)))) {
            i++;
        }
        if (i == n) {
            return false;
        }
        char first = raw.charAt(i++);
        while (i < n && invisible(raw.charAt(i))) {
            i++;
        }
        if (i == n) {
            return false;
        }
        char second = raw.charAt(i);
        // the starts of By, by, BY, Par, par, Por, por, Posted, Von, von, Door, door, Av, av,
        // Author, AUTHOR, Autor, AUTOR, Auteur, Written, Text, Ein, Erstellt, Escrito, Écrit, Geschrieben, Verfasst
        return switch (first) {
            case 'B' -> second == 'y' || second == 'Y';
            case 'b' -> second == 'y';
            case 'P', 'p' -> second == 'a' || second == 'o';
            case 'V' -> second == 'o' || second == 'e';
            case 'v', 'D', 'd' -> second == 'o';
            case 'E' -> second == 'i' || second == 'r' || second == 's';
            case 'É' -> second == 'c';
            case 'G' -> second == 'e';
            case 'A' -> second == 'v' || second == 'u' || second == 'U';
            case 'a' -> second == 'v';
            case 'W' -> second == 'r';
            case 'T' -> second == 'e';
            default -> false;
        };
    }

    /** The characters that whitespace normalisation drops: soft hyphen, zero-width space. */
    private static boolean invisible(char c) {
        return c == '\u00ad' || c == '\u200b';
    }

    /**
     * Whether a link goes to an author's page: a slash, a word of {@link #AUTHOR_PAGE}, a slash and
     * a name ({@code /author/jane-doe}). Checked without a regular expression: it runs on every link.
     */
    private static boolean isAuthorPage(String href) {
        int n = href.length();
        for (int i = href.indexOf('/'), j; i >= 0; i = j) {
            j = href.indexOf('/', i + 1);
            if (j < 0) {
                return false;
            }
            // the word fills the part between two slashes
            if (j + 1 < n && "/?#".indexOf(href.charAt(j + 1)) < 0) {
                for (String word : AUTHOR_PAGE) {
                    if (word.length() == j - i - 1 && startsWithAsciiIgnoreCase(href, i + 1, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code from}, in either case. */
    private static boolean startsWithAsciiIgnoreCase(String s, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The text of an element with its line breaks, without its tag links, or {@code null} when longer than a byline. */
    private static @Nullable String text(Element e) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                } else if (node instanceof Element el) {
                    if (isTagLink(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("br") || el.isBlock()) {
                        b.append('\n');
                    }
                }
                return b.length() > MAX_BYLINE_CHARS * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        String t = b.toString().trim();
        return t.length() > MAX_BYLINE_CHARS ? null : t;
    }

    /** Whether an element is a link to a tag or category page ({@code rel="tag"}, {@code rel="category tag"}): a topic, no name. */
    private static boolean isTagLink(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String rel : SPACES.split(e.attributes().get("rel").toLowerCase(Locale.ROOT))) {
            if (rel.equals("tag")) {
                return true;
            }
        }
        return false;
    }

    /** Several {@code rel=author} links in one byline name several authors. */
    private static List<String> bylineNames(Element body, Element first, List<String> names, @Nullable String site) {
        return namesBeside(body, first, names, site, false);
    }

    /** Several links to authors' pages in one byline name several authors. */
    private static List<String> linkedNames(Element body, Element first, List<String> names, @Nullable String site) {
        return namesBeside(body, first, names, site, true);
    }

    /**
     * The names of all author elements in the byline around {@code first} (links to authors' pages,
     * or {@code rel=author} and {@code itemprop=author} elements), else {@code names}.
     */
    private static List<String> namesBeside(Element body, Element first, List<String> names, @Nullable String site,
            boolean authorPages) {
        Element parent = first.parent();
        if (parent == null || parent == body || parent.text().length() > MAX_BYLINE_CHARS) {
            return names;
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (Element e : authorPages ? parent.getElementsByTag("a") : parent.select(AUTHOR_MARK)) {
            String text;
            if (authorPages) {
                if (!isAuthorPage(e.attr("href"))) {
                    continue;
                }
                text = e.text();
            } else {
                Element name = e.selectFirst(ITEMPROP_NAME);
                text = name != null ? name.text() : e.wholeText();
            }
            for (String n : clean(text, site)) {
                all.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
            }
        }
        return all.isEmpty() ? names : List.copyOf(all.values());
    }

    /**
     * Whether an element sits in an aside, a footer, a navigation, a quote, or a block named for
     * comments, a sidebar, related or recommended stories or teasers. Class names that only state
     * the page's options ("comments-open", "has-sidebar", "body--with-sidebar") and the body's classes do not count,
     * nor does a block that holds the headline (a layout column named "sidebar" or "one-sidebar"
     * around the article), nor an article's own footer, where bylines often stand.
     *
     * @param layout the ancestors of the page's first {@code <h1>}, compared by identity
     */
    private static boolean inFurniture(Element e, Set<Element> layout) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (layout.contains(a)) {
                return false;
            }
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("nav") || tag.equals("blockquote")
                    || tag.equals("footer") && (a.parent() == null || a.parent().closest(ARTICLE) == null)) {
                return true;
            }
            if (a.attributesSize() > 0 && (isFurniture(a.className()) || isFurniture(a.id()))) {
                return true;
            }
        }
        return false;
    }

    /** The ancestors of the headline, which no furniture encloses. */
    private static Set<Element> headlinePath(@Nullable Element h1) {
        Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = h1 == null ? null : h1.parent(); a != null; a = a.parent()) {
            path.add(a);
        }
        // the blocks right under the headline are its header (date, byline), whatever their class
        Element next = h1 == null ? null : h1.nextElementSibling();
        for (int i = 0; next != null && i < HEADER_BLOCKS; i++, next = next.nextElementSibling()) {
            path.add(next);
        }
        return path;
    }

    private static boolean isFurniture(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String token : SPACES.split(names.toLowerCase(Locale.ROOT))) {
            if (FURNITURE.matcher(token).find() && !PAGE_OPTION.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cleans a raw byline into names: drops URLs, e-mail addresses, {@code @handles}, bracketed
     * notes, "By"-style prefixes in nine languages, roles after a comma or line break ("Deputy
     * Political Editor", "Staff Writer"), dates and times glued to a name; splits "A and B", "A, B",
     * "A &amp; B" and their German, French, Spanish... forms; drops news agencies when a person is
     * named, and the site's own name. Names are de-duplicated case-insensitively, in byline order.
     *
     * @param raw  a byline, meta value or annotated author string
     * @param site the site's name, dropped when it appears as an author, or {@code null}
     */
    public static List<String> clean(@Nullable String raw, @Nullable String site) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = Parser.unescapeEntities(raw, false).replace('\u00a0', ' ');
        text = URL.matcher(text).replaceAll(" ");
        text = EMAIL.matcher(text).replaceAll(" ");
        text = HANDLE.matcher(text).replaceAll(" ");
        text = BRACKETS.matcher(text).replaceAll(" ");
        List<String> pieces = new ArrayList<>();
        for (String line : LINE_BREAKS.split(text)) {
            line = SPACES.matcher(line).replaceAll(" ").trim();
            line = PREFIX.matcher(line).replaceFirst("");
            line = WEAK_PREFIX.matcher(line).replaceFirst("");
            for (String piece : SPLIT.split(line)) {
                pieces.add(piece);
            }
        }
        Map<String, String> people = new LinkedHashMap<>();
        Map<String, String> agencies = new LinkedHashMap<>();
        String siteKey = site == null ? null : key(site);
        for (String piece : pieces) {
            String name = name(piece);
            if (name == null || (siteKey != null && key(name).equals(siteKey))) {
                continue;
            }
            (isOrganisation(name) ? agencies : people).putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        // beside a full name, a lone word is a place, a month or a credential ("Jane Doe, Boston")
        if (people.values().stream().anyMatch(n -> n.contains(" "))) {
            people.values().removeIf(n -> !n.contains(" "));
        }
        List<String> out = new ArrayList<>(people.isEmpty() ? agencies.values() : people.values());
        // "Jane Doe" and "Doe" from one byline: keep the full name only
        out.removeIf(n -> out.stream().anyMatch(o -> o.length() > n.length()
                && (" " + o.toLowerCase(Locale.ROOT) + " ").contains(" " + n.toLowerCase(Locale.ROOT) + " ")));
        return List.copyOf(out);
    }

    /** A cleaned name, or {@code null} when the piece is not one. */
    private static @Nullable String name(String piece) {
        String p = PREFIX.matcher(piece.trim()).replaceFirst("");
        p = WEAK_PREFIX.matcher(p).replaceFirst("");
        String untrimmed = p;
        p = TAIL.matcher(p).replaceFirst("");
        boolean cut = p.length() < untrimmed.length();
        p = EDGE_PUNCTUATION.matcher(p).replaceAll("").trim();
        if (p.isEmpty() || p.length() > MAX_NAME_CHARS) {
            return null;
        }
        String[] words = SPACES.split(p);
        // a piece of months only is a date; a month left of a cut date ("Jane Doe Dec" of
        // "Jane Doe Dec 20") is not part of the name
        if (Arrays.stream(words).allMatch(Authors::isMonth)) {
            return null;
        }
        if (cut && isMonth(words[words.length - 1])) {
            int n = words.length;
            while (isMonth(words[n - 1])) {
                n--;
            }
            words = Arrays.copyOf(words, n);
            p = END_PUNCTUATION.matcher(String.join(" ", words)).replaceAll("");
        }
        if (words.length > MAX_NAME_WORDS) {
            return null;
        }
        for (String w : words) {
            String lw = FINAL_DOT_OR_COLON.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (ROLES.contains(lw) || isGermanRole(lw)) {
                return null;
            }
            if (lw.indexOf('-') > 0) {
                for (String part : lw.split("-")) {
                    if (ROLES.contains(part)) {
                        return null; // "FOCUS-Online-Experte"
                    }
                }
            }
            if (!Character.isLetter(w.codePointAt(0)) && !w.startsWith("'")) {
                return null;
            }
            if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(lw) && words.length > 1) {
                return null; // "in Uncategorized", "externen Co-Autoren": words, not a name
            }
        }
        if (words.length == 1 && (p.length() < 3 || p.equals(p.toLowerCase(Locale.ROOT)) && !hasNonLatin(p))) {
            return null; // a lower-case single word is a user name or a stray word, not a byline
        }
        return p;
    }

    /** Whether a word is a German compound job title: "Projektleiterin", "Pressesprecher", "Chefredakteur". */
    private static boolean isGermanRole(String word) {
        for (String role : GERMAN_ROLE_ENDS) {
            if (word.length() > role.length() + 2 && word.endsWith(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMonth(String word) {
        return MONTHS.contains(FINAL_DOT_COMMA_OR_COLON.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static boolean hasNonLatin(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    private static String key(String s) {
        return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}

package org.dateline.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dateline.extract.Extraction;
import org.dateline.extract.StopWords;
import org.jspecify.annotations.Nullable;

/**
 * The text-mode extractor: classifies the lines of a plain-text page dump (a WET record, {@code
 * w3m -dump} or {@code lynx -dump} output, text copied from a browser) into headline, standfirst,
 * byline, dateline, body and boilerplate.
 *
 * <pre>{@code
 * TextExtraction r = TextExtractor.create().extract(dump);
 * r.title(); r.bylines(); r.dateline(); r.body();
 * }</pre>
 *
 * <p>The recipe, each step a small function below:
 * <ol>
 *   <li><b>Units</b> ({@link Units}): lines, with hard-wrapped paragraphs joined back.</li>
 *   <li><b>Context-free classes</b>, after jusText: a unit is good, near-good, short or bad by its
 *       length, stop-word density (in the dump's language), terminal punctuation and lexical
 *       chrome cues ({@link Cues}); a unit repeated on the page, or common across a site (the
 *       optional {@link #withCommonLines} hook), is bad.</li>
 *   <li><b>The main run</b>: the densest stretch of body, found as the maximum-sum run of unit
 *       scores (good units earn their length, bad ones cost a fixed price plus half theirs); the
 *       article ends at a comments or "related" heading once some body has been read.</li>
 *   <li><b>The header</b> ({@link Header}) is read before the body is settled: dateline and byline
 *       near the run's start, then headline and standfirst before them; without a dateline there,
 *       at a dateline a little into the run, when a headline or byline goes with it: then the
 *       header sits inside the run, the body starts under its headline, and what came before it
 *       was page chrome that reads as prose (account prompts).</li>
 *   <li><b>Context revision</b> inside the run, as jusText: short units between prose are kept
 *       (subheadings, short quotes), bad units dropped; the run grows over adjacent sentences.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; the default instance keeps no state between dumps.
 */
public final class TextExtractor {
    /** jusText's length limits (characters): below LOW a unit is short; above HIGH prose is good. */
    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    /** A sentence-ending paragraph this long with a high stop-word density is good too: news paragraphs are short. */
    static final int LENGTH_SENTENCE = 100;
    /** jusText's stop-word densities: under LOW not prose, from HIGH prose. */
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    /**
     * A paragraph of at least {@link #SENTENCE_MIN_WORDS} words that ends its sentence is near-good
     * from this density: news prose is dense with names, titles and figures ("Latah County's
     * senior deputy prosecuting attorney, Ashley Jennings, filed …" has 0.2). trafilatura's
     * jusText variant lowers its densities to 0.10/0.20 for the same reason (ALGORITHMS.md §2.1);
     * on the w3m dumps, 0.10–0.20 all score alike.
     */
    static final double STOPWORDS_SENTENCE = 0.15;
    static final int SENTENCE_MIN_WORDS = 8;
    /** {@link StopWords#guess}'s rule: a language needs 10 words of sample, 15% of them on its list. */
    private static final int GUESS_MIN_WORDS = 10;
    private static final double GUESS_MIN_SHARE = 0.15;
    /** Characters of long units read to guess the dump's language. */
    private static final int LANGUAGE_SAMPLE = 4000;
    /** Run scores: a bad unit costs this plus half its length, a short non-sentence this. */
    private static final int BAD_COST = 40;
    private static final int SHORT_COST = 15;
    /**
     * A terminator inside the main run ends the article unless the run has this many times as much
     * prose after it as before it.
     */
    private static final double CONTINUE_RATIO = 1.0;
    /** A terminator followed this closely by a good paragraph is set into the article (a "Related" link box). */
    private static final int RESUME_WITHIN = 2;
    /**
     * A terminator is set into the article too when the prose after it shares at least this share
     * of its content words with the article before it: the story goes on past a "Most read" box,
     * where comments and teasers speak of other things. 0.2–0.3 score alike on the naeb dumps; 0.15
     * lets teasers in, 0.4 cuts stories that resume.
     */
    private static final double CONTINUE_SHARED = 0.2;
    /** Characters of prose after a terminator read for {@link #continues}, and the fewest content words it must have. */
    private static final int CONTINUE_SAMPLE = 600;
    private static final int CONTINUE_MIN_WORDS = 4;
    /** The most a stretch of short costly lines may cost in the main run ({@link #capGaps}); 100–400 score alike on the w3m and lynx dumps. */
    private static final double GAP_CAP = 200;
    /** A terminator ends the article only after this many characters of good body (~60 words, boilerpipe). */
    private static final int MIN_BODY_BEFORE_END = 300;
    /** A page with no body and at most this many lines of words is all body (a note, a test page). */
    private static final int RESCUE_ALL_UNITS = 8;
    /** An article has at least one good paragraph and this many characters of body. */
    private static final int MIN_ARTICLE_CHARS = 250;
    /**
     * Units repeated on the page are boilerplate from this length (captions drawn twice, menus at
     * top and bottom) up to {@link #LENGTH_HIGH}; longer ones only when drawn again close by.
     */
    private static final int MIN_REPEAT_LENGTH = 20;
    /** A longer unit is boilerplate when drawn again this close: a gallery's caption, once per slide or image size. */
    private static final int REPEAT_NEAR = 2;
    /** A dump with this many units with a link marker marks its links. */
    private static final int MARKED_LINKS = 5;
    /**
     * A comments heading heads a thread when a short line comes back this many times, with prose
     * between, within this many units after it (3 "Reply" links under 3 comments).
     */
    private static final int THREAD_REPEATS = 3;
    private static final int THREAD_SPAN = 60;
    /** A sign-up form is a block of this many chrome units or more. */
    private static final int FORM_BLOCK = 3;
    /** A link marker as lynx numbers its links ("[12]Reply"): each copy of a line has its own number. */
    private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d+]");

    private static final TextExtractor DEFAULT = new TextExtractor(null);

    private final @Nullable Predicate<String> commonLine;

    private TextExtractor(@Nullable Predicate<String> commonLine) {
        this.commonLine = commonLine;
    }

    /** The stateless extractor. */
    public static TextExtractor create() {
        return DEFAULT;
    }

    /**
     * An extractor that also treats as boilerplate the units for which {@code commonLine} is true:
     * lines seen on many pages of the same site, such as a {@link LineStats} of that site says. The
     * predicate must be thread-safe if the extractor is shared between threads.
     */
    public TextExtractor withCommonLines(Predicate<String> commonLine) {
        return new TextExtractor(Objects.requireNonNull(commonLine, "commonLine"));
    }

    /** Extracts the article of a dump; never throws on any text. */
    public TextExtraction extract(String text) {
        Objects.requireNonNull(text, "text");
        List<Unit> units = classified(text);

        int[] run = mainRun(units);
        int start = run[0];
        int end = run[1];
        int inside = start < 0 ? -1 : headerInside(units, start, end);
        LineClass[] was = inside < 0 ? new LineClass[0] : results(units);
        Header header = Header.read(units, start < 0 ? 0 : start);
        boolean headerInRun = false;
        if (inside >= 0 && header.dateline == null) {
            // no dateline around the run's start, one a little into it: the header sits inside the run,
            // under what comes before it (page chrome): the body starts under the headline
            restore(units, was);
            Header at = Header.read(units, inside);
            int headline = headline(units, start + 1, inside);
            if (headline >= 0 || !at.bylines.isEmpty()) {
                header = at;
                start = headline >= 0 ? headline + 1 : start;
                for (int i = start; i < inside; i++) {
                    if (units.get(i).result == LineClass.STANDFIRST) {
                        units.get(i).result = LineClass.BOILERPLATE; // the standfirst, in the run: the lede of the body
                    }
                }
                headerInRun = true;
            } else {
                restore(units, was);
                header = Header.read(units, start);
            }
        }
        if (start >= 0 && !headerInRun) {
            start = Math.max(start, header.end);
        }
        if (start >= 0) {
            end = Math.max(end, start - 1);
            // grow over adjacent prose: a short lede after the byline, a closing one-line sentence
            while (start > 0 && start > header.end && prose(units.get(start - 1))) {
                start--;
            }
            while (end + 1 < units.size() && prose(units.get(end + 1))) {
                end++;
            }
            end = beforeBio(units, start, end, header.bylines);
            revise(units, start, end);
        }
        rescue(units);

        List<String> paragraphs = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>(units.size());
        int bodyChars = 0;
        boolean good = false;
        boolean marksLinks = marksLinks(units);
        for (Unit u : units) {
            if (u.result == LineClass.BODY) {
                paragraphs.add(marksLinks ? withoutLinkMarkers(u) : u.text);
                bodyChars += u.text.length();
                good |= u.kind == Unit.GOOD;
            }
            blocks.add(new TextBlock(u.text, u.result));
        }
        boolean article = good && bodyChars >= MIN_ARTICLE_CHARS;
        // the headline and standfirst as a converter that does not mark links prints them: "[59]Headline" is "Headline"
        String title = marksLinks && header.title != null ? withoutLinkMarkers(header.title) : header.title;
        String standfirst = marksLinks && header.standfirst != null ? withoutLinkMarkers(header.standfirst) : header.standfirst;
        return new TextExtraction(new Extraction(title, paragraphs, article, null, List.of()), standfirst,
                header.bylines, header.dateline, blocks);
    }

    /**
     * A dateline inside the run {@code start}..{@code end} where the page's header may sit: among
     * its first {@link Header#ZONE} units, past those {@link Header#read} looks at from the run's
     * start, with less than {@link #MIN_BODY_BEFORE_END} characters of good prose before it, and no
     * photo credit (a caption's date); -1 when there is none. What comes before such a header is
     * page chrome that reads as prose (account and newsletter prompts).
     */
    private static int headerInside(List<Unit> units, int start, int end) {
        int goodChars = 0;
        for (int i = start; i <= Math.min(end, start + Header.ZONE); i++) {
            Unit u = units.get(i);
            if (i >= start + 3 && Header.isDateline(u) && !Cues.credit(u.text)) {
                return i;
            }
            goodChars += u.kind == Unit.GOOD ? u.length : 0;
            if (goodChars >= MIN_BODY_BEFORE_END) {
                break;
            }
        }
        return -1;
    }

    /** The class of every unit, for {@link #restore} after a header read that is not kept. */
    private static LineClass[] results(List<Unit> units) {
        LineClass[] r = new LineClass[units.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = units.get(i).result;
        }
        return r;
    }

    private static void restore(List<Unit> units, LineClass[] results) {
        for (int i = 0; i < results.length; i++) {
            units.get(i).result = results[i];
        }
    }

    /** The unit in {@code from}..{@code to} that the header took for the headline, or -1. */
    private static int headline(List<Unit> units, int from, int to) {
        for (int i = from; i < to; i++) {
            if (units.get(i).result == LineClass.HEADLINE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end of the article before the biography of its author ({@link Header#authorBio}), once
     * some body has been read: the box of the author's other work that follows is no article either.
     */
    private static int beforeBio(List<Unit> units, int start, int end, List<Byline> bylines) {
        int goodChars = 0;
        Set<String> names = Header.bylineNames(bylines);
        for (int i = start; i <= end; i++) {
            Unit u = units.get(i);
            if (Header.authorBio(u, names)) {
                if (goodChars >= MIN_BODY_BEFORE_END) {
                    return i - 1;
                }
                u.kind = Unit.BAD;
            }
            goodChars += u.kind == Unit.GOOD ? u.length : 0;
        }
        return end;
    }

    /** Steps 1–2 of the recipe: the units of a dump with their context-free classes. */
    private List<Unit> classified(String text) {
        List<Unit> units = Units.split(text, true);
        for (Unit u : units) {
            Cues.read(u);
        }
        int language = language(units);
        boolean marksLinks = marksLinks(units);
        for (Unit u : units) {
            u.language = language;
            u.kind = classify(u, language >= 0, marksLinks);
        }
        listsInProse(units);
        listingBlocks(units);
        headlineLists(units, marksLinks);
        markRepeats(units);
        if (commonLine != null) {
            for (Unit u : units) {
                if (commonLine.test(u.text)) {
                    u.kind = Unit.BAD;
                }
            }
        }
        return units;
    }

    /** The context-free class of each unit of a dump ({@link Unit#BAD} … {@link Unit#GOOD}), for diagnostics. */
    static int[] kinds(String text) {
        return DEFAULT.classified(text).stream().mapToInt(u -> u.kind).toArray();
    }

    /**
     * The dump's stop-word list (an index into {@link StopWords#languages()}), guessed from its
     * longer sentence-ending units without chrome cues (ad markup and link lists can be long, and
     * full of words of some other list) as {@link StopWords#guess} does: the list with the largest
     * share, at least 15%, of 10 or more words; -1 when none fits (e.g. Chinese).
     */
    private static int language(List<Unit> units) {
        int languages = StopWords.languages().size();
        int[] counts = new int[languages];
        int words = 0;
        int sampled = 0;
        for (Unit u : units) {
            if (u.text.length() >= LENGTH_LOW && u.sentenceEnd && !u.chrome) {
                words += u.sampleWords;
                if (u.stopCounts != null) {
                    for (int i = 0; i < languages; i++) {
                        counts[i] += u.stopCounts[i];
                    }
                }
                sampled += Math.min(u.text.length(), Unit.SAMPLE) + 1;
                if (sampled >= LANGUAGE_SAMPLE) {
                    break;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < languages; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return words >= GUESS_MIN_WORDS && counts[best] >= GUESS_MIN_SHARE * words ? best : -1;
    }

    /**
     * Ends with . ! ? : or their CJK forms, maybe inside closing quotes or brackets, maybe followed
     * by the marks of its footnotes ({@link #footnoteMarks}); an ellipsis is a teaser, not an end.
     */
    static boolean endsSentence(String t) {
        int i = footnoteMarks(t) - 1;
        while (i >= 0 && closing(t.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = t.charAt(i);
        if (c == '.') {
            return !(i >= 2 && t.charAt(i - 1) == '.' && t.charAt(i - 2) == '.');
        }
        // a colon introduces what follows ("…check out the footage below:"): a sentence of the body
        return c == '!' || c == '?' || c == ':' || c == '。' || c == '！' || c == '？' || c == '：';
    }

    /**
     * Where the marks of footnotes glued to the end of a text begin, or its length when it has
     * none: a converter prints a superscript reference as "^[12]" (w3m) or "^[916][12]" (lynx, its
     * own link number first), "supply.^[231]". A mark is a bracketed word without spaces of at most
     * {@link #FOOTNOTE_MARK} characters; only a mark right after a non-space is taken, so an image
     * or link set apart by a space stays.
     */
    static int footnoteMarks(String t) {
        int end = t.length();
        while (end > 2 && t.charAt(end - 1) == ']') {
            int open = t.lastIndexOf('[', end - 2);
            if (open < 1 || end - open - 2 > FOOTNOTE_MARK || end - open - 2 < 1) {
                break;
            }
            boolean word = true;
            for (int i = open + 1; i < end - 1 && word; i++) {
                word = !Units.isSpace(t.charAt(i)) && t.charAt(i) != ']';
            }
            int before = t.charAt(open - 1) == '^' ? open - 1 : open;
            if (!word || before < 1 || Units.isSpace(t.charAt(before - 1))) {
                break;
            }
            end = before;
        }
        return end;
    }

    /** The longest footnote mark {@link #footnoteMarks} takes, between its brackets. */
    private static final int FOOTNOTE_MARK = 6;

    /** A closing quote or bracket, after which a sentence may end. */
    private static boolean closing(char c) {
        return switch (c) {
            case '"', '\'', '”', '’', '»', ')', ']', '）', '」', '』' -> true;
            default -> false;
        };
    }

    /**
     * jusText's context-free classes, with short sentence-ending paragraphs of prose counted as
     * good, and sentences of news prose with a lower stop-word density near-good.
     */
    private static int classify(Unit u, boolean haveStopWords, boolean marksLinks) {
        if (u.chrome || u.words == 0 || u.has(':') && mostlyUrl(u.text) || u.caption()) {
            return Unit.BAD;
        }
        // a short list item is a link of a menu, unless the dump marks its links and this one has no mark
        if (u.bullet && u.length < LENGTH_LOW && !u.sentenceEnd && (!marksLinks || Cues.hasLinkMarker(u))) {
            return Unit.BAD;
        }
        if (u.length < LENGTH_LOW) {
            return Unit.SHORT;
        }
        if (!haveStopWords) {
            // no list for the language: prose is long and ends its sentences
            if (u.sentenceEnd || wideSentences(u)) {
                return u.length > LENGTH_HIGH ? Unit.GOOD : Unit.NEAR_GOOD;
            }
            return u.length > 2 * LENGTH_HIGH && !hasTag(u.text) || widePlain(u) ? Unit.NEAR_GOOD : Unit.BAD;
        }
        double d = u.stopDensity();
        if (d >= STOPWORDS_HIGH) {
            return u.length > LENGTH_HIGH || (u.sentenceEnd && u.length >= LENGTH_SENTENCE) ? Unit.GOOD : Unit.NEAR_GOOD;
        }
        if (d >= STOPWORDS_LOW) {
            return Unit.NEAR_GOOD;
        }
        // news prose dense with names and figures: sentences of some length with a lower density
        return u.sentenceEnd && u.words >= SENTENCE_MIN_WORDS && d >= STOPWORDS_SENTENCE ? Unit.NEAR_GOOD : Unit.BAD;
    }

    /**
     * Whether a unit of mostly East Asian text ends a sentence inside it: a paragraph of sentences
     * with a note in brackets after the last ("…发表在《自然》上。（编译/林靖东）"), where no sentence
     * end is looked for.
     */
    static boolean wideSentences(Unit u) {
        String t = u.text;
        int wide = (u.length - t.length()) / 2;
        if (2 * wide < t.length()) {
            return false;
        }
        int stop = Math.max(t.lastIndexOf('。'), Math.max(t.lastIndexOf('！'), t.lastIndexOf('？')));
        return stop > 0 && stop < t.length() - 1;
    }

    /**
     * A line of East Asian prose without a sentence end (blogs break their lines at phrase ends,
     * without a full stop): mostly wide characters, with no sign of a link or teaser (brackets,
     * bars, a trailing ellipsis).
     */
    static boolean widePlain(Unit u) {
        String t = u.text;
        int wide = (u.length - t.length()) / 2;
        if (2 * wide < t.length() || t.endsWith("...") || t.endsWith("…")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("[]|【】『』「」<>＜＞｜《》〈〉".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line has a markup tag in it ("<div", "</p"): escaped markup printed as text, no prose. */
    static boolean hasTag(String t) {
        for (int i = t.indexOf('<'); i >= 0 && i + 1 < t.length(); i = t.indexOf('<', i + 1)) {
            char c = t.charAt(i + 1);
            if (c == '/' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Whether the dump marks its links as lynx does ("[12]Home"): on at least {@link #MARKED_LINKS} units. */
    private static boolean marksLinks(List<Unit> units) {
        int marked = 0;
        for (Unit u : units) {
            if (Cues.hasLinkMarker(u) && ++marked >= MARKED_LINKS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unit's text without the link markers a text browser numbers its links with ("the [12]council
     * voted" is "the council voted"): the numbers are the browser's, not the page's. A bracketed
     * number set apart by a space or a punctuation mark ("(2009) [1966]. ") or closing the text is
     * no marker and stays, and so is a footnote's number ("supply.^[12],"), unless the browser's
     * own number comes before it ("supply.^[916][12]").
     */
    static String withoutLinkMarkers(Unit u) {
        return Cues.hasLinkMarker(u) ? withoutLinkMarkers(u.text) : u.text;
    }

    /** {@link #withoutLinkMarkers(Unit)} of a text: a header field read from a unit of a dump that marks its links. */
    static String withoutLinkMarkers(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int from = 0;
        for (int i = t.indexOf('['); i >= 0; i = t.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < t.length() && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                j++;
            }
            if (j > i + 1 && j + 1 < t.length() && t.charAt(j) == ']' && !Units.isSpace(t.charAt(j + 1))
                    && ".,;:!?)".indexOf(t.charAt(j + 1)) < 0 && (i == 0 || t.charAt(i - 1) != '^' || t.charAt(j + 1) == '[')) {
                b.append(t, from, i);
                from = j + 1;
                i = j;
            }
        }
        return b.append(t, from, t.length()).toString();
    }

    /**
     * Whether a URL takes half the unit or more, as in the lines of lynx's list of references
     * ("12. https://…"): a link, no prose, however many stop words its path spells. A link
     * marked in the text ("IFRAME: [3]https://…", an embed) is not such a line.
     */
    static boolean mostlyUrl(String t) {
        int scheme = t.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int s = scheme;
        while (s > 0 && !Units.isSpace(t.charAt(s - 1))) {
            s--;
        }
        int e = scheme;
        while (e < t.length() && !Units.isSpace(t.charAt(e))) {
            e++;
        }
        return t.charAt(s) != '[' && 2 * (e - s) >= t.length(); // "[3]https://…" is a link marked in the text
    }

    /**
     * A list of short items set between paragraphs of prose is part of the article, not a menu:
     * its items are short units rather than bad ones (menus stand apart from the prose).
     */
    private static void listsInProse(List<Unit> units) {
        for (int i = 0; i < units.size(); ) {
            if (!shortItem(units.get(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < units.size() && shortItem(units.get(i))) {
                i++;
            }
            if (s > 0 && i < units.size() && units.get(s - 1).kind >= Unit.NEAR_GOOD && units.get(i).kind >= Unit.NEAR_GOOD) {
                for (int j = s; j < i; j++) {
                    units.get(j).kind = Unit.SHORT;
                }
            }
        }
    }

    /**
     * A listing set into the article: a block of lines without a blank line between them that
     * opens with a line of code ({@link #codeLine}: a command at a shell's prompt, a statement), or
     * of which at least one line in {@link #LISTING_CODE_SHARE} (two or more) is code, is a listing
     * all through, the output and the bare keywords alike ({@link Unit#inListing}).
     */
    private static void listingBlocks(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).blankBefore) {
                continue;
            }
            int j = i + 1;
            int code = codeLine(units.get(i)) ? 1 : 0;
            while (j < units.size() && !units.get(j).blankBefore) {
                code += codeLine(units.get(j)) ? 1 : 0;
                j++;
            }
            if (j - i >= 2 && (codeLine(units.get(i)) || code >= 2 && LISTING_CODE_SHARE * code >= j - i)) {
                for (int k = i; k < j; k++) {
                    units.get(k).inListing = !units.get(k).terminator;
                }
            }
            i = j - 1;
        }
    }

    /** A block is a listing when at least one of this many of its lines is code ({@link #listingBlocks}). */
    private static final int LISTING_CODE_SHARE = 3;

    /**
     * A list of at least {@link #HEADLINE_LIST} items of some length that do not end their
     * sentences (at most one in {@link #HEADLINE_LIST} does) reads as a list of headlines, other
     * stories': however long and fluent, such an item is near-good at most. In a dump that marks its
     * links, a headline is a link: an item that does not start with a mark is no headline.
     */
    private static void headlineLists(List<Unit> units, boolean marksLinks) {
        for (int i = 0; i < units.size(); ) {
            if (!units.get(i).bullet) {
                i++;
                continue;
            }
            int s = i;
            int sentences = 0;
            int chars = 0;
            while (i < units.size() && units.get(i).bullet) {
                sentences += units.get(i).sentenceEnd ? 1 : 0;
                chars += units.get(i).length;
                i++;
            }
            int n = i - s;
            if (n >= HEADLINE_LIST && HEADLINE_LIST * sentences <= n && chars >= n * LENGTH_LOW) {
                for (int j = s; j < i; j++) {
                    Unit u = units.get(j);
                    if (!u.sentenceEnd && u.kind == Unit.GOOD && (!marksLinks || u.text.startsWith("["))) {
                        u.kind = Unit.NEAR_GOOD;
                    }
                }
            }
        }
    }

    /** A list of headlines has at least this many items, and at most one in this many ends a sentence. */
    private static final int HEADLINE_LIST = 4;

    /** A short list item taken for a menu link by {@link #classify}. */
    private static boolean shortItem(Unit u) {
        return u.bullet && u.kind == Unit.BAD && !u.chrome && u.words > 0 && u.length < LENGTH_LOW;
    }

    /**
     * Units of some length that occur more than once in the dump are bad, every copy; a long one only
     * when drawn again within {@link #REPEAT_NEAR} units (a gallery's caption, per slide or image
     * size), and only if good prose is left besides: a long paragraph printed again further off,
     * or the only prose of the dump, is judged as prose.
     */
    private static void markRepeats(List<Unit> units) {
        // the earlier copy of each unit, found in chains of units with the same sketch (a full
        // String.hashCode would read every unit through once more)
        int[] heads = new int[Integer.highestOneBit(units.size() + 1) * 4];
        Arrays.fill(heads, -1);
        int[] next = new int[units.size()];
        List<Unit> captions = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.text.length() < MIN_REPEAT_LENGTH) {
                continue;
            }
            int slot = sketch(u.text) & (heads.length - 1);
            int previous = heads[slot];
            while (previous >= 0 && !units.get(previous).text.equals(u.text)) {
                previous = next[previous];
            }
            next[i] = heads[slot];
            heads[slot] = i;
            if (previous < 0) {
                continue;
            }
            if (u.text.length() <= LENGTH_HIGH) {
                units.get(previous).kind = Unit.BAD;
                u.kind = Unit.BAD;
            } else if (i - previous <= REPEAT_NEAR) {
                captions.add(units.get(previous));
                captions.add(u);
            }
        }
        if (captions.isEmpty()) {
            return;
        }
        Set<Unit> isCaption = Collections.newSetFromMap(new IdentityHashMap<>());
        isCaption.addAll(captions);
        if (units.stream().anyMatch(u -> u.kind == Unit.GOOD && !isCaption.contains(u))) {
            for (Unit u : captions) {
                u.kind = Unit.BAD;
            }
        }
    }

    /** A hash of a text's length and its first and last {@link #SKETCH} characters. */
    private static int sketch(String t) {
        int n = t.length();
        int h = n;
        for (int i = 0; i < Math.min(n, SKETCH); i++) {
            h = 31 * h + t.charAt(i);
        }
        for (int i = Math.max(SKETCH, n - SKETCH); i < n; i++) {
            h = 31 * h + t.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private static final int SKETCH = 8;

    /**
     * The densest run of body: the maximum-sum run of unit scores (Kadane), where good units earn
     * their length, near-good a third of it, short units and bad units cost. A terminator (a
     * comments or "related" heading) costs as a bad unit; inside the run, the first one after some
     * good body ends the article unless the run holds at least {@link #CONTINUE_RATIO} times as
     * much prose after it as before, or a good paragraph follows it within {@link #RESUME_WITHIN}
     * units, or the prose after it speaks of the same things ({@link #continues}): then it was a
     * widget set into the article ("Related", "Most read" boxes between paragraphs), and the next
     * one is tried. The prose after a terminator is counted up to the next thread of comments
     * ({@link #thread}), and a comments heading over a thread always ends the article: the
     * comments speak of the story, and at length. A sign-up form ({@link #form}) ends the article
     * too when the text after it does not go on with the story ({@link #continues}, its share of
     * words counted on the shorter side: a lede before the form is short). Returns {start, end}
     * (inclusive), or {-1, -1} when no unit scores above zero.
     */
    private static int[] mainRun(List<Unit> units) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = 0;
        double[] own = new double[units.size()];
        double[] scores = new double[units.size()];
        for (int i = 0; i < scores.length; i++) {
            own[i] = score(units.get(i));
            // a block drawn again right under itself (a caption some pages print for every image size) costs once
            scores[i] = i > 0 && units.get(i).text.equals(units.get(i - 1).text) ? 0 : own[i];
        }
        capGaps(units, scores);
        for (int i = 0; i < units.size(); i++) {
            double score = scores[i];
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += score;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            return new int[] {-1, -1};
        }
        // prose up to each unit, and from each unit up to where a thread of comments begins: the
        // comments speak of the story at length, so the prose after a terminator is counted only up to them
        double[] upTo = new double[bestEnd - bestStart + 2];
        for (int i = bestStart; i <= bestEnd; i++) {
            upTo[i - bestStart + 1] = upTo[i - bestStart] + Math.max(0, own[i]);
        }
        boolean[] threads = new boolean[bestEnd - bestStart + 1];
        double[] untilThread = new double[bestEnd - bestStart + 1];
        int thread = bestEnd + 1;
        for (int i = bestEnd; i >= bestStart; i--) {
            Unit u = units.get(i);
            if (u.terminator && (u.cues & Cues.COMMENT_CUE) != 0 && thread(units, i, bestEnd)) {
                threads[i - bestStart] = true;
                thread = i;
            }
            untilThread[i - bestStart] = upTo[thread - bestStart] - upTo[i - bestStart];
        }
        double before = 0;
        int goodChars = 0;
        for (int i = bestStart; i <= bestEnd; i++) {
            Unit u = units.get(i);
            if (u.terminator && goodChars >= MIN_BODY_BEFORE_END && (threads[i - bestStart]
                    || untilThread[i - bestStart] < CONTINUE_RATIO * before && !resumes(units, i, bestEnd)
                    && !continues(units, bestStart, i, bestEnd, false))) {
                return new int[] {bestStart, i - 1};
            }
            // a sign-up form between the article and a text that speaks of other things (a live ticker)
            if (goodChars >= MIN_BODY_BEFORE_END && form(units, i, bestEnd) && !continues(units, bestStart, i, bestEnd, true)) {
                return new int[] {bestStart, i - 1};
            }
            before += Math.max(0, own[i]);
            goodChars += u.kind == Unit.GOOD ? u.length : 0;
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * Whether a block of at least {@link #FORM_BLOCK} chrome units with a form widget in it starts
     * at {@code i}: a sign-up form ("Get the newsletter", "Our news by email", "[____] [Sign up]").
     */
    private static boolean form(List<Unit> units, int i, int end) {
        if (i + FORM_BLOCK - 1 > end || i > 0 && units.get(i - 1).chrome) {
            return false;
        }
        boolean widget = false;
        int j = i;
        for (; j <= end && units.get(j).chrome; j++) {
            widget |= Cues.hasFormWidget(units.get(j).text);
        }
        return widget && j - i >= FORM_BLOCK;
    }

    /**
     * Whether the units after a comments heading at {@code i} read as a thread of comments: the
     * same short line ("Reply", "Report", "Like") comes back under comment after comment, with
     * prose between its copies, at least {@link #THREAD_REPEATS} times within {@link #THREAD_SPAN}
     * units. An article that follows a "Comments (5)" link (a page of several stories) has no such
     * line, nor has a row of buttons.
     */
    private static boolean thread(List<Unit> units, int i, int end) {
        Map<String, int[]> seen = new HashMap<>(); // per line: copies, and the prose count at the last copy
        int prose = 0;
        for (int j = i + 1; j <= Math.min(end, i + THREAD_SPAN); j++) {
            Unit u = units.get(j);
            if (u.kind >= Unit.NEAR_GOOD) {
                prose++;
            } else if (u.length < LENGTH_LOW && u.words > 0) {
                int[] copies = seen.computeIfAbsent(LINK_MARKER.matcher(u.text).replaceAll(""), k -> new int[] {0, -1});
                if (copies[1] < prose) {
                    copies[0]++;
                    copies[1] = prose;
                    if (copies[0] >= THREAD_REPEATS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A stretch of short lines that cost (a code listing, a table, a list of figures set into the
     * article, one line each) costs at most {@link #GAP_CAP} in all: it is one block of the page,
     * however many lines the converter drew it on.
     */
    private static void capGaps(List<Unit> units, double[] scores) {
        for (int i = 0; i < scores.length; ) {
            if (!(scores[i] < 0 && units.get(i).length < LENGTH_LOW)) {
                i++;
                continue;
            }
            int s = i;
            double cost = 0;
            while (i < scores.length && (scores[i] < 0 || scores[i] == 0 && codeLine(units.get(i)))
                    && units.get(i).length < LENGTH_LOW) {
                cost -= scores[i];
                scores[i] = 0;
                i++;
            }
            scores[s] = -Math.min(cost, GAP_CAP);
        }
    }

    /**
     * Whether a unit is the caption of a picture: it credits the photo ({@link Cues#credit}), or it
     * says one phrase two or three times over, as a converter prints a picture's text alternative,
     * title and caption (or a teaser's image, headline and link) one after the other.
     */
    static boolean caption(String t) {
        return Cues.credit(t) || t.length() < 3 * LENGTH_HIGH && saidAgain(t);
    }

    /** Whether a text is one phrase of at least two words said two or three times, a space between. */
    private static boolean saidAgain(String t) {
        for (int k = 2; k <= 3; k++) {
            int n = t.length() - (k - 1); // k copies and k - 1 spaces
            if (n % k != 0 || n / k < 3) {
                continue;
            }
            int len = n / k;
            boolean same = t.indexOf(' ') > 0 && t.indexOf(' ') < len;
            for (int c = 1; c < k && same; c++) {
                int at = c * (len + 1);
                same = t.charAt(at - 1) == ' ' && t.regionMatches(at, t, 0, len);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** A short line of program code or markup ({@link Cues#codeLike}) that is no prose and no chrome. */
    private static boolean codeLine(Unit u) {
        return u.kind <= Unit.SHORT && u.length < LENGTH_LOW && !u.chrome && !u.terminator && Cues.codeLike(u);
    }

    /**
     * Whether good prose follows the terminator at {@code i} within {@link #RESUME_WITHIN} units,
     * before any picture: a terminator with a picture under it heads a box of teasers, each with
     * its picture ("Related coverage", [photo], "Headline Summary…").
     */
    private static boolean resumes(List<Unit> units, int i, int end) {
        for (int j = i + 1; j <= Math.min(end, i + RESUME_WITHIN); j++) {
            Unit u = units.get(j);
            if (u.kind == Unit.GOOD) {
                return true;
            }
            if (u.chrome && (image(u.text) || Cues.imageFile(u.text))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the prose after the terminator at {@code i} (its first {@link #CONTINUE_SAMPLE}
     * characters, up to the run's end or the next terminator) continues the article from {@code
     * start}: at least {@link #CONTINUE_SHARED} of its distinct content words occur in the
     * article's prose before the terminator (the story's names and nouns, {@link Header#contentWords});
     * with {@code either}, of the distinct content words of the smaller side. Never for comments,
     * which speak of the story too. The prose under a headline drawn twice ({@link #drawnTwice}) is
     * a teaser's summary, not read: related stories speak of the same things.
     */
    private static boolean continues(List<Unit> units, int start, int i, int end, boolean either) {
        if ((units.get(i).cues & Cues.COMMENT_CUE) != 0) {
            return false; // comments speak of the story too
        }
        Set<String> next = new HashSet<>();
        int chars = 0;
        for (int j = i + 1; j <= end && chars < CONTINUE_SAMPLE && !units.get(j).terminator; j++) {
            Unit u = units.get(j);
            if (u.kind >= Unit.NEAR_GOOD && !(j - 2 > i && drawnTwice(units.get(j - 2), units.get(j - 1)))) {
                Header.contentWords(u, next::add);
                chars += u.text.length();
            }
        }
        if (next.size() < CONTINUE_MIN_WORDS) {
            return false;
        }
        Set<String> story = new HashSet<>();
        for (int j = start; j < i; j++) {
            if (units.get(j).kind >= Unit.NEAR_GOOD) {
                Header.contentWords(units.get(j), story::add);
            }
        }
        int shared = 0;
        for (String w : next) {
            shared += story.contains(w) ? 1 : 0;
        }
        return shared >= CONTINUE_SHARED * (either ? Math.min(next.size(), story.size()) : next.size());
    }

    /**
     * Whether two units say the same, maybe each with its own link markers ("[46]Headline",
     * "[47]Headline"): a teaser's headline drawn as its picture's link and again as its own.
     */
    private static boolean drawnTwice(Unit a, Unit b) {
        return a.text.equals(b.text) || Cues.hasLinkMarker(a) && Cues.hasLinkMarker(b)
                && withoutLinkMarkers(a).equals(withoutLinkMarkers(b));
    }

    private static double score(Unit u) {
        if (u.terminator) {
            return -(BAD_COST + u.length / 2.0);
        }
        if (codeLine(u) || u.inListing && u.kind < Unit.NEAR_GOOD || u.chrome && Cues.imageFile(u.text)) {
            return 0; // a line of a code listing, an image set into the article: not prose, not page chrome either
        }
        if (u.kind == Unit.BAD && !u.chrome && u.words > 0 && u.caption()) {
            return -SHORT_COST; // the caption of a photo set into the article: no prose, but no page chrome either
        }
        return switch (u.kind) {
            case Unit.GOOD -> u.length;
            case Unit.NEAR_GOOD -> u.length / 3.0;
            case Unit.SHORT -> u.shortSentence() ? 0 : -SHORT_COST;
            default -> -(BAD_COST + Math.max(0, u.length - pictureChars(u.text)) / 2.0);
        };
    }

    /**
     * Characters of a text taken by pictures drawn as their file names in brackets
     * ("[fff-277-finished-2.png]"): a converter may print the whole name or cut it to fit a column
     * ("[f]"), so a row of pictures costs by its words, not by how its converter drew them.
     */
    static int pictureChars(String t) {
        int chars = 0;
        for (int open = t.indexOf('['); open >= 0; open = t.indexOf('[', open + 1)) {
            int close = t.indexOf(']', open + 1);
            if (close < 0) {
                break;
            }
            if (Cues.imageFile(t.substring(open, close + 1))) {
                chars += close + 1 - open;
            }
        }
        return chars;
    }

    /**
     * The baseline rescue, after trafilatura (ALGORITHMS.md §1.1, stage 3): when nothing was taken
     * for body (a page of a few short lines, a language without a stop-word list), the units with
     * words that are no chrome, terminator or header field are body: all of them on a page of at
     * most {@link #RESCUE_ALL_UNITS}, else those that read as sentences or are long (so a menu
     * page stays empty). The article verdict is unchanged: such a body has no good paragraph.
     */
    private static void rescue(List<Unit> units) {
        for (Unit u : units) {
            if (u.result == LineClass.BODY) {
                return;
            }
        }
        int candidates = 0;
        for (Unit u : units) {
            candidates += u.result == LineClass.BOILERPLATE && u.words > 0 && !u.chrome && !u.terminator ? 1 : 0;
        }
        boolean all = candidates <= RESCUE_ALL_UNITS;
        for (Unit u : units) {
            if (u.result == LineClass.BOILERPLATE && u.words > 0 && !u.chrome && !u.terminator
                    && (all || u.shortSentence() || u.length >= LENGTH_LOW)) {
                u.result = LineClass.BODY;
            }
        }
    }

    /** A unit that reads as a paragraph of prose: near-good or better, or a short sentence. */
    private static boolean prose(Unit u) {
        return u.result == LineClass.BOILERPLATE && !u.terminator
                && (u.kind >= Unit.NEAR_GOOD || u.kind == Unit.SHORT && u.shortSentence());
    }

    /**
     * jusText's context revision inside the run: good and near-good units are body, bad ones are
     * not, and a short unit, or a line of a listing or table ({@link #listing}), is body when the
     * nearest units on both sides that are neither short, listing nor rule ({@link #rule}) are body,
     * unless it follows a terminator the article runs on past (the teasers of a "Related" box).
     */
    private static void revise(List<Unit> units, int start, int end) {
        boolean box = false; // after a terminator the article runs on past: the box's teaser lines
        for (int i = start; i <= end; i++) {
            Unit u = units.get(i);
            if (u.terminator) {
                box = true;
            }
            if (u.result != LineClass.BOILERPLATE || u.terminator) {
                continue;
            }
            if (u.kind >= Unit.NEAR_GOOD || u.kind == Unit.SHORT && u.shortSentence()) {
                u.result = LineClass.BODY;
                box = false;
            } else if ((u.kind == Unit.SHORT || listing(u)) && !box) {
                if (anchoredGood(units, i, -1, start) && anchoredGood(units, i, +1, end)) {
                    u.result = LineClass.BODY;
                }
            }
        }
    }

    /**
     * A line without words that is no chrome: a rule drawn under a heading or between the rows of
     * a table ("────┼────", "______"), a closing bracket of a listing. It separates, it does not end
     * the text around it.
     */
    private static boolean rule(Unit u) {
        return u.words == 0 && !u.chrome && !u.terminator;
    }

    /**
     * A line of a listing or table set into the article: program code ({@link #codeLine}), a line
     * of a block that opens with code ({@link Unit#inListing}: a command's output), or a row of
     * cells ({@link #tableRow}). It may repeat (a query shown twice) or be long, so it is
     * judged by its place between paragraphs, not by its class.
     */
    private static boolean listing(Unit u) {
        return codeLine(u) || u.inListing && u.kind < Unit.NEAR_GOOD
                || u.words > 0 && !u.chrome && !u.terminator && u.kind < Unit.NEAR_GOOD && tableRow(u.text);
    }

    /**
     * Whether a line is a row of table cells: a box-drawing column bar ("│") or two ASCII bars (one
     * bar sets a section before a teaser: "Food | Headline"). Columns set apart by runs of spaces
     * are left out: news pages draw their spec sheets and price lists so, which readers drop.
     */
    static boolean tableRow(String t) {
        int bar = t.indexOf('|');
        return t.indexOf('│') >= 0 || bar >= 0 && t.indexOf('|', bar + 1) > 0;
    }

    /** A picture as a text browser draws it, its text alternative in brackets and nothing else ("[Map of the harbour]"). */
    static boolean image(String t) {
        return t.length() > 2 && t.charAt(0) == '[' && t.indexOf(']') == t.length() - 1 && t.indexOf('[', 1) < 0
                && t.charAt(1) != ' ' && t.charAt(1) != '_';
    }

    private static boolean anchoredGood(List<Unit> units, int i, int step, int limit) {
        for (int j = i + step; step < 0 ? j >= limit : j <= limit; j += step) {
            Unit u = units.get(j);
            if (u.kind == Unit.SHORT && !u.shortSentence() || listing(u) || rule(u) || u.chrome && (Cues.imageFile(u.text) || image(u.text))) {
                continue;
            }
            return u.kind >= Unit.NEAR_GOOD || u.kind == Unit.SHORT;
        }
        return false;
    }
}

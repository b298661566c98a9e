package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.extract.Extraction;
import org.dateline.extract.StopWords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The main-text extractor for HTML, as a recipe of small steps:
 * <ol>
 *   <li>find the title ({@link Titles}) and what the page declares itself ({@link PageKind});</li>
 *   <li>remove what is never article text and mark page furniture ({@link Cleaner});</li>
 *   <li>locate the article's containers by paragraph scoring, outside the furniture
 *       ({@link ContentFinder}); with too little text found, look again inside it;</li>
 *   <li>flatten them into blocks ({@link Blocks}) and keep the blocks that read as article text:
 *       not link lists, prompts, credits or labels, not a byline or a repeat of the headline, not
 *       a "read more" heading after the last paragraph;</li>
 *   <li>judge whether the page is an article ({@link PageKind}) and read its comments
 *       ({@link Comments}).</li>
 * </ol>
 *
 * <p>Stateless and thread-safe. {@link #extract} modifies the document it is given.
 */
public final class HtmlExtractor {
    /** A block with more of its text in links than this is navigation, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Short blocks must be nearly link-free: a one-link line under a paragraph is a teaser. */
    private static final int SHORT_BLOCK_CHARS = 80;
    private static final double MAX_SHORT_LINK_DENSITY = 0.25;
    /** Less text than this, and the extractor looks again inside the elements marked as furniture. */
    private static final int RETRY_CHARS = 500;
    /** A block shorter than this without a single function word is a label, not prose. */
    private static final int NOISE_CHARS = 50;
    private static final int SAMPLE_CHARS = 3000;
    /** A caption at least this long that ends a sentence is part of the story. */
    private static final int CAPTION_SENTENCE_CHARS = 100;
    /**
     * Calls to action and page furniture that sit inside article containers: newsletter and app
     * prompts, "read also" pointers, legal lines. Only short blocks are tested.
     */
    private static final Pattern PROMPT = Pattern.compile("(?iu)\\b(?:sign up|subscribe|newsletter|your inbox|"
            + "download (?:the|our) app|follow us|share this|click here|read more|read also|see also|also read|"
            + "all rights reserved|copyright ©|privacy policy|terms of (?:use|service)|"
            + "abonnieren|anmelden|lesen sie auch|mehr zum thema|auch interessieren|weiterlesen|alle rechte|"
            + "inscrivez-vous|abonnez-vous|lire aussi|à lire aussi|tous droits|"
            + "suscr[ií]b|lee también|leia também|inscreva-se|leggi anche|iscriviti|lees ook|meld je aan|"
            + "czytaj (?:też|także|również)|zapisz się|читайте также|подпишитесь)");
    private static final int PROMPT_CHARS = 160;

    /** A short line naming the author: "By Sam Reyes", "Par Élodie Marchand – 2 juillet 2023". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu:by|par|von|por|di|door|av|af|przez|от|автор)\\s+\\p{Lu}.{0,80}");

    /** Creates an extractor. */
    public HtmlExtractor() {
    }

    /**
     * Extracts the title and the article body of a parsed page. The document is cleaned in place:
     * read any metadata from it before calling this.
     */
    public Extraction extract(Document doc) {
        String title = Titles.find(doc);
        PageKind.Declared declared = PageKind.declared(doc);
        Set<Element> furniture = Cleaner.clean(doc);
        String titleKey = title == null ? null : key(title);
        List<String> paragraphs = paragraphs(doc.body(), furniture, titleKey);
        int chars = chars(paragraphs);
        if (chars < RETRY_CHARS && !furniture.isEmpty()) {
            // too little text: the furniture marks may have hidden the article; look again without them
            List<String> relaxed = paragraphs(doc.body(), Set.of(), titleKey);
            if (chars(relaxed) > chars) {
                paragraphs = relaxed;
            }
        }
        if (paragraphs.isEmpty()) {
            // no block looks like prose: a page of a few short lines is still text, not nothing
            paragraphs = lines(doc.body(), furniture);
        }
        return new Extraction(title, paragraphs, PageKind.isArticle(declared, doc.location(), paragraphs),
                Comments.find(furniture));
    }

    private static List<String> paragraphs(Element body, Set<Element> skip, @Nullable String titleKey) {
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Element container : ContentFinder.find(body, skip)) {
            blocks.addAll(Blocks.of(container, skip));
        }
        StopWords language = StopWords.guess(sample(blocks));
        List<Blocks.Block> kept = new ArrayList<>();
        boolean inBody = false;
        for (Blocks.Block block : blocks) {
            // bylines sit above the first paragraph of prose: metadata, not body text
            if (keep(block, titleKey, language) && (inBody || !BYLINE.matcher(block.text()).matches())) {
                kept.add(block);
                inBody |= block.text().length() >= SHORT_BLOCK_CHARS;
            }
        }
        // after the last paragraph come "read more" headings and labels, not the article
        int end = kept.size();
        while (end > 0 && isLabel(kept.get(end - 1))) {
            end--;
        }
        List<String> paragraphs = new ArrayList<>(end);
        for (Blocks.Block block : kept.subList(0, end)) {
            paragraphs.add(block.text());
        }
        return paragraphs;
    }

    /** The page's blocks that are not links, with nothing else judged: the last resort. */
    private static List<String> lines(Element body, Set<Element> skip) {
        List<String> lines = new ArrayList<>();
        for (Blocks.Block block : Blocks.of(body, skip)) {
            if (block.linkDensity() <= MAX_LINK_DENSITY) {
                lines.add(block.text());
            }
        }
        return lines;
    }

    /** Up to a few thousand characters of the blocks' text, to guess the language from. */
    private static String sample(List<Blocks.Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Blocks.Block block : blocks) {
            if (b.length() > SAMPLE_CHARS) {
                break;
            }
            b.append(block.text()).append(' ');
        }
        return b.toString();
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static boolean keep(Blocks.Block block, @Nullable String titleKey, @Nullable StopWords language) {
        String text = block.text();
        double ld = block.linkDensity();
        if (ld > MAX_LINK_DENSITY || (text.length() < SHORT_BLOCK_CHARS && ld > MAX_SHORT_LINK_DENSITY && !block.isHeading())) {
            return false;
        }
        if (text.length() < PROMPT_CHARS && PROMPT.matcher(text).find()) {
            return false;
        }
        if (language != null && !block.isHeading() && !block.tag().equals("li") && text.length() < NOISE_CHARS
                && !Blocks.endsSentence(text) && language.count(text) == 0) {
            return false; // a label, price, credit or widget line: no function words, no sentence
        }
        if ((block.tag().equals("figcaption") || block.tag().equals("caption"))
                && !(text.length() >= CAPTION_SENTENCE_CHARS && Blocks.endsSentence(text))) {
            return false; // photo credits and labels; a caption that tells part of the story stays
        }
        if (block.isHeading() && titleKey != null && key(text).equals(titleKey)) {
            return false; // the headline is the title field, not body text
        }
        return true;
    }

    /** A heading, or a short line that announces something: "Read more:", "Related stories…". */
    private static boolean isLabel(Blocks.Block block) {
        String text = block.text();
        char last = text.charAt(text.length() - 1);
        return block.isHeading() || (text.length() < SHORT_BLOCK_CHARS && (last == ':' || last == '…'));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").trim();
    }
}

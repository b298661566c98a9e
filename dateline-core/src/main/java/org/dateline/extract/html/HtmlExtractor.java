package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.extract.Extraction;
import org.dateline.extract.StopWords;
import org.dateline.internal.WordTable;
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
 *   <li>with a {@link BlockModel}, let the learned classifier decide for every block of the page,
 *       the rules' decision being one of its features ({@link BlockFeatures}), and take back a
 *       paragraph it left out between two it chose from the same parent;</li>
 *   <li>set the captions apart, and leave out what opens or closes the article without being part of it;</li>
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
    /**
     * A caption at least this long that ends a sentence reads as text to the rules (and the model
     * judges it), though the final text leaves every caption out.
     */
    private static final int CAPTION_SENTENCE_CHARS = 100;
    /** How far above a block an element naming a caption makes the block one. */
    private static final int CAPTION_LEVELS = 4;
    private static final WordTable CAPTION_NAME = WordTable.of(List.of("caption"));
    private static final Pattern EMBEDDED_POST = Pattern.compile(
            "(?i)tweet|instagram-media|tiktok-embed|fb-xfbml|threads-post|bluesky-embed|reddit-card|reddit-embed|mastodon-embed");
    /**
     * Calls to action and page furniture that sit inside article containers: newsletter and app
     * prompts, "read also" pointers, legal lines. Only short blocks are tested.
     */
    private static final Phrases PROMPT = new Phrases("sign up", "subscribe", "newsletter", "your inbox",
            "download the app", "download our app", "follow us", "share this", "click here", "read more", "read also",
            "see also", "also read", "all rights reserved", "copyright ©", "privacy policy", "terms of use",
            "terms of service", "please try again", "try again later",
            "abonnieren", "anmelden", "lesen sie auch", "mehr zum thema", "auch interessieren", "weiterlesen", "alle rechte",
            "inscrivez-vous", "abonnez-vous", "lire aussi", "à lire aussi", "tous droits",
            "suscrib", "suscríb", "lee también", "leia também", "inscreva-se", "leggi anche", "iscriviti", "lees ook",
            "meld je aan", "czytaj też", "czytaj także", "czytaj również", "zapisz się", "читайте также", "подпишитесь");
    private static final int PROMPT_CHARS = 160;
    /**
     * What a page's widgets print inside the article: the label of an ad slot ("Article continues
     * below"), the placeholder of an embed waiting for consent, an app prompt. Only short blocks
     * are tested, and only in the final text, so the model judges the blocks around them as before.
     */
    private static final Phrases WIDGET = new Phrases("continues below", "continues after the ad",
            "waiting for your permission", "on ios or android", "on ios and android", "weiter nach der anzeige",
            "suite après la publicité", "suite après cette publicité", "continúa después de la publicidad",
            "continua dopo la pubblicità");
    /** An invitation to follow someone on a social network: "Follow Ana Li on Instagram", "Follow us on X". */
    private static final Pattern FOLLOW_ON = Pattern.compile("(?iu:follow\\s(?:[\\p{L}.'’ ]{1,50}?\\s)?on\\s"
            + "(?:twitter|x\\b|instagram|facebook|threads|tiktok|linkedin|bluesky|mastodon|youtube))");
    /**
     * Affiliate and consent disclosures, which publishers add to articles in paragraphs of any
     * length: phrases specific enough to be tested in long blocks too.
     */
    private static final Phrases DISCLOSURE = new Phrases("may receive compensation", "may receive a commission",
            "may earn a commission", "may earn commission", "we earn a commission", "may receive a small commission",
            "affiliate links", "affiliate link", "affiliate commission", "advertising disclosure",
            "affiliate fee", "affiliate partnerships", "receive compensation when you click", "make money when you click",
            "share of the revenue if you buy", "a share of sales", "editorially independent",
            "by using this site, you consent", "by using this site you consent", "by using this site, you agree",
            "provision erhalten", "erhalten wir eine provision", "erhalten wir eine kleine provision", "affiliate-link",
            "liens d'affiliation", "lien d'affiliation", "enlaces de afiliados", "enlace de afiliado", "link di affiliazione",
            "links de afiliados", "link afiliacyjny", "linki afiliacyjne");

    /** A short line naming the author: "By Sam Reyes", "Par Élodie Marchand – 2 juillet 2023". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu:by|par|von|por|di|door|av|af|przez|от|автор)\\s+\\p{Lu}.{0,80}");
    /** What a byline leaves when its names are links the cleaner took out: "By", "By —", "Par :". */
    private static final Pattern BYLINE_LEFTOVER = Pattern.compile(
            "(?iu:by|par|von|por|di|door|av|af|przez|от|автор)\\s*[-–—:|]?");

    /** A photo credit standing as its own line: "Courtesy of …", "Credit: …", "Photo: …", "Foto: …". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu:courtesy of|(?:photo |image )?credits?\\s?:|photo(?:graph)?\\s?:|image\\s?:|picture\\s?:|foto\\s?:|bild\\s?:"
                    + "|crédits?\\s?:|crédito\\s?:)\\s*\\S.*");
    private static final int CREDIT_CHARS = 100;
    /**
     * A caption that ends with its photo credit, wherever it stands: "… on Friday. Credit: Ana Li",
     * "… | Image credit: Studio", "… (Credit: Ana Li)", "… Image: Ana Li/Getty Images", "… (Photo by
     * Ana Li/Getty Images)", "… (AP Photo/Ana Li)", "… (AP)".
     */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?iu:[\\s(|/](?:(?:photo|image|picture)\\s)?credits?\\s?:\\s*[^:]{1,100}|[\\s(|](?:photo|image|foto|bild)\\s?:\\s*[^:]{1,100}"
                    + "(?:/|\\svia\\s)[^:]{1,60}|\\((?:photos?|images?|fotos?)\\sby\\s[^()]{1,80}\\)"
                    + "|\\((?-i:AP|AFP|Reuters|EPA)(?:\\s(?i:photo)[^()]{0,60})?\\))$");
    private static final int CREDITED_CAPTION_CHARS = 300;

    /**
     * A note on the author, closing an article: a name, then what the person is or does for a
     * living ("Sam Reyes is a senior reporter at …", "Ana Li writes about …", "Élodie Marchand est
     * journaliste …").
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){1,3}\\s"
                    + "(?:(?:is|est|ist|es|è|é|jest|является)\\s[^.]{0,80}?"
                    + "(?iu:writer|reporter|editor|journalist|correspondent|contributor|columnist|freelancer|critic|"
                    + "producer|rédact|correspondant|chroniqueu|redakteur|korrespondent|autor|periodista|redactor|"
                    + "corresponsal|columnista|giornalista|redattore|corrispondente|jornalista|repórter|redacteur|"
                    + "dziennikar|redaktor|журналист|корреспондент|редактор)"
                    + "|(?:writes|covers|reports)\\s(?:about|on|for)\\s)");
    private static final int AUTHOR_NOTE_CHARS = 500;
    /**
     * An editors' note opening or closing an article: about the story rather than part of it
     * (corrections, where it first appeared, how an interview was edited).
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?iu:editor['’]?s['’]? note|note from the editor|"
            + "clarification|correction\\s?:|corrections?\\s?(?:and|&)\\s?clarifications|disclaimer\\s?:|"
            + "(?:a|an) (?:previous|earlier) version of this|this (?:story|article|post|piece) (?:was |has been )?"
            + "(?:originally|first) (?:appeared|published|ran)|this (?:story|article|post|piece) (?:has been|was) "
            + "(?:updated|corrected)|this interview has been (?:lightly )?(?:edited|condensed)|"
            + "updated to (?:add|include|reflect|correct|clarify)|"
            + "anmerkung der redaktion|hinweis der redaktion|korrektur\\s?:|note de la rédaction|n\\.?d\\.?l\\.?r\\.?\\s?:|"
            + "nota del editor|nota de la redacción|nota della redazione|noot van de redactie|nota do editor|od redakcji)");
    /** The closing credit of a reporter who helped: "Ana Li contributed to this report." */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?iu:contributed (?:reporting|to this (?:report|story|article))|contribuyó a este (?:informe|reportaje))\\W*$");
    /**
     * The publisher's small print closing an article: a disclaimer about the views expressed, who
     * sits on the editorial board, the publication's mission, a syndication or reprint notice, a
     * copyright line.
     */
    private static final Phrases SMALL_PRINT = new Phrases("not necessarily reflect", "not necessarily represent",
            "opinions expressed", "views expressed", "editorial board consists of", "distributed by", "not to be reproduced",
            "reprinted by permission", "reprinted with permission", "journalistic mission", "mission is to", "do not own shares",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati");
    /** A copyright line: "© 2023 Ana Li. Distributed by …", "Copyright 2023 …". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu:©|\\(c\\)\\s?\\d|copyright\\b)");
    /**
     * A reference to the paper a story reports on, closing it: "More information: Ana Li et al, …",
     * "Ana Li et al, Title, Science (2023). DOI: 10.1126/…".
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?iu:(?:more information|journal information)\\s?:|.*\\bet al\\b.*\\bdoi\\b)");
    /**
     * A line that only dates the page: "Updated: Dec. 22, 2023, 1:59 p.m.", "Published 12:04 GMT",
     * "Mis à jour le 3 mai 2024".
     */
    private static final Pattern TIMESTAMP = Pattern.compile("(?iu:(?:last\\s)?(?:updated|published|posted|aktualisiert|"
            + "veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|"
            + "opublikowano|zaktualizowano)(?:\\s(?:on|at|am|le|el|il|op))?(?:\\s?:\\s?|\\s)(?=\\D*\\d)[^!?]{1,45})");
    private static final int TIMESTAMP_CHARS = 60;
    /** How many blocks from the end an author's note may stand. */
    private static final int AUTHOR_NOTE_REACH = 3;

    private final @Nullable BlockModel model;

    /** Creates an extractor with the block model shipped with dateline ({@link BlockModel#bundled}). */
    public HtmlExtractor() {
        this(Bundled.MODEL);
    }

    /**
     * Creates an extractor that, given a model, lets it decide block by block, with the rules'
     * decisions among its features; without one, the rules alone decide.
     */
    public HtmlExtractor(@Nullable BlockModel model) {
        this.model = model;
    }

    private static final class Bundled {
        static final @Nullable BlockModel MODEL = BlockModel.bundled();
    }

    /** A block of a page with its features, for training a {@link BlockModel}. */
    public record BlockSample(String text, double[] features) {
    }

    /**
     * Extracts the title and the article body of a parsed page. The document is cleaned in place:
     * read any metadata from it before calling this.
     */
    public Extraction extract(Document doc) {
        Pass pass = pass(doc, model != null);
        List<Blocks.Block> blocks;
        if (model != null && !pass.kept().isEmpty()) {
            boolean[] kept = pass.keptInPage();
            double[][] features = pass.features(kept);
            boolean[] chosen = new boolean[features.length];
            for (int i = 0; i < features.length; i++) {
                // the model places the article; what a block says can still rule it out
                chosen[i] = features[i] != null && model.probability(features[i]) >= 0.5;
            }
            fillGaps(pass.page(), chosen, kept);
            blocks = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    blocks.add(pass.page().get(i));
                }
            }
        } else {
            blocks = pass.kept();
        }
        // what a photo shows is not what the article says: the captions go apart, however long
        // (the rules keep one in full sentences and the model judges it like any block, so that
        // the blocks around it are judged as before); the lines of the page's widgets go
        List<Blocks.Block> text = new ArrayList<>(blocks.size());
        for (Blocks.Block b : blocks) {
            if (!isCaption(b) && !(b.text().length() < PROMPT_CHARS && WIDGET.in(b.text()))) {
                text.add(b);
            }
        }
        List<String> paragraphs = texts(trimEnd(text));
        List<String> captions = captions(pass.page().isEmpty() ? blocks : pass.page(), text);
        if (paragraphs.isEmpty()) {
            // no block looks like prose: a page of a few short lines is still text, not nothing
            paragraphs = lines(doc.body(), pass.furniture());
        }
        return new Extraction(pass.title(), paragraphs, PageKind.isArticle(pass.declared(), doc.location(), paragraphs),
                Comments.find(pass.furniture()), captions);
    }

    /**
     * The captions of the article: the caption blocks of the page (or of what the rules kept, when
     * no model reads the page) from its first paragraph to its last, bare credits ("Getty Images")
     * aside.
     */
    private static List<String> captions(List<Blocks.Block> page, List<Blocks.Block> text) {
        List<String> captions = new ArrayList<>();
        if (text.isEmpty()) {
            return captions;
        }
        Blocks.Block first = text.get(0);
        Blocks.Block last = text.get(text.size() - 1);
        boolean inside = false;
        for (Blocks.Block b : page) {
            inside |= b == first;
            String caption = b.text();
            if (inside && isCaption(b) && (caption.length() >= NOISE_CHARS || Blocks.endsSentence(caption))) {
                captions.add(caption);
            }
            if (b == last) {
                break;
            }
        }
        return captions;
    }

    /**
     * Takes back a paragraph the rules kept that the model left out between two paragraphs it
     * chose from the same parent element: one story's paragraphs are siblings, and an ad or a
     * video player between them does not make one of them furniture.
     */
    static void fillGaps(List<Blocks.Block> page, boolean[] chosen, boolean[] kept) {
        for (int i = 0; i < chosen.length; i++) {
            Blocks.Block b = page.get(i);
            if (chosen[i] || !b.tag().equals("p") || !kept[i] || b.owner().parent() == null) {
                continue;
            }
            Element parent = b.owner().parent();
            if (chosenSibling(page, chosen, parent, i, -1) && chosenSibling(page, chosen, parent, i, 1)) {
                chosen[i] = true;
            }
        }
    }

    private static boolean chosenSibling(List<Blocks.Block> page, boolean[] chosen, Element parent, int from, int step) {
        for (int j = from + step; j >= 0 && j < chosen.length; j += step) {
            if (chosen[j] && page.get(j).owner().parent() == parent && page.get(j).tag().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks of a page that the model judges, with their features, for training a
     * {@link BlockModel}. Cleans the document.
     */
    public List<BlockSample> samples(Document doc) {
        Pass pass = pass(doc, true);
        double[][] features = pass.features(pass.keptInPage());
        List<BlockSample> samples = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            if (features[i] != null) {
                samples.add(new BlockSample(pass.page().get(i).text(), features[i]));
            }
        }
        return samples;
    }

    /** What the rules found in a page. */
    private record Pass(@Nullable String title, @Nullable String titleKey, PageKind.Declared declared, Set<Element> furniture,
                        Rules rules, List<Blocks.Block> page) {
        List<Blocks.Block> kept() {
            return rules.kept();
        }

        /**
         * Per block of the page, whether the rules kept it (the same text of the same element): looked
         * up by element, then compared, which spares hashing the page's text.
         */
        boolean[] keptInPage() {
            Map<Element, List<Blocks.Block>> byOwner = new IdentityHashMap<>();
            for (Blocks.Block b : rules.kept()) {
                byOwner.computeIfAbsent(b.owner(), e -> new ArrayList<>(1)).add(b);
            }
            boolean[] kept = new boolean[page.size()];
            for (int i = 0; i < kept.length; i++) {
                List<Blocks.Block> same = byOwner.get(page.get(i).owner());
                kept[i] = same != null && same.contains(page.get(i));
            }
            return kept;
        }

        double[][] features(boolean[] kept) {
            return BlockFeatures.of(page, kept, rules.containers(), furniture, rules.language(),
                    titleKey, block -> reads(block, titleKey, rules.language()));
        }
    }

    /** The blocks the rules kept, the containers they were found in, the language guessed. */
    private record Rules(List<Blocks.Block> kept, Set<Element> containers, @Nullable StopWords language) {
        int chars() {
            int n = 0;
            for (Blocks.Block b : kept) {
                n += b.text().length();
            }
            return n;
        }
    }

    private static Pass pass(Document doc, boolean withPageBlocks) {
        PageTags tags = PageTags.of(doc);
        String title = Titles.find(tags);
        PageKind.Declared declared = PageKind.declared(tags);
        Set<Element> furniture = Cleaner.clean(doc);
        String titleKey = title == null ? null : key(title);
        Blocks.Split blocks = Blocks.split(doc.body(), furniture);
        Rules rules = rules(doc.body(), furniture, blocks.outside(), titleKey);
        if (rules.chars() < RETRY_CHARS && !furniture.isEmpty()) {
            // too little text: the furniture marks may have hidden the article; look again without them
            Rules relaxed = rules(doc.body(), Set.of(), blocks.all(), titleKey);
            if (relaxed.chars() > rules.chars()) {
                rules = relaxed;
            }
        }
        return new Pass(title, titleKey, declared, furniture, rules, withPageBlocks ? blocks.all() : List.of());
    }

    /** The rules' pass over the blocks of {@code body} outside {@code skip}. */
    private static Rules rules(Element body, Set<Element> skip, List<Blocks.Block> outside, @Nullable String titleKey) {
        List<Element> containers = ContentFinder.find(body, skip, outside);
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Element container : containers) {
            blocks.addAll(Blocks.within(container, skip, body, outside));
        }
        StopWords language = StopWords.guess(sample(blocks));
        List<Blocks.Block> kept = new ArrayList<>();
        boolean inBody = false;
        for (Blocks.Block block : blocks) {
            // bylines sit above the first paragraph of prose: metadata, not body text
            if (keep(block, titleKey, language) && (inBody || !isByline(block.text()))) {
                kept.add(block);
                inBody |= block.text().length() >= SHORT_BLOCK_CHARS;
            }
        }
        Set<Element> containerSet = Collections.newSetFromMap(new IdentityHashMap<>());
        containerSet.addAll(containers);
        return new Rules(trimLabels(kept), containerSet, language);
    }

    /** Drops the "read more" headings and labels that come after the last paragraph. */
    private static List<Blocks.Block> trimLabels(List<Blocks.Block> kept) {
        int end = kept.size();
        while (end > 0 && isLabel(kept.get(end - 1))) {
            end--;
        }
        return kept.subList(0, end);
    }

    /**
     * Drops what opens or closes an article without being part of it: editors' notes and lines that
     * only date the page before the first paragraph and after the last ("Editor's note: …", "A
     * previous version of this article …", "Updated: Dec. 22, 2023"), single words before it and
     * after it ("US", "More", "About"), the labels, the publisher's small print ("The views
     * expressed …", "© 2023 …") and a reference to a paper ("More information: … DOI: …") after the
     * last paragraph, and a note about its author ("Sam Reyes is a reporter at …") among the last
     * few blocks, with whatever follows that note.
     */
    private static List<Blocks.Block> trimEnd(List<Blocks.Block> blocks) {
        int start = 0;
        boolean prose = hasProse(blocks);
        while (start < blocks.size() - 1
                && (isEditorsNote(blocks.get(start).text()) || isTimestamp(blocks.get(start).text())
                || prose && isLoneWord(blocks.get(start)))) {
            start++;
        }
        List<Blocks.Block> kept = trimNotes(blocks.subList(start, blocks.size()));
        for (int i = kept.size() - 1; i >= Math.max(1, kept.size() - AUTHOR_NOTE_REACH); i--) {
            String text = kept.get(i).text();
            if (text.length() < AUTHOR_NOTE_CHARS && AUTHOR_NOTE.matcher(text).lookingAt()) {
                return trimNotes(kept.subList(0, i));
            }
        }
        return kept;
    }

    /**
     * Drops the labels, editors' notes, single words, the publisher's small print and paper
     * references after the last paragraph.
     */
    private static List<Blocks.Block> trimNotes(List<Blocks.Block> kept) {
        boolean prose = hasProse(kept);
        int end = kept.size();
        while (end > 0 && (isLabel(kept.get(end - 1)) || end > 1 && (isEditorsNote(kept.get(end - 1).text())
                || isSmallPrint(kept.get(end - 1).text()) || prose && isLoneWord(kept.get(end - 1))))) {
            end--;
        }
        return kept.subList(0, end);
    }

    private static boolean hasProse(List<Blocks.Block> blocks) {
        for (Blocks.Block b : blocks) {
            if (b.text().length() >= SHORT_BLOCK_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** A single word standing alone, not a heading: a section name, a menu or share item. */
    private static boolean isLoneWord(Blocks.Block block) {
        String text = block.text();
        return text.length() <= 12 && text.indexOf(' ') < 0 && !block.isHeading() && !Blocks.endsSentence(text);
    }

    static boolean isEditorsNote(String text) {
        return text.length() < AUTHOR_NOTE_CHARS && (EDITORS_NOTE.matcher(text).lookingAt() || CONTRIBUTED.matcher(text).find());
    }

    /**
     * Whether a block is the publisher's small print (a disclaimer, a mission, a copyright line, a
     * line that only dates the page) or a reference to the paper the story reports on.
     */
    static boolean isSmallPrint(String text) {
        return text.length() < AUTHOR_NOTE_CHARS && (SMALL_PRINT.in(text) || COPYRIGHT.matcher(text).lookingAt()
                || CITATION.matcher(text).lookingAt()) || isTimestamp(text);
    }

    /** Whether a block only dates the page ("Updated: Dec. 22, 2023, 1:59 p.m."). */
    static boolean isTimestamp(String text) {
        return text.length() <= TIMESTAMP_CHARS && TIMESTAMP.matcher(text).matches();
    }

    private static List<String> texts(List<Blocks.Block> blocks) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (Blocks.Block block : blocks) {
            texts.add(block.text());
        }
        return texts;
    }

    static boolean isByline(String text) {
        return BYLINE.matcher(text).matches();
    }

    private static boolean isPrompt(String text) {
        return (text.length() < PROMPT_CHARS && (PROMPT.in(text) || FOLLOW_ON.matcher(text).find())) || DISCLOSURE.in(text);
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

    private static boolean keep(Blocks.Block block, @Nullable String titleKey, @Nullable StopWords language) {
        String text = block.text();
        double ld = block.linkDensity();
        if (ld > MAX_LINK_DENSITY || (text.length() < SHORT_BLOCK_CHARS && ld > MAX_SHORT_LINK_DENSITY && !block.isHeading())) {
            return false;
        }
        return reads(block, titleKey, language);
    }

    /** Whether what a block says could be article text: not a prompt, label, credit or the headline. */
    private static boolean reads(Blocks.Block block, @Nullable String titleKey, @Nullable StopWords language) {
        String text = block.text();
        if (isPrompt(text) || text.length() <= 8 && BYLINE_LEFTOVER.matcher(text).matches()
                || text.length() < CREDIT_CHARS && CREDIT.matcher(text).matches()
                || text.length() < CREDITED_CAPTION_CHARS && endsWithCredit(text)) {
            return false;
        }
        if (language != null && !block.isHeading() && !block.tag().equals("li") && text.length() < NOISE_CHARS
                && !Blocks.endsSentence(text) && language.count(text) == 0) {
            return false; // a label, price, credit or widget line: no function words, no sentence
        }
        if (isCaption(block) && !(text.length() >= CAPTION_SENTENCE_CHARS && Blocks.endsSentence(text))) {
            return false; // photo credits and labels; a caption in full sentences reads as text
        }
        if (isEmbeddedPost(block)) {
            return false; // a post quoted from a social network as its page shows it, not prose of the article
        }
        if (block.isHeading() && isTitle(text, titleKey)) {
            return false; // the headline is the title field, not body text
        }
        return true;
    }

    /**
     * Whether a text ends with a photo credit ({@link #CREDIT_AT_END}): each credit holds a colon or
     * a closing parenthesis, so most texts are answered without running the pattern.
     */
    private static boolean endsWithCredit(String text) {
        return (text.indexOf(':') >= 0 || text.indexOf(')') >= 0) && CREDIT_AT_END.matcher(text).find();
    }

    /**
     * Whether a block is a caption: in a {@code <figcaption>} or table caption, or in an element whose
     * class or id says caption ({@code wp-caption-text}, {@code imageCaption}), a few levels up at most.
     */
    static boolean isCaption(Blocks.Block block) {
        Element e = block.owner();
        for (int level = 0; level < CAPTION_LEVELS && e != null; level++, e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("figcaption") || tag.equals("caption")
                    || CAPTION_NAME.foundInIgnoringCase(e.className()) || CAPTION_NAME.foundInIgnoringCase(e.id())) {
                return true;
            }
            if (tag.equals("body")) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether a block is in a post embedded from a social network: the blockquote its embed code
     * leaves in the page ({@code blockquote.twitter-tweet}, {@code instagram-media},
     * {@code tiktok-embed}), a few levels up at most.
     */
    static boolean isEmbeddedPost(Blocks.Block block) {
        Element e = block.owner();
        for (int level = 0; level < CAPTION_LEVELS && e != null; level++, e = e.parent()) {
            if (e.normalName().equals("blockquote") && EMBEDDED_POST.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A heading, or a short line that announces something: "Read more:", "Related stories…". */
    private static boolean isLabel(Blocks.Block block) {
        String text = block.text();
        char last = text.charAt(text.length() - 1);
        return block.isHeading() || (text.length() < SHORT_BLOCK_CHARS && (last == ':' || last == '…'));
    }

    /** Whether a text is the headline again (compared by {@link #key}). */
    static boolean isTitle(String text, @Nullable String titleKey) {
        // a different length by more than a third cannot be the same words
        return titleKey != null && Math.abs(text.length() - titleKey.length()) * 3 <= titleKey.length()
                && key(text).equals(titleKey);
    }

    /** The words of {@code s} ({@code \w+} runs), lower-cased, joined by single spaces. */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }
}

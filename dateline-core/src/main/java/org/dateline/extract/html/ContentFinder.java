package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.internal.Nodes;
import org.dateline.internal.WordTable;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Locates the article's container in a cleaned page by bottom-up scoring, after Readability.
 *
 * <p>The page is flattened into blocks ({@link Blocks}), so a run of text in a {@code <div>}
 * counts as a paragraph just as a {@code <p>} does. Each block of prose (25+ characters, not a
 * heading or list item) scores 1 + its commas + one per 100 characters (at most 3), and passes
 * that score up: in full to the element holding the paragraph, half to the next, then a third of
 * it divided by the level, five levels up. Class and id names that say "article" or "comment"
 * move a container's score up or down, and the final score is discounted by its link density.
 *
 * <p>From the best container the finder climbs to an ancestor when the runners-up live under it
 * (an article split into several containers) or when the ancestor scores better. Next to the
 * chosen container it keeps every sibling that scores at least a fifth as well, and sibling
 * paragraphs of prose. An element marked {@code itemprop="articleBody"} with enough text wins
 * outright.
 */
final class ContentFinder {
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_ARTICLE_BODY_CHARS = 200;
    private static final int LEVELS = 5;
    /** A block with more of its text in links than this is a link list, not a paragraph. */
    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN_SCORE = 10;
    private static final int CLASS_WEIGHT = 25;
    /** Runners-up within this share of the best score pull the choice up to their common ancestor. */
    private static final double RUNNER_UP_SHARE = 0.75;
    private static final int RUNNERS_UP_NEEDED = 3;
    /** An ancestor may add at most this much other text per character of prose to be taken. */
    private static final double EXPAND_MAX_OTHER = 0.25;
    /** Blocks whose paragraph is the element itself, so scoring starts at its parent. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "tr", "figcaption", "caption",
            "address", "dd", "dt", "li", "summary");
    /** Blocks that never score: headings and list entries are too often navigation. */
    private static final Set<String> UNSCORED_TAGS = Set.of("dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "figcaption", "caption", "summary", "legend");
    /** Class and id words of article containers, found anywhere in the names, ignoring case. */
    private static final WordTable POSITIVE = WordTable.of(List.of("article", "body", "content", "entry", "hentry", "main",
            "page", "post", "text", "blog", "story"));
    /** Class and id words of page furniture, found anywhere in the names, ignoring case. */
    private static final WordTable NEGATIVE = WordTable.of(List.of("hidden", "banner", "combx", "comment", "com-", "contact",
            "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "teaser", "recommend"));

    /** Text statistics and score of a candidate container. */
    private static final class Candidate {
        int chars;
        int linkChars;
        /** Characters in paragraphs of prose. */
        int prose;
        double score = Double.NaN;

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1, (double) linkChars / chars);
        }
    }

    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");

    private ContentFinder() {
    }

    /**
     * The elements holding the article, in document order, leaving out the elements of
     * {@code skip}; {@code body} itself if nothing scores.
     *
     * @param blocks the blocks of {@code body} outside {@code skip} ({@link Blocks#of(Element, Set)})
     */
    static List<Element> find(Element body, Set<Element> skip, List<Blocks.Block> blocks) {
        Element marked = firstArticleBody(body);
        if (marked != null && !skip.contains(marked) && marked.text().length() >= MIN_ARTICLE_BODY_CHARS) {
            return List.of(marked);
        }
        // in the order first met: candidates of equal score keep that order in the sort below, not
        // that of identity hashes, which differs from run to run and thread to thread
        Map<Element, Candidate> candidates = new LinkedHashMap<>();
        for (Blocks.Block block : blocks) {
            int length = block.text().length();
            boolean prose = length >= MIN_PARAGRAPH_CHARS && !UNSCORED_TAGS.contains(block.tag())
                    && block.linkDensity() <= MAX_PARAGRAPH_LINK_DENSITY;
            for (Element e = block.owner(); e != null; e = e.parent()) {
                Candidate c = candidates.computeIfAbsent(e, k -> new Candidate());
                c.chars += length;
                c.linkChars += block.linkChars();
                c.prose += prose ? length : 0;
                if (e == body) {
                    break;
                }
            }
            if (!prose) {
                continue;
            }
            double score = 1 + commas(block.text()) + Math.min(length / 100, 3);
            Element ancestor = PARAGRAPH_TAGS.contains(block.tag()) && block.owner() != body
                    ? block.owner().parent() : block.owner();
            for (int level = 0; level < LEVELS && ancestor != null; level++) {
                Candidate c = candidates.get(ancestor);
                if (Double.isNaN(c.score)) {
                    c.score = initial(ancestor);
                }
                c.score += score * (level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (3 * level));
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        List<Map.Entry<Element, Candidate>> scored = new ArrayList<>();
        for (Map.Entry<Element, Candidate> e : candidates.entrySet()) {
            Candidate c = e.getValue();
            if (!Double.isNaN(c.score)) {
                c.score *= 1 - c.linkDensity();
                scored.add(e);
            }
        }
        if (scored.isEmpty()) {
            return List.of(body);
        }
        scored.sort(Comparator.comparingDouble((Map.Entry<Element, Candidate> e) -> e.getValue().score).reversed());
        Element best = expand(climb(scored, candidates, body), candidates, body);
        return withSiblings(best, candidates, skip);
    }

    /**
     * The first element marked {@code itemprop="articleBody"}, as {@link Element#selectFirst} finds
     * it, by a plain walk from element to element (the selector's walk goes through a stream).
     */
    private static @Nullable Element firstArticleBody(Element body) {
        for (Element el = body; el != null; el = Nodes.nextElement(el, body)) {
            if (ARTICLE_BODY.matches(body, el)) {
                return el;
            }
        }
        return null;
    }

    /** Readability's refinements of the best-scoring container. */
    private static Element climb(List<Map.Entry<Element, Candidate>> scored, Map<Element, Candidate> candidates,
                                 Element body) {
        Element best = scored.get(0).getKey();
        double bestScore = scored.get(0).getValue().score;
        // several strong runners-up under one ancestor: the article is split, take the ancestor
        List<Element> runnersUp = new ArrayList<>();
        for (int i = 1; i < Math.min(scored.size(), 5); i++) {
            if (scored.get(i).getValue().score >= RUNNER_UP_SHARE * bestScore) {
                runnersUp.add(scored.get(i).getKey());
            }
        }
        if (runnersUp.size() >= RUNNERS_UP_NEEDED) {
            for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                int under = 0;
                for (Element r : runnersUp) {
                    if (isAncestor(parent, r)) {
                        under++;
                    }
                }
                if (under >= RUNNERS_UP_NEEDED) {
                    best = parent;
                    break;
                }
            }
        }
        // an ancestor that scores better than the path up to it holds more of the article
        double last = score(candidates, best);
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            double s = score(candidates, parent);
            if (Double.isNaN(s)) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                best = parent;
                break;
            }
            last = s;
        }
        // a lone child says nothing its parent does not
        while (best.parent() != null && best.parent() != body && Nodes.atMostChildren(best.parent(), 1)) {
            best = best.parent();
        }
        return best;
    }

    /**
     * Widens the choice to ancestors for as long as what they add is mostly prose: the rest of an
     * article split into sections, not the page around it.
     */
    private static Element expand(Element best, Map<Element, Candidate> candidates, Element body) {
        Candidate inner = candidates.get(best);
        for (Element parent = best.parent(); parent != null && parent != body && inner != null; parent = parent.parent()) {
            Candidate outer = candidates.get(parent);
            if (outer == null) {
                break;
            }
            int addedProse = outer.prose - inner.prose;
            int addedOther = (outer.chars - outer.prose) - (inner.chars - inner.prose);
            if (addedProse <= 0 || addedOther > addedProse * EXPAND_MAX_OTHER) {
                break;
            }
            best = parent;
            inner = outer;
        }
        return best;
    }

    private static List<Element> withSiblings(Element best, Map<Element, Candidate> candidates, Set<Element> skip) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = score(candidates, best);
        double threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                kept.add(sibling);
                continue;
            }
            if (skip.contains(sibling)) {
                continue;
            }
            double s = score(candidates, sibling);
            if (!best.className().isEmpty() && sibling.className().equals(best.className())) {
                s = (Double.isNaN(s) ? 0 : s) + bestScore * SIBLING_SHARE;
            }
            if (s >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                Candidate c = candidates.get(sibling);
                String text = sibling.text();
                double ld = c == null ? 0 : c.linkDensity();
                if ((text.length() > 80 && ld < 0.25) || (ld == 0 && text.matches("(?s).*\\.( |$).*"))) {
                    kept.add(sibling);
                }
            }
        }
        return kept;
    }

    private static double score(Map<Element, Candidate> candidates, Element e) {
        Candidate c = candidates.get(e);
        return c == null ? Double.NaN : c.score;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article")) {
            score += CLASS_WEIGHT;
        }
        return score + classWeight(e.className()) + classWeight(e.id());
    }

    private static int classWeight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.foundInIgnoringCase(name)) {
            w -= CLASS_WEIGHT;
        }
        if (POSITIVE.foundInIgnoringCase(name)) {
            w += CLASS_WEIGHT;
        }
        return w;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}

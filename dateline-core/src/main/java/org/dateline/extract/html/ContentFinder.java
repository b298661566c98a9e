package org.dateline.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Locates the article's container in a cleaned page by bottom-up scoring, after Readability: each
 * paragraph of 25+ characters scores 1 + its commas + one per 100 characters (at most 3), and
 * passes its score to its parent (in full), grandparent (half) and great-grandparent (a third).
 * Class and id names that say "article" or "comment" move a container's score up or down, and
 * the final score is discounted by its link density.
 *
 * <p>An article split across several containers is kept whole by taking, next to the best
 * container, every sibling that scores at least a fifth as well, and sibling paragraphs of prose.
 * An element marked {@code itemprop="articleBody"} with enough text wins outright.
 */
final class ContentFinder {
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_ARTICLE_BODY_CHARS = 200;
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN_SCORE = 10;
    private static final int CLASS_WEIGHT = 25;
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|main|page|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|"
                    + "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|recommend");

    private ContentFinder() {
    }

    /** The elements holding the article, in document order; {@code body} itself if nothing scores. */
    static List<Element> find(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() >= MIN_ARTICLE_BODY_CHARS) {
            return List.of(marked);
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; level < 3 && ancestor != null; level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (3 * level);
                scores.merge(ancestor, initial(ancestor) + score * share, (a, b) -> a + score * share);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return List.of(body);
        }
        return withSiblings(best, bestScore, scores);
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                kept.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            if (s != null && s >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                if ((text.length() > 80 && ld < 0.25) || (ld == 0 && text.matches("(?s).*\\.( |$).*"))) {
                    kept.add(sibling);
                }
            }
        }
        return kept;
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
        if (NEGATIVE.matcher(name).find()) {
            w -= CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(name).find()) {
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

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }
}

package org.dateline.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.article.Article;
import org.dateline.eval.Evaluation;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.page.Charsets;
import org.dateline.page.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * dateline and its peers as {@link Evaluation.Extractor}s, each with its default (news) settings.
 * The peers decode the page bytes with dateline's {@link Charsets#decode}, inside the extractor,
 * so decoding is timed for every system alike (dateline decodes the same way in {@code process}).
 *
 * <ul>
 *   <li>{@code dateline}: {@link Dateline#process(Page)}, the article body, or "" when there is none;
 *       this is the whole record: metadata (dates, authors, language detection…) too.
 *   <li>{@code dateline-text}: the main text alone, the same work as the peers do: decode, parse,
 *       {@link HtmlExtractor#extract}.
 *   <li>{@code boilerpipe}: boilerpipe 1.1.0's {@link ArticleExtractor}, its setting for news
 *       articles; one text block per line.
 *   <li>{@code readability4j}: Readability4J 1.0.8 ({@code new Readability4J(url, html).parse()}).
 *       Its {@code getTextContent()} is jsoup's {@code text()} of the article element, one line
 *       with the paragraph breaks lost, so the article element is turned into text the way a user
 *       wanting paragraphs would: one paragraph per block element (and {@code <br>}). The metrics
 *       compare tokens and whitespace-collapsed text, so this changes the output's shape, not its
 *       scores.
 * </ul>
 */
public final class Peers {
    /** Text is scored on every page, as in {@code dateline eval}: peers have no article test either. */
    private static final Dateline DATELINE = Dateline.create(Options.defaults().withKeepNonArticles(true));
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The systems by name, dateline first. */
    public static final Map<String, Evaluation.Extractor> ALL = systems();

    private Peers() {
    }

    private static Map<String, Evaluation.Extractor> systems() {
        Map<String, Evaluation.Extractor> m = new LinkedHashMap<>();
        m.put("dateline", Peers::dateline);
        m.put("dateline-text", Peers::datelineText);
        m.put("boilerpipe", Peers::boilerpipe);
        m.put("readability4j", Peers::readability4j);
        return Collections.unmodifiableMap(m);
    }

    /** dateline's article body. */
    public static String dateline(Page page) {
        Article a = DATELINE.process(page).article();
        return a == null ? "" : a.body();
    }

    /** dateline's main-text extractor alone. */
    public static String datelineText(Page page) {
        return EXTRACTOR.extract(Jsoup.parse(Charsets.decode(page.content(), page.contentType()).text(),
                page.url() == null ? "" : page.url())).body();
    }

    /** boilerpipe's article extractor. */
    public static String boilerpipe(Page page) throws Exception {
        return ArticleExtractor.INSTANCE.getText(html(page));
    }

    /** Readability4J's article, one paragraph per block. */
    public static String readability4j(Page page) {
        Element content = new Readability4J(Objects.requireNonNullElse(page.url(), ""), html(page)).parse()
                .getArticleContent();
        return content == null ? "" : paragraphs(content);
    }

    private static String html(Page page) {
        return Charsets.decode(page.content(), page.contentType()).text();
    }

    /** The text under {@code root}, a paragraph (separated by a blank line) per block element. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        Runnable flush = () -> {
            String p = SPACE.matcher(para).replaceAll(" ").strip();
            if (!p.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(p);
            }
            para.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    para.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    flush.run();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush.run();
                }
            }
        }, root);
        flush.run();
        return out.toString();
    }
}

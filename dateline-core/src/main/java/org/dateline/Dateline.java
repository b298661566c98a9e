package org.dateline;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.extract.Extraction;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
import org.dateline.input.Entry;
import org.dateline.input.Inputs;
import org.dateline.input.PageSource;
import org.dateline.internal.OrderedParallel;
import org.dateline.meta.Metadata;
import org.dateline.meta.MetadataFinder;
import org.dateline.page.Charsets;
import org.dateline.page.Decoded;
import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The front door: turns raw pages into article records.
 *
 * <pre>{@code
 * Dateline dateline = Dateline.create(Options.defaults());
 * try (PageSource pages = dateline.open(List.of("crawl.warc.gz"))) {
 *     dateline.processAll(pages, 4, result -> System.out.println(result.article()));
 * }
 * }</pre>
 *
 * <p>Each page is processed on its own, with no shared mutable state: an instance is immutable
 * and thread-safe, so one can serve many threads or Spark tasks.
 */
public final class Dateline {
    /** Decoded text with more than this share of control characters is binary, not a page. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int BINARY_SNIFF_CHARS = 8192;

    private final Options options;
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final TextExtractor textExtractor = TextExtractor.create();
    private final MetadataFinder metadata = new MetadataFinder();

    private Dateline(Options options) {
        this.options = options;
    }

    /** A processor with the given options. */
    public static Dateline create(Options options) {
        return new Dateline(options);
    }

    /** The options this processor was built with. */
    public Options options() {
        return options;
    }

    /**
     * Opens files, directories (recursively) or {@code -} (standard input) as one stream of
     * records; see {@link Inputs#open}.
     */
    public PageSource open(List<String> paths) throws IOException {
        return Inputs.open(paths, options.maxPageBytes());
    }

    /**
     * Processes one page: decode, parse, read metadata, extract the main text (from HTML, or from a
     * text dump with the text extractor). Never throws on bad input: a page that cannot be
     * processed gives a {@code FAILED} result with the reason, and a page without article text a
     * {@code SKIPPED} one.
     */
    public Result process(Page page) {
        SourceRef ref = page.source();
        String url = page.url();
        byte[] content = page.content();
        if (content.length > options.maxPageBytes()) {
            return Result.of(Problem.failed(ref, url, "too-large",
                    "page of " + content.length + " bytes is over the limit of " + options.maxPageBytes()));
        }
        if (content.length == 0) {
            return Result.of(Problem.failed(ref, url, "empty", "the page has no content"));
        }
        try {
            Decoded decoded = Charsets.decode(content, page.contentType());
            if (isBinary(decoded.text())) {
                return Result.of(Problem.failed(ref, url, "binary",
                        "the content is not text (control characters in the first " + BINARY_SNIFF_CHARS + " characters)"));
            }
            Extraction extraction;
            Metadata meta;
            if (page.isText()) {
                TextExtraction text = textExtractor.extract(decoded.text());
                extraction = text.extraction();
                meta = metadata.ofText(text, url, page.fetched());
            } else {
                Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url);
                meta = metadata.find(doc, url, page.fetched());
                extraction = extractor.extract(doc);
                meta = metadata.complete(meta, extraction);
            }
            if (extraction.paragraphs().isEmpty()) {
                return Result.of(Problem.skipped(ref, url, "no-text", "no article text found in the page"));
            }
            boolean keep = extraction.article() || options.keepNonArticles();
            Article article = Article.of(ArticleId.of(ref, url), ref.toString(), url, meta, extraction.article(),
                    keep ? extraction.body() : "", extraction.comments(), keep ? extraction.captions() : List.of(),
                    page.fetched() == null ? null : page.fetched().toString(), decoded.charset().name());
            return Result.of(ref, article);
        } catch (OutOfMemoryError e) {
            return Result.of(Problem.failed(ref, url, "out-of-memory",
                    "the page (" + content.length + " bytes) needs more heap than is free; give the JVM more memory"
                            + " (DATELINE_JAVA_OPTS=-Xmx4g) or lower --max-page-size"));
        } catch (RuntimeException | StackOverflowError e) {
            return Result.of(Problem.failed(ref, url, "internal-error",
                    "processing failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); please report this page"));
        }
    }

    /** Processes an input record: a page is processed, a problem passes through. */
    public Result process(Entry entry) {
        return entry.page() != null ? process(entry.page()) : Result.of(entry.problem());
    }

    /**
     * Processes every record of a source on {@code threads} threads and hands the results to
     * {@code sink} in input order, on the calling thread. At most a few records per thread are in
     * memory at once.
     */
    public void processAll(PageSource source, int threads, Consumer<Result> sink) {
        OrderedParallel.map(source::next, this::process, sink, threads);
    }

    private static boolean isBinary(String text) {
        int n = Math.min(text.length(), BINARY_SNIFF_CHARS);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return n > 0 && bad > MAX_CONTROL_SHARE * n;
    }
}

package org.dateline.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Runs an extractor over an evaluation set and scores it. All pages are read into memory first,
 * so the timing covers extraction only (decoding, parsing and extracting), one page at a time on
 * the calling thread.
 *
 * <pre>{@code
 * EvalSet naeb = EvalSet.load(Path.of("../shared/data/naeb"));
 * Evaluation.SetResult r = Evaluation.run(naeb, "mine", page -> myExtractor.body(page), 0);
 * System.out.println(r.shingles().f1());
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** A system under test: the main text of a page, or an empty string when it finds none. */
    @FunctionalInterface
    public interface Extractor {
        String body(Page page) throws Exception;
    }

    /**
     * How one page went.
     *
     * @param id       the page's id in the set
     * @param file     the page file
     * @param words    the number of {@code \w+} tokens in the output
     * @param shingles shingle counts, when the set has bodies
     * @param segments snippet counts, when the set has snippets
     * @param millis   extraction time
     * @param error    the exception the extractor threw, if it did (the output then counts as empty)
     */
    public record DocResult(String id, String file, int words, Shingles.@Nullable Counts shingles,
                            Segments.@Nullable Counts segments, double millis, @Nullable String error) {
        /** A 0–1 score to rank documents by: shingle F1 when available, else snippet accuracy. */
        public double score() {
            return shingles != null ? shingles.f1() : segments != null ? segments.accuracy() : 1;
        }
    }

    /**
     * The scores of one system on one set.
     *
     * @param pagesPerSecond pages divided by the total extraction time
     * @param shingles       the shingle metric over pages with a body truth, or {@code null}
     * @param segments       the segment metric over pages with snippets, or {@code null}
     * @param errors         how many pages made the extractor throw
     * @param docs           per page, in set order
     */
    public record SetResult(String set, String system, int pages, double seconds, double pagesPerSecond,
                            Shingles.@Nullable Summary shingles, Segments.@Nullable Summary segments,
                            int errors, List<DocResult> docs) {
        public SetResult {
            docs = List.copyOf(docs);
        }

        /**
         * The scores without the documents, for JSON: set, system, pages, errors, pages_per_second,
         * shingles, segments (in that order; a set without that kind of truth has {@code null}).
         */
        public Map<String, @Nullable Object> summary() {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("set", set);
            m.put("system", system);
            m.put("pages", pages);
            m.put("errors", errors);
            m.put("pages_per_second", pagesPerSecond);
            m.put("shingles", shingles);
            m.put("segments", segments);
            return m;
        }

        /** The documents, lowest score first. */
        public List<DocResult> worstFirst() {
            List<DocResult> sorted = new ArrayList<>(docs);
            sorted.sort(Comparator.comparingDouble(DocResult::score));
            return sorted;
        }
    }

    /** The pages of a set, read into memory, in set order. */
    public static List<Page> pages(EvalSet set) throws IOException {
        List<Page> pages = new ArrayList<>(set.docs().size());
        for (EvalDoc doc : set.docs()) {
            pages.add(new Page(SourceRef.of(doc.html().toString()), doc.url(), doc.read(), doc.isText() ? Page.PLAIN_TEXT : null, null));
        }
        return pages;
    }

    /**
     * Scores {@code extractor} on {@code set} after {@code warmups} untimed passes over the pages
     * (give the JIT one pass before timing a JVM extractor). Each page is timed in CPU time of
     * the calling thread.
     */
    public static SetResult run(EvalSet set, String system, Extractor extractor, int warmups) throws IOException {
        List<Page> pages = pages(set);
        for (int w = 0; w < warmups; w++) {
            for (Page page : pages) {
                extract(extractor, page);
            }
        }
        List<DocResult> docs = new ArrayList<>(pages.size());
        List<Shingles.Counts> shingleCounts = new ArrayList<>();
        List<Segments.Counts> segmentCounts = new ArrayList<>();
        long totalNanos = 0;
        int errors = 0;
        for (int i = 0; i < pages.size(); i++) {
            EvalDoc doc = set.docs().get(i);
            long start = cpuNanos();
            Output out = extract(extractor, pages.get(i));
            long nanos = cpuNanos() - start;
            totalNanos += nanos;
            errors += out.error == null ? 0 : 1;
            Shingles.Counts sc = doc.body() == null ? null : Shingles.compare(doc.body(), out.text);
            Segments.Counts gc = doc.hasSnippets() ? Segments.compare(doc.with(), doc.without(), out.text) : null;
            if (sc != null) {
                shingleCounts.add(sc);
            }
            if (gc != null) {
                segmentCounts.add(gc);
            }
            docs.add(new DocResult(doc.id(), doc.html().toString(), Shingles.tokens(out.text), sc, gc, nanos / 1e6, out.error));
        }
        double seconds = totalNanos / 1e9;
        return new SetResult(set.name(), system, pages.size(), seconds, seconds == 0 ? 0 : pages.size() / seconds,
                shingleCounts.isEmpty() ? null : Shingles.summarize(shingleCounts),
                segmentCounts.isEmpty() ? null : Segments.summarize(segmentCounts), errors, docs);
    }

    /**
     * The CPU time of the calling thread, so that timings hold on a busy machine; the wall clock
     * where the JVM cannot measure thread CPU time.
     */
    static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A plain-text table of results, one row per set and system. */
    public static String table(List<SetResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-22s %-14s %6s  %-26s  %-20s %9s%n", "set", "system", "pages",
                "shingle P / R / F1 (±se)", "segment P / R / F1", "pages/s"));
        for (SetResult r : results) {
            Shingles.Summary s = r.shingles();
            Segments.Summary g = r.segments();
            b.append(String.format("%-22s %-14s %6d  %-26s  %-20s %9.1f%n", r.set(), r.system(), r.pages(),
                    s == null ? "-" : String.format("%.3f / %.3f / %.3f ±%.3f", s.precision(), s.recall(), s.f1(), s.f1Error()),
                    g == null ? "-" : String.format("%.3f / %.3f / %.3f", g.precision(), g.recall(), g.f1()),
                    r.pagesPerSecond()));
        }
        return b.toString();
    }

    private record Output(String text, @Nullable String error) {
    }

    private static Output extract(Extractor extractor, Page page) {
        try {
            return new Output(Objects.requireNonNullElse(extractor.body(page), ""), null);
        } catch (Exception | StackOverflowError e) {
            return new Output("", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

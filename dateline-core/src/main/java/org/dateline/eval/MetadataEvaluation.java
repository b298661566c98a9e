package org.dateline.eval;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dateline.extract.Extraction;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.meta.Metadata;
import org.dateline.meta.MetadataFinder;
import org.dateline.page.Charsets;
import org.dateline.page.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Scores the metadata fields against a set's {@link MetaTruth}, page by page, and times the
 * metadata steps against extraction in a second pass over the pages, so that the JIT's warm-up is
 * not counted (a corpus run is that steady state for all but its first pages). The pages go through the same steps as
 * {@code Dateline.process}: decode, parse, {@link MetadataFinder#find}, extract,
 * {@link MetadataFinder#complete}.
 *
 * <p>Comparisons, all after {@link #normalize} (Unicode NFKC, invisible characters dropped, curly
 * quotes and dashes made plain, whitespace collapsed, lower case):
 * <ul>
 *   <li>{@code title}: equal, ignoring enclosing quotes and a final full stop;</li>
 *   <li>{@code authors}: equal as sets of names (accents and a trailing dot ignored); a page whose
 *       truth has no author is right when none is found. Raw truth bylines are cleaned first with the
 *       same cleaning as the finder's;</li>
 *   <li>{@code language}: the primary subtag ({@code en} of {@code en-US}) equal;</li>
 *   <li>{@code excerpt}: the subtitle equal to the truth excerpt (as titles);</li>
 *   <li>{@code site}: equal (as titles);</li>
 *   <li>{@code date}: the day of {@code published} equal to the true day.</li>
 * </ul>
 * A field is scored on the pages that have a truth value for it. Accuracy counts a page without a
 * prediction as wrong; precision is over the pages with a prediction only (abstaining is allowed),
 * and coverage is the share of pages with a prediction.
 */
public final class MetadataEvaluation {
    /** The fields, in report order. */
    public static final List<String> FIELDS = List.of("title", "authors", "language", "excerpt", "site", "date");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MetadataEvaluation() {
    }

    /**
     * One field's score on a set.
     *
     * @param pages          the pages with a truth value for the field
     * @param predicted      of those, the pages with a prediction
     * @param correct        of those, the pages right (for authors, "none" where the truth has no
     *                       author is right without a prediction)
     * @param correctPredicted of the predicted pages, those predicted right
     */
    public record FieldScore(int pages, int predicted, int correct, int correctPredicted) {
        /** Right answers over all pages with truth. */
        public double accuracy() {
            return pages == 0 ? 0 : (double) correct / pages;
        }

        /** Right answers over the pages with a prediction. */
        public double precision() {
            return predicted == 0 ? 0 : (double) correctPredicted / predicted;
        }

        /** The share of pages with a prediction. */
        public double coverage() {
            return pages == 0 ? 0 : (double) predicted / pages;
        }
    }

    /**
     * A wrong or missing value.
     *
     * @param id        the page's id in the set
     * @param field     the field
     * @param truth     the true value
     * @param predicted the value found, or {@code null}
     */
    public record Miss(String id, String field, String truth, @Nullable String predicted) {
    }

    /**
     * The metadata scores on one set.
     *
     * @param fields        per field with any truth, in {@link #FIELDS} order
     * @param extractMillis decoding, parsing and extraction time, summed over pages
     * @param metaMillis    metadata time (find and complete), summed over pages
     * @param misses        every wrong or missing value, in set order
     */
    public record SetResult(String set, int pages, Map<String, FieldScore> fields, double extractMillis, double metaMillis,
                            List<Miss> misses) {
        public SetResult {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            misses = List.copyOf(misses);
        }

        /** Metadata time as a share of extraction time. */
        public double metaShare() {
            return extractMillis == 0 ? 0 : metaMillis / extractMillis;
        }

        /** The scores for JSON: set, pages, fields (n, predicted, correct, accuracy, precision), timing. */
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", set);
            m.put("pages", pages);
            Map<String, Object> f = new LinkedHashMap<>();
            fields.forEach((name, s) -> f.put(name, Map.of("pages", s.pages(), "predicted", s.predicted(),
                    "correct", s.correct(), "accuracy", s.accuracy(), "precision", s.precision())));
            m.put("fields", f);
            m.put("extract_ms", extractMillis);
            m.put("meta_ms", metaMillis);
            m.put("meta_share", metaShare());
            return m;
        }
    }

    private static final TextExtractor TEXT = TextExtractor.create();

    /** Runs the metadata steps over every page of {@code set} (HTML or text dumps) and scores them. */
    public static SetResult run(EvalSet set) throws IOException {
        List<Page> pages = Evaluation.pages(set);
        loadLanguageProfiles();
        HtmlExtractor extractor = new HtmlExtractor();
        MetadataFinder finder = new MetadataFinder();
        // an untimed pass, so the timing is not the JIT's warm-up
        long[] warmup = new long[2];
        for (Page page : pages) {
            try {
                metadata(page, extractor, finder, warmup);
            } catch (RuntimeException | StackOverflowError e) {
                // scored below
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String f : FIELDS) {
            counts.put(f, new int[4]);
        }
        List<Miss> misses = new ArrayList<>();
        long[] nanos = new long[2];
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            EvalDoc doc = set.docs().get(i);
            Metadata meta;
            try {
                meta = metadata(page, extractor, finder, nanos);
            } catch (RuntimeException | StackOverflowError e) {
                meta = Metadata.EMPTY;
            }
            MetaTruth truth = doc.meta();
            score(counts, misses, doc.id(), "title", truth.title(), meta.title(), MetadataEvaluation::sameText);
            if (truth.authors() != null) {
                String t = String.join("; ", truth.authors());
                String p = meta.authors().isEmpty() ? null : String.join("; ", meta.authors());
                int[] c = counts.get("authors");
                c[0]++;
                c[1] += p == null ? 0 : 1;
                if (names(truth.authors()).equals(names(meta.authors()))) {
                    c[2]++;
                    c[3] += p == null ? 0 : 1;
                } else {
                    misses.add(new Miss(doc.id(), "authors", t.isEmpty() ? "(none)" : t, p));
                }
            }
            score(counts, misses, doc.id(), "language", truth.language(), meta.language(), MetadataEvaluation::sameLanguage);
            score(counts, misses, doc.id(), "excerpt", truth.excerpt(), meta.subtitle(), MetadataEvaluation::sameText);
            score(counts, misses, doc.id(), "site", truth.site(), meta.site(), MetadataEvaluation::sameText);
            score(counts, misses, doc.id(), "date", truth.date(), meta.published(), MetadataEvaluation::sameDay);
        }
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        counts.forEach((f, c) -> {
            if (c[0] > 0) {
                fields.put(f, new FieldScore(c[0], c[1], c[2], c[3]));
            }
        });
        return new SetResult(set.name(), pages.size(), fields, nanos[0] / 1e6, nanos[1] / 1e6, misses);
    }

    /**
     * The metadata of one page as {@code Dateline.process} finds it, from HTML or from a text dump,
     * adding the CPU time of extraction (decode, parse, extract) to {@code nanos[0]} and of the
     * metadata steps to {@code nanos[1]}.
     */
    private static Metadata metadata(Page page, HtmlExtractor extractor, MetadataFinder finder, long[] nanos) {
        long t0 = Evaluation.cpuNanos();
        String text = Charsets.decode(page.content(), page.contentType()).text();
        if (page.isText()) {
            TextExtraction extraction = TEXT.extract(text);
            long t1 = Evaluation.cpuNanos();
            Metadata meta = finder.ofText(extraction, page.url(), page.fetched());
            long t2 = Evaluation.cpuNanos();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            return meta;
        }
        Document dom = Jsoup.parse(text, page.url() == null ? "" : page.url());
        long t1 = Evaluation.cpuNanos();
        Metadata meta = finder.find(dom, page.url(), page.fetched());
        long t2 = Evaluation.cpuNanos();
        Extraction extraction = extractor.extract(dom);
        long t3 = Evaluation.cpuNanos();
        meta = finder.complete(meta, extraction);
        long t4 = Evaluation.cpuNanos();
        nanos[0] += (t1 - t0) + (t3 - t2);
        nanos[1] += (t2 - t1) + (t4 - t3);
        return meta;
    }

    /**
     * Loads the language detector's profiles, a one-time cost kept out of the per-page timing, and
     * returns how long that took in milliseconds (0 when they were already loaded).
     */
    public static double loadLanguageProfiles() {
        long start = System.nanoTime();
        MetadataFinder.detectLanguage("The detector loads its language profiles on first use, once per process.");
        return (System.nanoTime() - start) / 1e6;
    }

    private interface Same {
        boolean test(String truth, String predicted);
    }

    private static void score(Map<String, int[]> counts, List<Miss> misses, String id, String field, @Nullable String truth,
                              @Nullable String predicted, Same same) {
        if (truth == null) {
            return;
        }
        int[] c = counts.get(field);
        c[0]++;
        if (predicted == null) {
            misses.add(new Miss(id, field, truth, null));
            return;
        }
        c[1]++;
        if (same.test(truth, predicted)) {
            c[2]++;
            c[3]++;
        } else {
            misses.add(new Miss(id, field, truth, predicted));
        }
    }

    /**
     * Text for comparison: NFKC, without soft hyphens and zero-width characters (invisible, and
     * dropped by the DOM's text), plain quotes and dashes, whitespace collapsed, lower case.
     */
    public static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u00ad\u200b-\u200d\u2060\ufeff]", "")
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032`´]", "'")
                .replaceAll("[\u201c\u201d\u201e\u201f\u2033«»]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-")
                .replace("\u2026", "...");
        return SPACES.matcher(t).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    static boolean sameText(String truth, String predicted) {
        return bare(truth).equals(bare(predicted));
    }

    /** Normalised, without enclosing quotes or a final full stop, which annotators add and drop at will. */
    private static String bare(String s) {
        return normalize(s).replaceAll("^[\"']+|[\"'.]+$", "").trim();
    }

    static boolean sameLanguage(String truth, String predicted) {
        return primary(truth).equals(primary(predicted));
    }

    static boolean sameDay(String truth, String predicted) {
        return predicted.length() >= 10 && predicted.substring(0, 10).equals(truth.substring(0, Math.min(10, truth.length())));
    }

    private static String primary(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    private static Set<String> names(List<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            // names are compared without accents and trailing dots: "Solcyré Burga" = "Solcyre Burga", "Jr." = "Jr"
            out.add(Normalizer.normalize(normalize(n), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\.$", ""));
        }
        return out;
    }

    /** A plain-text table: one row per set, one column per field (accuracy, precision in brackets). */
    public static String table(List<SetResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-22s %6s", "set", "pages"));
        for (String f : FIELDS) {
            b.append(String.format("  %-20s", f + " (n)"));
        }
        b.append(String.format("  %s%n", "meta/extract time"));
        for (SetResult r : results) {
            b.append(String.format("%-22s %6d", r.set(), r.pages()));
            for (String f : FIELDS) {
                FieldScore s = r.fields().get(f);
                b.append(String.format("  %-20s", s == null ? "-" : String.format("%.3f [%.3f] (%d)", s.accuracy(),
                        s.precision(), s.pages())));
            }
            b.append(String.format("  %.1f%%%n", 100 * r.metaShare()));
        }
        b.append("accuracy over pages with truth [precision over pages with a prediction] (pages with truth)\n");
        return b.toString();
    }
}

package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.dedup.DedupOptions;
import org.dateline.dedup.VersionBenchmark;
import org.dateline.Result;
import org.dateline.eval.EvalSet;
import org.dateline.eval.Evaluation;
import org.dateline.eval.MetadataEvaluation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval}: scores the extractor against ground truth. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Scores main-text extraction against ground truth and prints one row per set.",
            "",
            "Shingle metric (sets with a true body): 4-token shingles of \\w+ tokens compared as multisets; precision "
                    + "and recall averaged over documents, F1 of the averages, bootstrap standard error. "
                    + "Segment metric (sets with snippets): a snippet that must be in the text and is, or must not "
                    + "be and is, counts; precision, recall and F1 over the summed counts.",
            "",
            "A set is a folder with a truth.jsonl (id, html or text-dump path relative to the folder, and body and/or with/without "
                    + "snippets). Without SET arguments the standard sets under --data are scored: naeb, "
                    + "readability-pages, trafilatura-eval.",
            "",
            "With --metadata, scores the metadata fields instead (title, authors, language, excerpt, site, date) on "
                    + "dates-eval, naeb, readability-pages and trafilatura-eval: accuracy over the pages with truth, "
                    + "precision over the pages with a prediction; floors keys are <set>.meta.<field>.",
            "",
            "With --dedup, runs the version benchmark: pairs generated from the bodies of naeb and readability-pages "
                    + "(truncated updates, removed or appended paragraphs, edits, changed figures, syndicated copies, "
                    + "boilerplate) and hard negatives (same site with shared template lines, most similar other "
                    + "story); pair precision, recall and F1 per kind, adjusted Rand index; floors keys are dedup.f1, "
                    + "dedup.hard-negatives, dedup.recall-c08, dedup.ari.",
            "",
            "Exit status: 0, or 1 when a score is under its floor (--floors), 2 when the run could not start."
        })
final class EvalCommand implements Callable<Integer> {
    /** Exit status when a score is below its floor. */
    static final int EXIT_BELOW_FLOOR = 1;

    @Parameters(arity = "0..*", paramLabel = "SET", description = "Evaluation set folders (each with a truth.jsonl).")
    List<Path> sets = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder holding the standard sets, used when no SET is given. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("../shared/data");

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
            description = "Print the N worst documents of each set. Default: ${DEFAULT-VALUE}.")
    int worst = 10;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write every document's scores to FILE as JSON Lines, worst first within each set.")
    @Nullable Path report;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the summary (one object per set) to FILE as JSON.")
    @Nullable Path json;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Properties file of minimum scores, e.g. 'naeb.shingle.f1 = 0.90' or "
                    + "'trafilatura-eval.segment.f1 = 0.90'; exit 1 if any score is below its floor.")
    @Nullable Path floors;

    @Option(names = "--metadata",
            description = "Score the metadata fields rather than the main text (see the README, \"Evaluation\").")
    boolean metadata;

    @Option(names = "--dedup",
            description = "Run the version benchmark instead: labelled pairs generated from the bodies of the shared sets "
                    + "(see the README, \"Evaluation\").")
    boolean dedup;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "With --dedup, the seed of the generated pairs. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            Floors required = floors == null ? Floors.NONE : Floors.read(floors);
            return dedup ? callDedup(out, err, required) : metadata ? callMetadata(out, err, required)
                    : callText(out, err, required);
        } catch (NoSuchFileException e) {
            err.println("dateline: not found: " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
            return Main.EXIT_USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
    }

    private Integer callText(PrintStream out, PrintStream err, Floors required) throws IOException {
        // text is scored on every page; how many the article test turns away is reported beside it
        Dateline dateline = Dateline.create(Options.defaults().withKeepNonArticles(true));
        AtomicInteger nonArticles = new AtomicInteger();
        Evaluation.Extractor extractor = page -> {
            Result r = dateline.process(page);
            if (r.article() != null && !r.article().isArticle()) {
                nonArticles.incrementAndGet();
            }
            return r.article() == null ? "" : r.article().body();
        };
        Map<String, Integer> notArticles = new LinkedHashMap<>();
        List<Evaluation.SetResult> results = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        List<EvalSet> toRun = new ArrayList<>();
        if (sets.isEmpty()) {
            toRun.addAll(EvalSet.standard(data));
            if (toRun.isEmpty()) {
                err.println("dateline: no evaluation sets under " + data + "; give SET folders or --data DIR");
                return Main.EXIT_USAGE;
            }
        } else {
            for (Path p : sets) {
                toRun.add(EvalSet.load(p));
            }
        }
        for (EvalSet set : toRun) {
            err.println("eval: " + set.name() + " (" + set.docs().size() + " pages)");
            nonArticles.set(0);
            Evaluation.SetResult r = Evaluation.run(set, "dateline", extractor, 0);
            results.add(r);
            notArticles.put(set.name(), nonArticles.get());
            if (r.shingles() != null) {
                scores.put(set.name() + ".shingle.f1", r.shingles().f1());
            }
            if (r.segments() != null) {
                scores.put(set.name() + ".segment.f1", r.segments().f1());
            }
        }
        out.print(Evaluation.table(results));
        out.println("judged not articles (is_article false; their text is scored all the same): " + notArticles);
        for (Evaluation.SetResult r : results) {
            printWorst(out, r);
        }
        if (report != null) {
            writeReport(report, results);
        }
        if (json != null) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), summaries(results, notArticles));
        }
        return gate(required, scores, err);
    }

    private Integer callDedup(PrintStream out, PrintStream err, Floors required) throws IOException {
        err.println("eval --dedup: generating version pairs from the bodies under " + data);
        long start = System.nanoTime();
        VersionBenchmark.Report r = VersionBenchmark.run(data, DedupOptions.defaults(), seed,
                Runtime.getRuntime().availableProcessors());
        out.print(r.table());
        out.printf("(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("dedup.f1", r.f1());
        scores.put("dedup.precision", r.precision());
        scores.put("dedup.recall", r.recall());
        scores.put("dedup.hard-negatives", r.hardNegativePrecision());
        scores.put("dedup.recall-c08", r.recallContainment08());
        scores.put("dedup.ari", r.adjustedRandIndex());
        if (json != null) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), scores);
        }
        return gate(required, scores, err);
    }

    private Integer callMetadata(PrintStream out, PrintStream err, Floors required) throws IOException {
        List<EvalSet> toRun = sets.isEmpty() ? EvalSet.standard(data, EvalSet.META_SETS) : new ArrayList<>();
        if (sets.isEmpty() && toRun.isEmpty()) {
            err.println("dateline: no evaluation sets under " + data + "; give SET folders or --data DIR");
            return Main.EXIT_USAGE;
        }
        for (Path p : sets) {
            toRun.add(EvalSet.load(p));
        }
        double loadMillis = MetadataEvaluation.loadLanguageProfiles();
        List<MetadataEvaluation.SetResult> results = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        double extract = 0;
        double meta = 0;
        for (EvalSet set : toRun) {
            err.println("eval --metadata: " + set.name() + " (" + set.docs().size() + " pages)");
            MetadataEvaluation.SetResult r = MetadataEvaluation.run(set);
            results.add(r);
            r.fields().forEach((field, s) -> scores.put(set.name() + ".meta." + field, s.accuracy()));
            extract += r.extractMillis();
            meta += r.metaMillis();
        }
        out.print(MetadataEvaluation.table(results));
        out.printf("time: metadata %.1f s, extraction (decode, parse, extract) %.1f s: metadata costs %.1f%% of extraction%n",
                meta / 1000, extract / 1000, extract == 0 ? 0 : 100 * meta / extract);
        out.printf("(language profiles loaded once in %.1f s, not counted)%n", loadMillis / 1000);
        for (MetadataEvaluation.SetResult r : results) {
            printMisses(out, r);
        }
        if (report != null) {
            try (BufferedWriter w = Files.newBufferedWriter(report)) {
                for (MetadataEvaluation.SetResult r : results) {
                    for (MetadataEvaluation.Miss m : r.misses()) {
                        Map<String, @Nullable Object> line = new LinkedHashMap<>();
                        line.put("set", r.set());
                        line.putAll(JSON.convertValue(m, Map.class));
                        w.write(JSON.writeValueAsString(line));
                        w.newLine();
                    }
                }
            }
        }
        if (json != null) {
            List<Map<String, Object>> summaries = new ArrayList<>();
            results.forEach(r -> summaries.add(r.summary()));
            JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), summaries);
        }
        return gate(required, scores, err);
    }

    /** Reports the floors that {@code scores} break; the exit status. */
    private static int gate(Floors required, Map<String, Double> scores, PrintStream err) {
        List<String> failures = required.check(scores);
        for (String f : failures) {
            err.println("eval: below floor: " + f);
        }
        return failures.isEmpty() ? 0 : EXIT_BELOW_FLOOR;
    }

    private void printMisses(PrintStream out, MetadataEvaluation.SetResult r) {
        if (worst <= 0 || r.misses().isEmpty()) {
            return;
        }
        out.println();
        out.println("misses of " + r.set() + " (first " + worst + " per field):");
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (MetadataEvaluation.Miss m : r.misses()) {
            if (shown.merge(m.field(), 1, Integer::sum) <= worst) {
                out.printf("  %-8s %-40s truth %s | found %s%n", m.field(), clip(m.id(), 40), clip(m.truth(), 70),
                        m.predicted() == null ? "-" : clip(m.predicted(), 70));
            }
        }
    }

    private static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private void printWorst(PrintStream out, Evaluation.SetResult r) {
        if (worst <= 0) {
            return;
        }
        out.println();
        out.println("worst of " + r.set() + ":");
        for (Evaluation.DocResult d : r.worstFirst().subList(0, Math.min(worst, r.docs().size()))) {
            String detail = d.shingles() != null
                    ? String.format("P %.2f R %.2f", d.shingles().precision(), d.shingles().recall())
                    : d.segments() != null
                    ? String.format("missed %d leaked %d", d.segments().fn(), d.segments().fp())
                    : "no truth";
            out.printf("  %.3f  %-22s %5d words  %s%s%n", d.score(), detail, d.words(), d.file(),
                    d.error() == null ? "" : "  error: " + d.error());
        }
    }

    private static void writeReport(Path file, List<Evaluation.SetResult> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (Evaluation.SetResult r : results) {
                for (Evaluation.DocResult d : r.worstFirst()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("set", r.set());
                    line.put("score", d.score());
                    line.putAll(JSON.convertValue(d, Map.class));
                    w.write(JSON.writeValueAsString(line));
                    w.newLine();
                }
            }
        }
    }

    private static List<Map<String, @Nullable Object>> summaries(List<Evaluation.SetResult> results,
                                                                 Map<String, Integer> notArticles) {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (Evaluation.SetResult r : results) {
            Map<String, @Nullable Object> m = r.summary();
            m.put("not_articles", notArticles.get(r.set()));
            out.add(m);
        }
        return out;
    }
}

package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.Result;
import org.dateline.eval.Shingles;
import org.dateline.extract.text.TextBlock;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
import org.dateline.input.Entry;
import org.dateline.input.PageSource;
import org.dateline.output.Format;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;

/**
 * Scores the text-mode extractor on text dumps of the evaluation sets with the shingle metric of
 * {@code dateline eval}, and times it alone, as part of the whole record ({@link
 * Dateline#process} of a {@code text/plain} page with the URL from the truth file), and on the
 * entry path of {@code dateline extract} (each dump read from its file through {@link
 * Dateline#open}, its record written as JSON Lines). The dumps come from {@code scripts/make-text-dumps}: one
 * folder per set with {@code ID.txt} files and a {@code truth.jsonl} whose {@code text} field names
 * each dump. Throughput is measured on one thread over dumps held in memory, after warm-up passes,
 * in the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}) so that a busy machine
 * does not distort it.
 *
 * <pre>
 * scripts/make-text-dumps
 * mvn -q -B -o -DskipTests -pl dateline-bench -am package
 * java -cp dateline-bench/target/benchmarks.jar org.dateline.bench.TextAccuracy out/dumps
 * </pre>
 *
 * <p>Options after the folder: {@code --worst N} (documents listed per set, default 10),
 * {@code --show SET/ID} (print each unit of one dump with its class, then stop),
 * {@code --passes N} (timed passes, default 5), {@code --records FILE} (write every dump's whole
 * record, or its problem, as JSON Lines, to check that a speed change leaves the output as it was).
 */
public final class TextAccuracy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextAccuracy() {
    }

    private record Doc(String id, String text, String truth, Page page) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "out/dumps");
        int worst = 10;
        int passes = 5;
        String show = null;
        Path records = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--show" -> show = args[++i];
                case "--records" -> records = Path.of(args[++i]);
                default -> { }
            }
        }
        TextExtractor extractor = TextExtractor.create();
        if (show != null) {
            Path file = root.resolve(show.endsWith(".txt") ? show : show + ".txt");
            TextExtraction r = extractor.extract(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            for (TextBlock b : r.blocks()) {
                System.out.printf("%-11s %s%n", b.kind(), b.text().length() > 150 ? b.text().substring(0, 150) + "…" : b.text());
            }
            System.out.printf("%ntitle: %s%nstandfirst: %s%nbylines: %s%ndateline: %s%narticle: %s%n", r.title(),
                    r.standfirst(), r.bylines(), r.dateline(), r.article());
            return;
        }
        List<Path> sets;
        try (Stream<Path> s = Files.list(root)) {
            sets = s.filter(p -> Files.isRegularFile(p.resolve("truth.jsonl"))).sorted().toList();
        }
        if (sets.isEmpty()) {
            System.err.println("no dump sets (folders with truth.jsonl) under " + root + "; run scripts/make-text-dumps");
            System.exit(2);
        }
        List<Doc> all = new ArrayList<>();
        System.out.printf("%-18s %6s  %-26s%n", "set", "dumps", "shingle P / R / F1 (±se)");
        StringBuilder worstReport = new StringBuilder();
        for (Path set : sets) {
            List<Doc> docs = load(set);
            all.addAll(docs);
            List<Shingles.Counts> counts = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (Doc d : docs) {
                Shingles.Counts c = Shingles.compare(d.truth(), extractor.extract(d.text()).body());
                counts.add(c);
                rows.add(new Object[] {d.id(), c});
            }
            Shingles.Summary s = Shingles.summarize(counts);
            System.out.printf("%-18s %6d  %.3f / %.3f / %.3f ±%.3f%n", set.getFileName(), docs.size(), s.precision(),
                    s.recall(), s.f1(), s.f1Error());
            rows.sort(Comparator.comparingDouble(r -> ((Shingles.Counts) r[1]).f1()));
            worstReport.append(String.format("%nworst of %s (F1, P, R, tp/fp/fn):%n", set.getFileName()));
            for (int i = 0; i < Math.min(worst, rows.size()); i++) {
                Shingles.Counts c = (Shingles.Counts) rows.get(i)[1];
                worstReport.append(String.format("  %.3f  P %.2f  R %.2f  %5d/%5d/%5d  %s/%s%n", c.f1(), c.precision(),
                        c.recall(), c.tp(), c.fp(), c.fn(), set.getFileName(), rows.get(i)[0]));
            }
        }
        System.out.print(worstReport);

        long chars = 0;
        for (Doc d : all) {
            chars += d.text().length();
        }
        System.out.printf("%nthroughput (thread CPU time, 1 thread, %d dumps of %.1f KB on average, %d passes after 5 warm-up):%n",
                all.size(), chars / 1000.0 / all.size(), passes);
        time("text extractor", all, chars, passes, d -> extractor.extract(d.text()).paragraphs().size());
        Dateline dateline = Dateline.create(Options.defaults());
        if (records != null) {
            try (BufferedWriter out = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
                for (Doc d : all) {
                    Result r = dateline.process(d.page());
                    out.write(r.article() != null ? Format.JSONL.render(r.article()) : r.problem().toString());
                    out.newLine();
                }
            }
        }
        time("whole record", all, chars, passes, d -> dateline.process(d.page()).article() == null ? 0 : 1);
        // the entry path of `dateline extract`: each dump read from its file (sniffed, read) and its
        // record written as JSON; the dumps have no URL here, as a folder of .txt files has none
        List<String> files = all.stream().map(d -> d.page().source().toString()).toList();
        List<Doc> onePass = List.of(all.get(0));
        time("entry path", onePass, chars, passes, d -> entryPass(dateline, files), all.size());
    }

    /** Reads, processes and renders as JSON Lines every file of {@code files}; the records written. */
    private static int entryPass(Dateline dateline, List<String> files) {
        int written = 0;
        try (PageSource source = dateline.open(files)) {
            for (Entry e = source.next(); e != null; e = source.next()) {
                Result r = dateline.process(e);
                written += r.article() == null ? 0 : Format.JSONL.render(r.article()).isEmpty() ? 0 : 1;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return written;
    }

    /** Times {@code work} over all dumps in this thread's CPU time, so other processes on a busy machine do not count. */
    private static void time(String what, List<Doc> all, long chars, int passes, ToIntFunction<Doc> work) {
        time(what, all, chars, passes, work, all.size());
    }

    /** As above, for {@code work} that processes {@code dumps} dumps on each of the items of {@code all}. */
    private static void time(String what, List<Doc> all, long chars, int passes, ToIntFunction<Doc> work, int dumps) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        // warm-up: enough passes for the JIT to compile the hot loops at full tier
        for (int w = 0; w < 5; w++) {
            for (Doc d : all) {
                sink += work.applyAsInt(d);
            }
        }
        double bestSeconds = Double.MAX_VALUE;
        double totalSeconds = 0;
        for (int p = 0; p < passes; p++) {
            long start = threads.getCurrentThreadCpuTime();
            for (Doc d : all) {
                sink += work.applyAsInt(d);
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            bestSeconds = Math.min(bestSeconds, seconds);
            totalSeconds += seconds;
        }
        double meanSeconds = totalSeconds / passes;
        System.out.printf("  %-15s mean %.0f dumps/s, %.1f MB/s; best pass %.0f dumps/s, %.1f MB/s%s%n", what,
                dumps / meanSeconds, chars / meanSeconds / 1e6, dumps / bestSeconds, chars / bestSeconds / 1e6,
                sink == 42 ? " " : "");
    }

    private static List<Doc> load(Path set) throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(set.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (!n.path("text").isTextual() || !n.path("body").isTextual()) {
                    continue;
                }
                // decoded leniently: converters print undecodable page bytes as they are
                Path file = set.resolve(n.get("text").asText());
                byte[] bytes = Files.readAllBytes(file);
                Page page = new Page(SourceRef.of(file.toString()), n.path("url").isTextual() ? n.get("url").asText() : null,
                        bytes, Page.PLAIN_TEXT, null);
                docs.add(new Doc(n.path("id").asText(), new String(bytes, StandardCharsets.UTF_8), n.get("body").asText(), page));
            }
        }
        return docs;
    }
}

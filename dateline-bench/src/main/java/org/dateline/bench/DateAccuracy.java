package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dateline.meta.date.DateFinder;
import org.dateline.meta.date.PublicationDate;
import org.dateline.page.Charsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Measures {@link DateFinder} on the dev sets: day-level exact match of {@code published} against
 * the annotated date, over all dated pages (accuracy), and over the pages it answered
 * (precision; recall = accuracy), with a breakdown by winning source and the worst cases.
 *
 * <pre>
 * mvn -q -B -o -DskipTests -pl dateline-bench -am package
 * java -cp dateline-bench/target/benchmarks.jar org.dateline.bench.DateAccuracy /work/shared/data [--wrong N]
 * </pre>
 *
 * <p>The crawl time is unknown in these sets, so none is passed, and "today" is fixed at
 * 2026-11-24 as the upper bound. Only date finding is timed (not reading, decoding or parsing), in
 * the thread's CPU time (the machine is shared, so wall time is noise), after a warm-up pass over
 * the first {@value #WARM_UP} pages.
 *
 * <p>Pages whose truth is known to be doubtful (listed in {@code naeb/SOURCE.md} and
 * {@code dates-eval/SOURCE.md}; the latter's files also occur in trafilatura-eval) are scored
 * with the rest and again without them ("clean" columns).
 */
public final class DateAccuracy {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int WARM_UP = 300;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DateAccuracy() {
    }

    private record Set(String name, String truthField, boolean useUrl) {
    }

    private record Row(String id, String html, String truth, @Nullable String got, @Nullable String source, boolean knownBad) {
    }

    /** A known-bad truth line of a SOURCE.md table: {@code | `name` | ...}. */
    private static final Pattern BAD_ROW = Pattern.compile("^\\| `([^`]+)` \\|.*");

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int wrongShown = 15;
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("--wrong")) {
                wrongShown = Integer.parseInt(args[i + 1]);
            }
        }
        DateFinder finder = new DateFinder(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        List<Set> sets = List.of(new Set("dates-eval", "date", true), new Set("naeb", "date", true),
                new Set("trafilatura-eval", "date", true), new Set("readability-pages", "publishedTime", false));
        java.util.Set<String> bad = knownBad(data);
        warmUp(data.resolve("dates-eval"), finder);
        System.out.printf("%-18s %5s %8s %9s %9s %8s %6s %8s %6s %8s%n", "set", "pages", "accuracy", "precision", "answered",
                "wrong", "none", "ms/page", "bad", "clean");
        List<String> details = new ArrayList<>();
        for (Set set : sets) {
            details.add(run(data.resolve(set.name()), set, finder, wrongShown, bad));
        }
        details.forEach(System.out::print);
    }

    /** Ids and file names of the known-bad truth rows in the sets' SOURCE.md tables. */
    private static java.util.Set<String> knownBad(Path data) throws IOException {
        java.util.Set<String> bad = new HashSet<>();
        for (String set : List.of("naeb", "dates-eval")) {
            for (String line : Files.readAllLines(data.resolve(set).resolve("SOURCE.md"))) {
                java.util.regex.Matcher m = BAD_ROW.matcher(line);
                if (m.matches() && (m.group(1).endsWith(".html") || m.group(1).matches("[0-9a-f]{32}"))) {
                    bad.add(m.group(1));
                }
            }
        }
        return bad;
    }

    /** Runs the finder over the first pages untimed, so the timed runs measure compiled code. */
    private static void warmUp(Path dir, DateFinder finder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("truth.jsonl"))) {
            for (String line = in.readLine(); line != null && n < WARM_UP; line = in.readLine()) {
                JsonNode r = json.readTree(line);
                if (r.path("html").isTextual()) {
                    Document doc = read(dir, r.path("html").asText(), "");
                    finder.find(doc, null, null);
                    n++;
                }
            }
        }
    }

    private static Document read(Path dir, String html, String base) throws IOException {
        byte[] bytes;
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(dir.resolve(html)))) {
            bytes = gz.readAllBytes();
        }
        return Jsoup.parse(Charsets.decode(bytes, null).text(), base);
    }

    private static String run(Path dir, Set set, DateFinder finder, int wrongShown, java.util.Set<String> bad) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        long nanos = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("truth.jsonl"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode r = json.readTree(line);
                String truth = r.path(set.truthField()).asText("");
                String html = r.path("html").asText("");
                if (!DAY.matcher(truth).matches() || html.isEmpty() || r.path("html").isNull()) {
                    continue;
                }
                String url = set.useUrl() ? r.path("url").asText("") : "";
                String base = url.startsWith("http") ? url : "";
                Document doc = read(dir, html, base);
                long t0 = CPU.getCurrentThreadCpuTime();
                PublicationDate d = finder.find(doc, base.isEmpty() ? null : base, null);
                nanos += CPU.getCurrentThreadCpuTime() - t0;
                String id = r.path("id").asText();
                boolean knownBad = bad.contains(id) || bad.contains(r.path("file").asText(""));
                rows.add(new Row(id, html, truth.substring(0, 10), d.published(), d.source(), knownBad));
            }
        }
        int correct = 0;
        int answered = 0;
        int badRows = 0;
        int badCorrect = 0;
        Map<String, int[]> bySource = new TreeMap<>();
        List<Row> wrong = new ArrayList<>();
        for (Row row : rows) {
            if (row.got() == null) {
                bySource.computeIfAbsent("(none)", k -> new int[2])[0]++;
                continue;
            }
            answered++;
            boolean ok = row.got().startsWith(row.truth());
            if (row.knownBad()) {
                badRows++;
                badCorrect += ok ? 1 : 0;
            }
            int[] s = bySource.computeIfAbsent(row.source(), k -> new int[2]);
            s[0]++;
            if (ok) {
                correct++;
                s[1]++;
            } else {
                wrong.add(row);
            }
        }
        int n = rows.size();
        for (Row row : rows) {
            if (row.got() == null && row.knownBad()) {
                badRows++;
            }
        }
        System.out.printf("%-18s %5d %8.3f %9.3f %9d %8d %6d %8.2f %6d %8.3f%n", set.name(), n, (double) correct / n,
                answered == 0 ? 0 : (double) correct / answered, answered, answered - correct, n - answered,
                nanos / 1e6 / Math.max(1, n), badRows, (double) (correct - badCorrect) / Math.max(1, n - badRows));
        StringBuilder out = new StringBuilder("\n== " + set.name() + ": sources (answered / correct / precision)\n");
        bySource.forEach((source, s) -> out.append(String.format("  %-13s %5d %5d %6.3f%n", source, s[0], s[1],
                s[0] == 0 ? 0 : (double) s[1] / s[0])));
        out.append("  wrong (source: got ≠ truth):\n");
        wrong.stream().limit(wrongShown).forEach(r -> out.append(String.format("    %-11s %-26s ≠ %s %s %s  %s%n",
                r.source(), r.got(), r.truth(), r.knownBad() ? "BAD" : "   ", r.id(), r.html())));
        out.append("  no date:\n");
        rows.stream().filter(r -> r.got() == null).limit(wrongShown)
                .forEach(r -> out.append(String.format("    %s %s %s  %s%n", r.truth(), r.knownBad() ? "BAD" : "   ", r.id(), r.html())));
        return out.toString();
    }
}

package org.dateline.output;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.page.Outcome;
import org.dateline.page.Problem;

/**
 * The tally of a run: every input record counted once, as written, skipped by reason or failed
 * by reason. Not thread-safe: count on the thread that writes the results.
 */
public final class RunSummary {
    private final long startNanos = System.nanoTime();
    private long written;
    private long nonArticles;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();

    /** Counts one written record, and whether its page is an article. */
    public void countWritten(boolean article) {
        written++;
        nonArticles += article ? 0 : 1;
    }

    /** Counts one record that gave no article. */
    public void count(Problem p) {
        (p.outcome() == Outcome.SKIPPED ? skipped : failed).merge(p.reason(), 1L, Long::sum);
    }

    /** All records read: written + skipped + failed. */
    public long read() {
        return written + total(skipped) + total(failed);
    }

    /** Records written. */
    public long written() {
        return written;
    }

    /** Records written for pages that are not articles (home pages, indexes, listings). */
    public long nonArticles() {
        return nonArticles;
    }

    /** Skipped records by reason. */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** Failed records by reason. */
    public Map<String, Long> failed() {
        return Map.copyOf(failed);
    }

    /** Failed records in all. */
    public long failedTotal() {
        return total(failed);
    }

    /** Seconds since the run started. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Records read per second so far. */
    public double recordsPerSecond() {
        double s = seconds();
        return s > 0 ? read() / s : 0;
    }

    /** The summary for humans, several lines. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "records read:     %d (%.1f s, %.1f records/s)%n", read(), seconds(), recordsPerSecond()));
        sb.append(String.format(Locale.ROOT, "articles written: %d%s%n", written,
                nonArticles == 0 ? "" : " (" + nonArticles + " of them not articles: is_article false)"));
        sb.append(String.format(Locale.ROOT, "skipped:          %d%s%n", total(skipped), breakdown(skipped)));
        sb.append(String.format(Locale.ROOT, "failed:           %d%s%n", total(failed), breakdown(failed)));
        return sb.toString();
    }

    /** The summary as a JSON object, for scripts and CI. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read());
        m.put("written", written);
        m.put("not_articles", nonArticles);
        m.put("skipped", new TreeMap<>(skipped));
        m.put("failed", new TreeMap<>(failed));
        m.put("seconds", Math.round(seconds() * 1000) / 1000.0);
        try {
            return Format.JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String breakdown(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sb.append(sb.length() > 2 ? ", " : "").append(e.getKey()).append(' ').append(e.getValue()));
        return sb.append(')').toString();
    }

    private static long total(Map<String, Long> m) {
        long t = 0;
        for (long v : m.values()) {
            t += v;
        }
        return t;
    }
}

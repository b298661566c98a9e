package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.dedup.Cluster;
import org.dateline.dedup.DedupIndex;
import org.dateline.dedup.DedupInput;
import org.dateline.dedup.DedupOptions;
import org.dateline.dedup.DedupOutcome;
import org.dateline.dedup.DedupResult;
import org.dateline.dedup.Deduplicator;
import org.jspecify.annotations.Nullable;

/**
 * Deduplicates a {@link RecordFile} and writes the records with their dedup fields, the clusters
 * and the summary: the part shared by {@code dateline dedup} and {@code dateline run}.
 *
 * <p>Fields added to each record (every other field passes through untouched): {@code cluster_id}
 * (the id of the cluster's canonical record), {@code duplicate_of} (that id, or null for a
 * canonical record), {@code relation} ({@code exact}, {@code near}, {@code version}, or null for a
 * canonical record) and {@code similarity} (1 for exact, Jaccard for near, containment for version,
 * null for a canonical record). A record without a body gets null in all four.
 */
final class DedupJob {
    /** Shingle sets stay in memory when the bodies take less than this share of the heap. */
    private static final int HEAP_SHARE_FOR_SHINGLES = 4;

    private final DedupSettings settings;
    private final int threads;
    private final PrintStream err;
    private final boolean progress;

    DedupJob(DedupSettings settings, int threads, PrintStream err, boolean progress) {
        this.settings = settings;
        this.threads = threads;
        this.err = err;
        this.progress = progress;
    }

    /** Deduplicates {@code records}, writes {@code out} and, if given, {@code clustersOut}; returns the summary. */
    Map<String, Object> run(RecordFile records, Path out, @Nullable Path clustersOut) throws IOException {
        long start = System.nanoTime();
        // shingle sets cost about 1.6 bytes per body character (8 bytes per ~5-character word)
        boolean keep = records.bodyChars() * 2 < Runtime.getRuntime().maxMemory() / HEAP_SHARE_FOR_SHINGLES;
        DedupOptions options = settings.options().withKeepShingles(keep);
        Deduplicator dedup = Deduplicator.create(options);
        note("deduplicating %,d records (%,d with a body)%s", records.size(), records.withBody(),
                keep ? "" : ", shingles re-read from disk");
        DedupResult result;
        Map<String, Object> index = new LinkedHashMap<>();
        DedupIndex opened = settings.index == null ? null : DedupIndex.open(settings.index, options);
        try {
            if (opened != null) {
                index.put("path", opened.path().toString());
                index.put("records_before", opened.size());
                result = dedup.dedup(records, threads, opened);
            } else {
                result = dedup.dedup(records, threads);
            }
            note("writing %s", out);
            Map<String, Cluster> clusters = new HashMap<>();
            for (Cluster c : result.clusters()) {
                clusters.put(c.id(), c);
            }
            writeRecords(records, result, clusters, out);
            if (clustersOut != null) {
                writeClusters(result, clustersOut);
            }
            if (opened != null) {
                note("committing the index %s", opened.path());
                opened.commit();
                index.put("records_after", opened.size());
                index.put("disk_bytes", opened.diskBytes());
            }
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
        return summary(records, result, index, (System.nanoTime() - start) / 1e9);
    }

    private void writeRecords(RecordFile records, DedupResult result, Map<String, Cluster> clusters, Path out)
            throws IOException {
        try (Writer w = writer(out)) {
            for (int i = 0; i < records.size(); i++) {
                ObjectNode node = records.node(i);
                String body = RecordFile.text(node, "body");
                boolean hasBody = body != null && !body.isEmpty();
                DedupOutcome o = result.outcome(i);
                if (!hasBody) {
                    node.putNull("cluster_id");
                    node.putNull("duplicate_of");
                    node.putNull("relation");
                    node.putNull("similarity");
                } else {
                    node.put("cluster_id", o.clusterId());
                    node.put("duplicate_of", o.duplicateOf());
                    node.put("relation", o.relation() == null ? null : o.relation().label());
                    if (o.isCanonical()) {
                        node.putNull("similarity");
                    } else {
                        node.put("similarity", round(o.similarity()));
                    }
                }
                if (settings.dropDuplicates) {
                    if (!o.isCanonical()) {
                        continue;
                    }
                    Cluster c = hasBody ? clusters.get(o.clusterId()) : null;
                    String own = RecordFile.text(node, "published");
                    String earliest = c != null && c.earliestPublished() != null ? c.earliestPublished() : own;
                    if (earliest != null && !earliest.equals(own)) {
                        node.put("published", earliest);
                        node.put("published_own", own);
                    }
                    ArrayNode versions = node.putArray("versions");
                    if (c != null) {
                        c.urls().forEach(versions::add);
                    } else if (RecordFile.text(node, "url") != null) {
                        versions.add(RecordFile.text(node, "url"));
                    }
                }
                w.write(RecordFile.JSON.writeValueAsString(node));
                w.write('\n');
                if (progress && i % 100_000 == 99_999) {
                    note("%,d records written", i + 1);
                }
            }
        }
    }

    /** One line per cluster of two or more records: its canonical record, its members and how they relate. */
    private static void writeClusters(DedupResult result, Path out) throws IOException {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            int c = result.canonicalOf(i);
            if (c != i) {
                members.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> head = new HashMap<>();
        for (int c : members.keySet()) {
            head.put(result.outcome(c).id(), c);
        }
        try (Writer w = writer(out)) {
            for (Cluster cluster : result.clusters()) {
                int c = head.get(cluster.canonical());
                ObjectNode line = RecordFile.JSON.createObjectNode();
                line.put("id", cluster.id());
                line.put("canonical", cluster.canonical());
                line.put("size", cluster.size());
                line.put("earliest_published", cluster.earliestPublished());
                cluster.urls().forEach(line.putArray("urls")::add);
                ArrayNode ms = line.putArray("members");
                List<Integer> order = new ArrayList<>();
                order.add(c);
                order.addAll(members.get(c));
                Map<String, Integer> byId = new HashMap<>();
                for (int m : order) {
                    byId.put(result.outcome(m).id(), m);
                }
                for (String id : cluster.members()) {
                    int m = byId.get(id);
                    DedupOutcome o = result.outcome(m);
                    DedupInput in = result.record(m);
                    ObjectNode member = ms.addObject();
                    member.put("id", id);
                    member.put("url", in.url());
                    member.put("published", in.published());
                    member.put("relation", o.relation() == null ? null : o.relation().label());
                    if (o.isCanonical()) {
                        member.putNull("similarity");
                    } else {
                        member.put("similarity", round(o.similarity()));
                    }
                    if (result.isIndexed(m)) {
                        member.put("indexed", true);
                    }
                }
                w.write(RecordFile.JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    private static Map<String, Object> summary(RecordFile records, DedupResult result, Map<String, Object> index,
                                               double seconds) {
        DedupResult.Stats s = result.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", records.size());
        m.put("with_body", records.withBody());
        m.put("bad_lines", records.badLines());
        m.put("exact", s.exact());
        m.put("near", s.near());
        m.put("version", s.version());
        m.put("duplicates", s.exact() + s.near() + s.version());
        m.put("clusters", s.clusters());
        Map<String, Integer> sizes = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        for (Cluster c : result.clusters()) {
            sizes.merge(String.valueOf(c.size()), 1, Integer::sum);
        }
        m.put("cluster_sizes", sizes);
        m.put("candidate_pairs", s.candidatePairs());
        m.put("verified_pairs", s.verifiedPairs());
        if (!index.isEmpty()) {
            m.put("index", index);
        }
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("records_per_second", seconds > 0 ? Math.round(records.size() / seconds * 10) / 10.0 : 0);
        return m;
    }

    /** The summary for humans, several lines. */
    @SuppressWarnings("unchecked")
    static String toText(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "records:          %d (%d with a body; %.1f s, %.1f records/s)%n",
                m.get("records"), m.get("with_body"), m.get("seconds"), m.get("records_per_second")));
        sb.append(String.format(Locale.ROOT, "duplicates:       %d (exact %d, near %d, version %d)%n",
                m.get("duplicates"), m.get("exact"), m.get("near"), m.get("version")));
        sb.append(String.format(Locale.ROOT, "clusters:         %d%s%n", m.get("clusters"),
                ((Map<String, Integer>) m.get("cluster_sizes")).isEmpty() ? "" : " (by size: " + m.get("cluster_sizes") + ")"));
        if (((Number) m.get("bad_lines")).intValue() > 0) {
            sb.append(String.format(Locale.ROOT, "bad lines:        %d (not JSON objects, left out)%n", m.get("bad_lines")));
        }
        Map<String, Object> index = (Map<String, Object>) m.get("index");
        if (index != null) {
            sb.append(String.format(Locale.ROOT, "index:            %s: %d records before, %d after (%,d bytes on disk)%n",
                    index.get("path"), index.get("records_before"), index.get("records_after"), index.get("disk_bytes")));
        }
        return sb.toString();
    }

    static String toJson(Object summary) {
        try {
            return RecordFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void note(String format, Object... args) {
        if (progress) {
            err.println("dateline: " + String.format(Locale.ROOT, format, args));
        }
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static Writer writer(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    }
}

package org.dateline.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of deduplicating a run: per record, its cluster and relation; per cluster of two or
 * more records, its members and canonical record. Records are numbered as in the source.
 */
public final class DedupResult {
    /**
     * Counts of a run.
     *
     * @param records        records read
     * @param empty          records without a single token (never grouped)
     * @param candidatePairs pairs verified (LSH candidates, or all pairs for the brute force)
     * @param verifiedPairs  pairs that passed verification (edges of the clustering)
     * @param exact          records that are exact duplicates of their canonical record
     * @param near           records that are near-duplicates of their canonical record
     * @param version        records that are versions of their canonical record
     * @param clusters       clusters of two or more records
     * @param indexBytes     bytes of band keys held by the index
     */
    public record Stats(int records, int empty, long candidatePairs, int verifiedPairs, int exact, int near,
                        int version, int clusters, long indexBytes) {
    }

    private final RecordSource source;
    private final Deduplicator.Meta[] meta;
    private final int[] canonical;
    private final byte[] relation;
    private final float[] similarity;
    private final List<Cluster> clusters;
    private final Stats stats;
    private final int fresh;

    DedupResult(RecordSource source, Deduplicator.Meta[] meta, int[] canonical, byte[] relation, float[] similarity,
                List<Cluster> clusters, Stats stats, int fresh) {
        this.fresh = fresh;
        this.source = source;
        this.meta = meta;
        this.canonical = canonical;
        this.relation = relation;
        this.similarity = similarity;
        this.clusters = List.copyOf(clusters);
        this.stats = stats;
    }

    /** The number of records, including the indexed records loaded as candidates (see {@link #fresh()}). */
    public int size() {
        return canonical.length;
    }

    /**
     * The number of records of the run itself, numbered from 0; records from {@code fresh()} to
     * {@code size() − 1} are records of earlier runs loaded from a {@link DedupIndex} as candidates.
     * Equal to {@link #size()} without an index.
     */
    public int fresh() {
        return fresh;
    }

    /** Record {@code i} as the source gives it (an indexed record has an empty body). */
    public DedupInput record(int i) {
        return source.get(i);
    }

    /** Whether record {@code i} was loaded from a {@link DedupIndex} rather than given in this run. */
    public boolean isIndexed(int i) {
        return i >= fresh;
    }

    /** The record number of the canonical record of record {@code i} ({@code i} itself if canonical). */
    public int canonicalOf(int i) {
        return canonical[i];
    }

    /** How record {@code i} relates to its canonical record, or {@code null} if it is canonical. */
    public @Nullable Relation relationOf(int i) {
        return relation[i] < 0 ? null : Relation.values()[relation[i]];
    }

    /** What deduplication says about record {@code i}. */
    public DedupOutcome outcome(int i) {
        int c = canonical[i];
        String id = id(i);
        if (c == i) {
            return new DedupOutcome(id, id, null, null, 1);
        }
        String cid = id(c);
        return new DedupOutcome(id, cid, cid, relationOf(i), similarity[i]);
    }

    /** The clusters of two or more records, by id. */
    public List<Cluster> clusters() {
        return clusters;
    }

    /** Counts of the run. */
    public Stats stats() {
        return stats;
    }

    /** The partition of the records into clusters, as sets of ids (singletons included). */
    public Set<Set<String>> partition() {
        Map<Integer, Set<String>> byCanonical = new HashMap<>();
        for (int i = 0; i < canonical.length; i++) {
            byCanonical.computeIfAbsent(canonical[i], k -> new HashSet<>()).add(id(i));
        }
        Collection<Set<String>> groups = byCanonical.values();
        Set<Set<String>> out = new HashSet<>();
        for (Set<String> g : groups) {
            out.add(Set.copyOf(g));
        }
        return out;
    }

    /** The outcomes of all records, in order. */
    public List<DedupOutcome> outcomes() {
        List<DedupOutcome> out = new ArrayList<>(canonical.length);
        for (int i = 0; i < canonical.length; i++) {
            out.add(outcome(i));
        }
        return out;
    }

    private String id(int i) {
        Deduplicator.Meta m = meta[i];
        return m != null ? m.id() : source.get(i).id();
    }
}

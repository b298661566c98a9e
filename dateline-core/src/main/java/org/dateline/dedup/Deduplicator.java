package org.dateline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds exact duplicates, near-duplicates and versions among records and picks one canonical
 * record per cluster. Immutable and thread-safe; each call is independent.
 *
 * <h2>The recipe</h2>
 * <ol>
 *   <li><b>Sign</b> every record in parallel ({@link Signer}); store its band keys in the
 *       {@link BandIndex}, its token count and its exact hash (12 bytes).</li>
 *   <li><b>Exact groups</b>: records with the same exact hash form a group whose first record by
 *       {@linkplain #PRIORITY priority} represents it; only representatives go further. Empty bodies
 *       are never grouped (text-dedup #77: short and empty documents collapsed into one cluster; a
 *       body shorter than n words is one shingle of its own, so it only meets its exact copies).</li>
 *   <li><b>Candidates</b>: representatives sharing a band key. A bucket of more than
 *       {@value #MAX_BUCKET_ALL_PAIRS} records (templated stories) yields a star around its most
 *       complete record instead of all pairs.</li>
 *   <li><b>Verify</b> each candidate pair on the exact shingle sets: {@code near} if Jaccard ≥
 *       {@link DedupOptions#nearThreshold()}, else {@code version} if containment ≥
 *       {@link DedupOptions#versionThreshold()}, else no relation.</li>
 *   <li><b>Leader clustering</b> against chaining: representatives are visited by priority (most
 *       complete first); each joins the verified neighbour that is already a cluster's canonical
 *       record and is most similar to it (highest Jaccard), or else starts a cluster. A member is
 *       therefore always verified against its canonical record directly: A≈B and B≈C never join A
 *       and C through B alone, and a cluster's canonical record is its most complete version.
 *       Exact duplicates follow their representative.</li>
 * </ol>
 * Priority, buckets and clustering depend on record contents and ids only, never on input order or
 * thread count: the partition is the same for any order (ids must be unique).
 */
public final class Deduplicator {
    /** Buckets larger than this are joined as a star around their most complete record. */
    static final int MAX_BUCKET_ALL_PAIRS = 64;
    /** Work items claimed at a time by a worker thread. */
    private static final int CHUNK = 256;

    private final DedupOptions options;
    private final Signer signer;

    private Deduplicator(DedupOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.signer = new Signer(options);
    }

    /** A deduplicator with these options. */
    public static Deduplicator create(DedupOptions options) {
        return new Deduplicator(options);
    }

    /** The options applied. */
    public DedupOptions options() {
        return options;
    }

    /** The signer used for every record. */
    public Signer signer() {
        return signer;
    }

    /** Deduplicates records held in memory. */
    public DedupResult dedup(List<DedupInput> records, int threads) {
        return dedup(RecordSource.of(records), threads);
    }

    /** Deduplicates the records of a source with an in-memory band index. */
    public DedupResult dedup(RecordSource source, int threads) {
        return dedup(source, threads, new InMemoryBandIndex(options.lsh().bands(), source.size()));
    }

    /** Deduplicates the records of a source, storing band keys in {@code index} (empty, numbered like the source). */
    public DedupResult dedup(RecordSource source, int threads, BandIndex index) {
        if (index.bands() != options.lsh().bands()) {
            throw new IllegalArgumentException("the index has " + index.bands() + " bands, the options "
                    + options.lsh().bands());
        }
        Run run = new Run(source, threads, index);
        run.sign();
        run.groupExact();
        long[] pairs = run.candidatePairs();
        Edges edges = run.verify(pairs);
        return run.cluster(pairs.length, edges, index.bytes());
    }

    /**
     * Deduplicates new records against a persistent index of earlier runs, then appends them to it
     * (uncommitted: call {@link DedupIndex#commit()} once the run's output is safe). Only the new
     * records are signed; the index is queried band by band for the earlier records sharing a band
     * key with a new one, and those are verified on their stored shingle sets. Clustering is the
     * leader clustering of {@link #dedup(RecordSource, int, BandIndex)} over the new records and
     * these candidates, with two rules for indexed records:
     * <ul>
     *   <li>an indexed record that is a duplicate in its own run is never a leader: a new record joins
     *       indexed records only through their canonical record, as within a run;</li>
     *   <li>an indexed canonical record stays canonical unless a new record contains it and is more
     *       complete (the usual priority): then the new record becomes canonical, the indexed one
     *       its member, and the index records the change (the indexed members of the old cluster keep
     *       their stored cluster, as its earlier output did).</li>
     * </ul>
     * The result numbers the new records {@code 0 … source.size() − 1} as in the source, then the
     * indexed candidates ({@link DedupResult#fresh()} tells them apart); stats count new records only.
     */
    public DedupResult dedup(RecordSource source, int threads, DedupIndex index) {
        index.checkCompatible(options);
        DedupIndex.Candidates found = index.candidates(source, signer, options.lsh(), threads);
        Run run = new Run(found.combined(source), threads, new InMemoryBandIndex(options.lsh().bands(), source.size()));
        run.fresh = source.size();
        run.indexed = found.records().toArray(new Indexed[0]);
        run.extraPairs = found.pairs();
        run.sign();
        run.groupExact();
        long[] pairs = run.candidatePairs();
        Edges edges = run.verify(pairs);
        DedupResult result = run.cluster(pairs.length, edges, 0);
        index.append(source, result, found, signer, options.lsh(), threads);
        return result;
    }

    /**
     * The exhaustive reference for checking LSH on samples: instead of LSH candidates it verifies
     * every pair of records that shares at least one shingle (found with an inverted index over all
     * shingles), which is every pair that can have a relation, then clusters exactly as
     * {@link #dedup}. The result equals that of verifying all n(n−1)/2 pairs. Keeps shingle sets;
     * under 16 M records.
     */
    public DedupResult dedupAllPairs(RecordSource source, int threads) {
        Run run = new Run(source, threads, null);
        run.keep = true;
        run.sign();
        run.groupExact();
        Edges edges = run.verifyAllPairs();
        return run.cluster(run.exhaustivePairs, edges, 0);
    }

    /** The metadata kept for records that end up in a cluster. */
    record Meta(String id, @Nullable String url, @Nullable String fetched, @Nullable String published) {
        static Meta of(DedupInput in) {
            return new Meta(in.id(), in.url(), in.fetched(), in.published());
        }
    }

    /**
     * A record of an earlier run, loaded from the index: its signature parts are stored, never signed again.
     *
     * @param input  its id, url and dates (empty body)
     * @param leader whether it was canonical in its run (only canonical records gather new members)
     */
    record Indexed(DedupInput input, int tokens, long exact, long[] shingles, boolean leader, long[] bandKeys) {
    }

    /** Verified pairs, sorted by (a, b). */
    record Edges(int[] a, int[] b, byte[] relation, float[] jaccard, float[] containment) {
        int size() {
            return a.length;
        }
    }

    /**
     * The order in which records become canonical: most tokens first (the most complete version),
     * then the latest crawl date, then the earliest publication date, then the smallest id.
     */
    static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    /** See {@link #NULLS_LAST}; documented here for the class comment. */
    static final String PRIORITY = "tokens desc, fetched desc, published asc, id asc";

    private final class Run {
        final RecordSource source;
        final int n;
        final int threads;
        final @Nullable BandIndex index;
        boolean keep = options.keepShingles();
        final int[] tokens;
        final long[] exact;
        long @Nullable [][] shingles;
        final int[] rep;
        final Meta[] meta;
        int[] reps = new int[0];
        long exhaustivePairs;
        /** Records {@code 0 … fresh − 1} are signed; those after them are {@link #indexed}. */
        int fresh;
        Indexed[] indexed = new Indexed[0];
        /** Candidate pairs found outside the band index (new record, indexed record). */
        long[] extraPairs = new long[0];

        Run(RecordSource source, int threads, @Nullable BandIndex index) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.source = source;
            this.n = source.size();
            this.threads = threads;
            this.index = index;
            tokens = new int[n];
            exact = new long[n];
            rep = new int[n];
            meta = new Meta[n];
            fresh = n;
        }

        boolean leader(int i) {
            return i < fresh || indexed[i - fresh].leader();
        }

        void sign() {
            long[][] kept = keep ? new long[n][] : null;
            LshParams lsh = options.lsh();
            for (int i = fresh; i < n; i++) {
                Indexed x = indexed[i - fresh];
                tokens[i] = x.tokens();
                exact[i] = x.exact();
                if (kept != null) {
                    kept[i] = x.shingles();
                }
            }
            Parallel.forRanges(fresh, threads, CHUNK, (from, to) -> {
                for (int i = from; i < to; i++) {
                    Signature s = signer.sign(source.get(i).body(), kept != null);
                    tokens[i] = s.tokens();
                    exact[i] = s.exactHash();
                    if (kept != null) {
                        kept[i] = s.shingles();
                    }
                    if (index != null && !s.isEmpty()) {
                        index.add(i, lsh.bandKeys(s.minHash()));
                    }
                }
            });
            shingles = kept;
        }

        Meta meta(int i) {
            Meta m = meta[i];
            if (m == null) {
                m = Meta.of(source.get(i));
                meta[i] = m;
            }
            return m;
        }

        int compare(int x, int y) {
            if (tokens[x] != tokens[y]) {
                return Integer.compare(tokens[y], tokens[x]);
            }
            Meta mx = meta(x);
            Meta my = meta(y);
            String fx = mx.fetched();
            String fy = my.fetched();
            if (fx != null || fy != null) { // the latest crawl first, a known one before an unknown one
                if (fx == null || fy == null) {
                    return fx == null ? 1 : -1;
                }
                int c = fy.compareTo(fx);
                if (c != 0) {
                    return c;
                }
            }
            int c = NULLS_LAST.compare(mx.published(), my.published());
            if (c != 0) {
                return c;
            }
            c = mx.id().compareTo(my.id());
            return c != 0 ? c : Integer.compare(x, y);
        }

        void groupExact() {
            for (int i = 0; i < n; i++) {
                rep[i] = i;
            }
            long[] byHash = new long[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (tokens[i] > 0) {
                    byHash[m++] = (exact[i] >>> 32) << 32 | i;
                }
            }
            byHash = Arrays.copyOf(byHash, m);
            Arrays.parallelSort(byHash);
            int i = 0;
            while (i < m) {
                int j = i + 1;
                while (j < m && (byHash[j] >>> 32) == (byHash[i] >>> 32)) {
                    j++;
                }
                if (j - i >= 2) {
                    Integer[] run = new Integer[j - i];
                    for (int k = i; k < j; k++) {
                        run[k - i] = (int) byHash[k];
                    }
                    Arrays.sort(run, (x, y) -> exact[x] != exact[y] ? Long.compare(exact[x], exact[y]) : compare(x, y));
                    for (int k = 0; k < run.length; k++) {
                        int first = k == 0 || exact[run[k]] != exact[run[k - 1]] ? run[k] : rep[run[k - 1]];
                        rep[run[k]] = first;
                    }
                }
                i = j;
            }
            int count = 0;
            for (int r = 0; r < n; r++) {
                if (rep[r] == r && tokens[r] > 0) {
                    count++;
                }
            }
            reps = new int[count];
            count = 0;
            for (int r = 0; r < n; r++) {
                if (rep[r] == r && tokens[r] > 0) {
                    reps[count++] = r;
                }
            }
        }

        long[] candidatePairs() {
            LongList pairs = new LongList();
            int[] kept = new int[MAX_BUCKET_ALL_PAIRS + 1];
            Objects.requireNonNull(index).forEachBucket((records, size) -> {
                int[] live = size <= kept.length ? kept : new int[size];
                int m = 0;
                int center = -1;
                for (int k = 0; k < size; k++) {
                    int r = records[k];
                    if (rep[r] == r) {
                        live[m++] = r;
                        if (center < 0 || tokens[r] > tokens[center]
                                || (tokens[r] == tokens[center] && exact[r] < exact[center])) {
                            center = r;
                        }
                    }
                }
                if (m <= MAX_BUCKET_ALL_PAIRS) {
                    for (int x = 0; x < m; x++) {
                        for (int y = x + 1; y < m; y++) {
                            pairs.add(pairKey(live[x], live[y]));
                        }
                    }
                } else {
                    for (int x = 0; x < m; x++) {
                        if (live[x] != center) {
                            pairs.add(pairKey(live[x], center));
                        }
                    }
                }
            });
            for (long p : extraPairs) {
                int a = rep[(int) (p >>> 32)];
                int b = rep[(int) p];
                if (a != b) {
                    pairs.add(pairKey(a, b));
                }
            }
            return pairs.sortedDistinct();
        }

        Edges verify(long[] pairs) {
            byte[] rel = new byte[pairs.length];
            float[] jac = new float[pairs.length];
            float[] con = new float[pairs.length];
            Parallel.forRanges(pairs.length, threads, CHUNK * 16, (from, to) -> {
                int cachedId = -1;
                long[] cached = null;
                for (int p = from; p < to; p++) {
                    int a = (int) (pairs[p] >>> 32);
                    int b = (int) pairs[p];
                    if (a != cachedId) {
                        cachedId = a;
                        cached = shingles(a);
                    }
                    Overlap o = Overlap.of(cached, shingles(b));
                    rel[p] = relation(a, b, o);
                    jac[p] = (float) o.jaccard();
                    con[p] = (float) o.containment();
                }
            });
            int kept = 0;
            for (byte r : rel) {
                if (r >= 0) {
                    kept++;
                }
            }
            Edges e = new Edges(new int[kept], new int[kept], new byte[kept], new float[kept], new float[kept]);
            int k = 0;
            for (int p = 0; p < pairs.length; p++) {
                if (rel[p] >= 0) {
                    e.a[k] = (int) (pairs[p] >>> 32);
                    e.b[k] = (int) pairs[p];
                    e.relation[k] = rel[p];
                    e.jaccard[k] = jac[p];
                    e.containment[k] = con[p];
                    k++;
                }
            }
            return e;
        }

        Edges verifyAllPairs() {
            // every pair of representatives sharing at least one shingle (a pair sharing none has
            // Jaccard and containment 0, so no relation): an inverted index over all shingles,
            // keyed by the top 40 bits of the shingle hash (a superset; verification is exact)
            long[][] kept = Objects.requireNonNull(shingles);
            long total = 0;
            for (int r : reps) {
                total += kept[r].length;
            }
            if (n >= 1 << 24 || total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the exhaustive check is for samples under 16 M records");
            }
            long[] postings = new long[(int) total];
            int k = 0;
            for (int r : reps) {
                for (long h : kept[r]) {
                    postings[k++] = (h >>> 24) << 24 | r;
                }
            }
            Arrays.parallelSort(postings);
            LongList pairs = new LongList();
            int i = 0;
            while (i < postings.length) {
                int j = i + 1;
                while (j < postings.length && (postings[j] >>> 24) == (postings[i] >>> 24)) {
                    j++;
                }
                for (int x = i; x < j; x++) {
                    for (int y = x + 1; y < j; y++) {
                        int a = (int) (postings[x] & 0xFFFFFF);
                        int b = (int) (postings[y] & 0xFFFFFF);
                        if (a != b) {
                            pairs.add(pairKey(a, b));
                        }
                    }
                }
                i = j;
            }
            exhaustivePairs = pairs.size();
            return verify(pairs.sortedDistinct());
        }

        long[] shingles(int i) {
            long[][] kept = shingles;
            if (i >= fresh) {
                return indexed[i - fresh].shingles();
            }
            return kept != null ? kept[i] : signer.shingles(source.get(i).body());
        }

        byte relation(int a, int b, Overlap o) {
            if (exact[a] == exact[b]) {
                return (byte) Relation.EXACT.ordinal();
            }
            if (o.jaccard() >= options.nearThreshold()) {
                return (byte) Relation.NEAR.ordinal();
            }
            if (o.containment() >= options.versionThreshold()) {
                return (byte) Relation.VERSION.ordinal();
            }
            return -1;
        }

        DedupResult cluster(long candidatePairs, Edges edges, long indexBytes) {
            // adjacency of the verified edges
            int[] degree = new int[n + 1];
            for (int e = 0; e < edges.size(); e++) {
                degree[edges.a[e]]++;
                degree[edges.b[e]]++;
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + degree[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] adjacent = new int[2 * edges.size()];
            for (int e = 0; e < edges.size(); e++) {
                adjacent[fill[edges.a[e]]++] = e;
                adjacent[fill[edges.b[e]]++] = e;
            }
            List<Integer> involved = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (start[i + 1] > start[i]) {
                    involved.add(i);
                }
            }
            involved.sort(this::compare);
            int[] rank = new int[n];
            for (int k = 0; k < involved.size(); k++) {
                rank[involved.get(k)] = k;
            }
            int[] canonical = new int[n];
            byte[] relation = new byte[n];
            float[] similarity = new float[n];
            for (int i = 0; i < n; i++) {
                canonical[i] = i;
                relation[i] = -1;
                similarity[i] = 1;
            }
            for (int r : involved) {
                if (!leader(r)) {
                    continue; // an indexed duplicate keeps the cluster of its own run
                }
                int bestEdge = -1;
                int best = -1;
                for (int k = start[r]; k < start[r + 1]; k++) {
                    int e = adjacent[k];
                    int other = edges.a[e] == r ? edges.b[e] : edges.a[e];
                    if (rank[other] >= rank[r] || canonical[other] != other || !leader(other)) {
                        continue;
                    }
                    if (best < 0 || edges.jaccard[e] > edges.jaccard[bestEdge]
                            || (edges.jaccard[e] == edges.jaccard[bestEdge] && rank[other] < rank[best])) {
                        best = other;
                        bestEdge = e;
                    }
                }
                if (best >= 0) {
                    canonical[r] = best;
                    relation[r] = edges.relation[bestEdge];
                    similarity[r] = similarityOf(edges, bestEdge);
                }
            }
            for (int i = 0; i < n; i++) {
                int rp = rep[i];
                if (rp != i) {
                    int c = canonical[rp];
                    canonical[i] = c;
                    relation[i] = c == rp ? (byte) Relation.EXACT.ordinal() : relation[rp];
                    similarity[i] = c == rp ? 1 : similarity[rp];
                }
            }
            return result(candidatePairs, edges.size(), indexBytes, canonical, relation, similarity);
        }

        float similarityOf(Edges edges, int e) {
            Relation r = Relation.values()[edges.relation[e]];
            return switch (r) {
                case EXACT -> 1;
                case NEAR -> edges.jaccard[e];
                case VERSION -> edges.containment[e];
            };
        }

        DedupResult result(long candidatePairs, int verifiedPairs, long indexBytes, int[] canonical, byte[] relation,
                           float[] similarity) {
            int[] size = new int[n];
            for (int i = 0; i < n; i++) {
                size[canonical[i]]++;
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + (size[i] > 1 ? size[i] : 0);
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] members = new int[start[n]];
            for (int i = 0; i < n; i++) {
                int c = canonical[i];
                if (size[c] > 1) {
                    members[fill[c]++] = i;
                }
            }
            List<Cluster> clusters = new ArrayList<>();
            int[] relations = new int[Relation.values().length];
            for (int c = 0; c < n; c++) {
                if (size[c] < 2) {
                    continue;
                }
                Integer[] ms = new Integer[size[c]];
                for (int k = 0; k < ms.length; k++) {
                    ms[k] = members[start[c] + k];
                }
                int head = c;
                Arrays.sort(ms, (x, y) -> x == head ? -1 : y == head ? 1 : compare(x, y));
                List<String> ids = new ArrayList<>(ms.length);
                Set<String> urls = new LinkedHashSet<>();
                String earliest = null;
                for (int m : ms) {
                    Meta meta = meta(m);
                    ids.add(meta.id());
                    if (meta.url() != null) {
                        urls.add(meta.url());
                    }
                    if (meta.published() != null && (earliest == null || meta.published().compareTo(earliest) < 0)) {
                        earliest = meta.published();
                    }
                    if (m != c && m < fresh) {
                        relations[relation[m]]++;
                    }
                }
                clusters.add(new Cluster(meta(c).id(), meta(c).id(), ids, earliest, new ArrayList<>(urls)));
            }
            clusters.sort(Comparator.comparing(Cluster::id));
            int empty = 0;
            for (int i = 0; i < fresh; i++) {
                if (tokens[i] == 0) {
                    empty++;
                }
            }
            DedupResult.Stats stats = new DedupResult.Stats(fresh, empty, candidatePairs, verifiedPairs,
                    relations[Relation.EXACT.ordinal()], relations[Relation.NEAR.ordinal()],
                    relations[Relation.VERSION.ordinal()], clusters.size(), indexBytes);
            return new DedupResult(source, meta, canonical, relation, similarity, clusters, stats, fresh);
        }
    }

    static long pairKey(int x, int y) {
        return x < y ? (long) x << 32 | y : (long) y << 32 | x;
    }
}

package org.dateline.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A persistent deduplication index on disk (Apache Lucene): the records of earlier runs, so that
 * new records are deduplicated against them without signing them again. Use it with
 * {@link Deduplicator#dedup(RecordSource, int, DedupIndex)}, then {@link #commit()}.
 *
 * <h2>Layout</h2>
 * One Lucene document per record:
 * <ul>
 *   <li>{@code band}: one indexed term per LSH band, the 8 bytes of the band key (the band number
 *       is mixed into the key, so one field serves every band); not stored. A query is one
 *       {@code seekExact} per band and segment, then its postings: no scoring, no query parser;</li>
 *   <li>{@code id}: indexed and stored, so a record given again replaces its earlier copy;</li>
 *   <li>stored: {@code url}, {@code fetched}, {@code published}, {@code cluster} (the id of its
 *       canonical record when it was indexed), {@code exact} (the exact hash), {@code tokens},
 *       {@code shingles} (the sorted distinct 64-bit shingle hashes, 8 bytes each, for exact
 *       verification without the body) and {@code bands} (the band keys, 8 bytes each, to
 *       re-index a record whose cluster changes).</li>
 * </ul>
 * On disk a record takes about 8 bytes per distinct shingle (≈ one per word) plus ≈ 300 bytes of
 * band keys stored, plus the postings and terms of its band keys; the stored shingles are random
 * 64-bit values that do not compress ({@link #diskBytes()} measures it). Nothing per record is held
 * on the heap: Lucene 9 reads terms indexes, postings and stored fields from memory-mapped files
 * (the operating system's page cache keeps the hot parts), and its heap per segment is a few
 * kilobytes whatever the segment's size. A query touches the index only for the 37 band keys of
 * each new record and the stored fields of the candidates.
 *
 * <h2>Safety</h2>
 * Changes become visible on disk only at {@link #commit()}, which Lucene makes atomic: a run that
 * dies or is closed without committing leaves the index exactly as the previous commit left it.
 * The commit records the signature settings; opening an index with other settings fails, as their
 * band keys would never match. One process at a time (Lucene's write lock).
 */
public final class DedupIndex implements Closeable {
    static final String BAND = "band";
    static final String ID = "id";
    static final String URL = "url";
    static final String FETCHED = "fetched";
    static final String PUBLISHED = "published";
    static final String CLUSTER = "cluster";
    static final String EXACT = "exact";
    static final String TOKENS = "tokens";
    static final String SHINGLES = "shingles";
    static final String BANDS = "bands";
    /** The commit user-data key holding the signature settings. */
    static final String SETTINGS = "dateline.dedup.settings";
    /**
     * Indexed records kept as candidates of one new record, by the number of band keys they share
     * (templated stories can share a band with thousands of records; the ones sharing most bands
     * are the most similar).
     */
    static final int MAX_CANDIDATES_PER_RECORD = 64;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final String settings;

    private DedupIndex(Path path, Directory directory, IndexWriter writer, String settings) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.settings = settings;
    }

    /**
     * Opens the index in {@code dir}, creating it (and the directory) if missing.
     *
     * @throws IllegalArgumentException if the index was built with other signature settings
     * @throws IOException              if it cannot be read or is locked by another process
     */
    public static DedupIndex open(Path dir, DedupOptions options) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        String settings = settingsOf(options);
        try {
            if (DirectoryReader.indexExists(directory)) {
                String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(SETTINGS);
                if (stored != null && !stored.equals(settings)) {
                    throw new IllegalArgumentException("the index in " + dir + " was built with " + stored
                            + "; these options have " + settings);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(SETTINGS, settings).entrySet());
            return new DedupIndex(dir, directory, writer, settings);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static String settingsOf(DedupOptions o) {
        return "shingles=" + o.shingleSize() + " permutations=" + o.permutations() + " bands=" + o.lsh().bands()
                + "x" + o.lsh().rows() + " fold-digits=" + o.foldDigits() + " seed=" + Signer.PERMUTATION_SEED;
    }

    void checkCompatible(DedupOptions options) {
        String s = settingsOf(options);
        if (!s.equals(settings)) {
            throw new IllegalArgumentException("the index was opened with " + settings + "; these options have " + s);
        }
    }

    /** The directory of the index. */
    public Path path() {
        return path;
    }

    /** The number of records indexed, including those added since the last commit. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Makes every record added so far durable, atomically. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SETTINGS, settings).entrySet());
        writer.commit();
    }

    /** Closes the index, discarding whatever was added since the last {@link #commit()}. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    /** The bytes of the index's files on disk. */
    public long diskBytes() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            long total = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            }
            return total;
        }
    }

    /** Indexed records that are candidates of new ones, and the candidate pairs (new, indexed). */
    record Candidates(List<Deduplicator.Indexed> records, long[] pairs) {
        /** The new records {@code 0 … n − 1}, then the indexed ones. */
        RecordSource combined(RecordSource fresh) {
            int n = fresh.size();
            return new RecordSource() {
                @Override
                public int size() {
                    return n + records.size();
                }

                @Override
                public DedupInput get(int i) {
                    return i < n ? fresh.get(i) : records.get(i - n).input();
                }
            };
        }
    }

    /**
     * Signs the new records and finds, band by band, the indexed records sharing a band key with
     * each one (at most {@value #MAX_CANDIDATES_PER_RECORD} per record, those sharing most bands).
     * An indexed record with the id of a new record is left out: the new one replaces it.
     */
    Candidates candidates(RecordSource fresh, Signer signer, LshParams lsh, int threads) {
        int n = fresh.size();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            if (reader.numDocs() == 0) {
                return new Candidates(List.of(), new long[0]);
            }
            long[][] perRecord = new long[n][];
            boolean[] replaced = new boolean[reader.maxDoc()];
            Parallel.forRanges(n, threads, 64, (from, to) -> {
                try {
                    Lookup lookup = new Lookup(reader);
                    for (int i = from; i < to; i++) {
                        DedupInput in = fresh.get(i);
                        lookup.markReplaced(in.id(), replaced);
                        Signature s = signer.sign(in.body(), false);
                        if (!s.isEmpty()) {
                            perRecord[i] = lookup.candidates(lsh.bandKeys(s.minHash()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // number the indexed candidates n, n + 1, … in doc order
            Map<Integer, Integer> number = new HashMap<>();
            List<Integer> docs = new ArrayList<>();
            List<Long> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (perRecord[i] == null) {
                    continue;
                }
                for (long doc : perRecord[i]) {
                    if (!replaced[(int) doc]) {
                        docs.add((int) doc);
                    }
                }
            }
            docs = docs.stream().distinct().sorted().toList();
            for (int k = 0; k < docs.size(); k++) {
                number.put(docs.get(k), n + k);
            }
            for (int i = 0; i < n; i++) {
                if (perRecord[i] == null) {
                    continue;
                }
                for (long doc : perRecord[i]) {
                    Integer j = number.get((int) doc);
                    if (j != null) {
                        pairs.add((long) i << 32 | j);
                    }
                }
            }
            StoredFields stored = reader.storedFields();
            List<Deduplicator.Indexed> records = new ArrayList<>(docs.size());
            for (int doc : docs) {
                records.add(load(stored.document(doc)));
            }
            return new Candidates(records, pairs.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per-thread term lookups over every segment of a reader. */
    private static final class Lookup {
        private final List<LeafReaderContext> leaves;
        private final TermsEnum[] bands;
        private final TermsEnum[] ids;
        private final Bits[] live;
        private PostingsEnum postings;
        private final byte[] key = new byte[Long.BYTES];

        Lookup(DirectoryReader reader) throws IOException {
            leaves = reader.leaves();
            bands = new TermsEnum[leaves.size()];
            ids = new TermsEnum[leaves.size()];
            live = new Bits[leaves.size()];
            for (int l = 0; l < leaves.size(); l++) {
                LeafReader r = leaves.get(l).reader();
                Terms t = r.terms(BAND);
                bands[l] = t == null ? null : t.iterator();
                Terms it = r.terms(ID);
                ids[l] = it == null ? null : it.iterator();
                live[l] = r.getLiveDocs();
            }
        }

        void markReplaced(String id, boolean[] replaced) throws IOException {
            BytesRef term = new BytesRef(id);
            for (int l = 0; l < leaves.size(); l++) {
                if (ids[l] != null && ids[l].seekExact(term)) {
                    postings = ids[l].postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        replaced[leaves.get(l).docBase + d] = true; // distinct records write distinct slots
                    }
                }
            }
        }

        /** The live docs sharing a band key, most shared bands first, at most the cap. */
        long[] candidates(long[] bandKeys) throws IOException {
            Map<Integer, Integer> hits = new HashMap<>();
            for (long k : bandKeys) {
                ByteBuffer.wrap(key).putLong(k);
                BytesRef term = new BytesRef(key);
                for (int l = 0; l < leaves.size(); l++) {
                    if (bands[l] == null || !bands[l].seekExact(term)) {
                        continue;
                    }
                    postings = bands[l].postings(postings, PostingsEnum.NONE);
                    int base = leaves.get(l).docBase;
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live[l] == null || live[l].get(d)) {
                            hits.merge(base + d, 1, Integer::sum);
                        }
                    }
                }
            }
            long[] ranked = new long[hits.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : hits.entrySet()) {
                // more shared bands first, then the lower doc
                ranked[k++] = (long) (Integer.MAX_VALUE - e.getValue()) << 32 | e.getKey();
            }
            Arrays.sort(ranked);
            long[] out = new long[Math.min(ranked.length, MAX_CANDIDATES_PER_RECORD)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) ranked[i];
            }
            return out;
        }
    }

    private static Deduplicator.Indexed load(Document d) {
        String id = d.get(ID);
        DedupInput input = new DedupInput(id, d.get(URL), "", d.get(FETCHED), d.get(PUBLISHED));
        int tokens = d.getField(TOKENS).numericValue().intValue();
        long exact = d.getField(EXACT).numericValue().longValue();
        return new Deduplicator.Indexed(input, tokens, exact, longs(d.getBinaryValue(SHINGLES)),
                id.equals(d.get(CLUSTER)), longs(d.getBinaryValue(BANDS)));
    }

    /**
     * Adds the new records of a result (their copies, if indexed before, are replaced) and records
     * the new cluster of every indexed canonical record that a new record absorbed. Not committed.
     */
    void append(RecordSource fresh, DedupResult result, Candidates found, Signer signer, LshParams lsh, int threads) {
        int n = fresh.size();
        Parallel.forRanges(n, threads, 64, (from, to) -> {
            try {
                for (int i = from; i < to; i++) {
                    DedupInput in = fresh.get(i);
                    Signature s = signer.sign(in.body());
                    if (s.isEmpty()) {
                        continue;
                    }
                    writer.updateDocument(new Term(ID, in.id()), document(in, result.outcome(i).clusterId(),
                            s.tokens(), s.exactHash(), s.shingles(), lsh.bandKeys(s.minHash())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            for (int j = n; j < result.size(); j++) {
                if (result.canonicalOf(j) != j) {
                    Deduplicator.Indexed x = found.records().get(j - n);
                    writer.updateDocument(new Term(ID, x.input().id()), document(x.input(), result.outcome(j).clusterId(),
                            x.tokens(), x.exact(), x.shingles(), x.bandKeys()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(DedupInput in, String cluster, int tokens, long exact, long[] shingles,
                                     long[] bandKeys) {
        Document d = new Document();
        d.add(new StringField(ID, in.id(), Field.Store.YES));
        for (long k : bandKeys) {
            d.add(new StringField(BAND, new BytesRef(bytes(new long[] {k})), Field.Store.NO));
        }
        if (in.url() != null) {
            d.add(new StoredField(URL, in.url()));
        }
        if (in.fetched() != null) {
            d.add(new StoredField(FETCHED, in.fetched()));
        }
        if (in.published() != null) {
            d.add(new StoredField(PUBLISHED, in.published()));
        }
        d.add(new StoredField(CLUSTER, cluster));
        d.add(new StoredField(EXACT, exact));
        d.add(new StoredField(TOKENS, tokens));
        d.add(new StoredField(SHINGLES, bytes(shingles)));
        d.add(new StoredField(BANDS, bytes(bandKeys)));
        return d;
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    private static long[] longs(@Nullable BytesRef ref) {
        if (ref == null) {
            return new long[0];
        }
        ByteBuffer b = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
        long[] out = new long[ref.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }
}

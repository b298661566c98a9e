package org.dateline.dedup;

import java.util.function.IntConsumer;

/**
 * Where band keys are stored: band key → the records under it. The only step of deduplication that
 * needs every record at once, so the one a persistent index replaces (a Lucene index with one term
 * per band key, or a RocksDB column family keyed by band key, both mapping a key to a postings list
 * of record numbers). Record numbers are dense, from 0, in the order of the {@link RecordSource}.
 *
 * <p>{@link InMemoryBandIndex} is the in-memory implementation.
 */
public interface BandIndex {
    /** Receives one bucket: the records sharing one band key. */
    @FunctionalInterface
    interface BucketConsumer {
        /**
         * @param records the records of the bucket, ascending, in {@code records[0..size)}; the array
         *                is reused after the call returns
         * @param size    the number of records, at least 2
         */
        void accept(int[] records, int size);
    }

    /** The number of bands per record. */
    int bands();

    /** Stores the band keys of a record; may be called concurrently for different records. */
    void add(int record, long[] bandKeys);

    /** Calls {@code sink} once per bucket of at least two records, in a fixed order; not concurrently with {@link #add}. */
    void forEachBucket(BucketConsumer sink);

    /** Calls {@code sink} for each stored record that shares a band key with {@code bandKeys}, possibly more than once. */
    void query(long[] bandKeys, IntConsumer sink);

    /** The bytes held by the band keys (the index size, excluding temporary sort buffers). */
    long bytes();
}

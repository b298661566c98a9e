package org.dateline.dedup;

import java.util.List;

/**
 * Random access to the records of a run, numbered from 0. Deduplication reads every record once
 * to sign it, then again only the records it needs: those in a candidate pair when shingle sets are
 * not kept ({@link DedupOptions#keepShingles()}), and those with a relation, for their dates. A
 * source larger than memory re-reads its records (from file offsets, say) on demand.
 */
public interface RecordSource {
    /** The number of records. */
    int size();

    /** Record {@code i}, {@code 0 ≤ i < size()}; called from several threads. */
    DedupInput get(int i);

    /** A source over a list held in memory. */
    static RecordSource of(List<DedupInput> records) {
        List<DedupInput> copy = List.copyOf(records);
        return new RecordSource() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public DedupInput get(int i) {
                return copy.get(i);
            }
        };
    }
}

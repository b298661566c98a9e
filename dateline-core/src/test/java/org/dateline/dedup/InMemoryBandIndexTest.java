package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InMemoryBandIndexTest {
    @Test
    void bucketsHoldTheRecordsSharingABandKey() {
        InMemoryBandIndex index = new InMemoryBandIndex(2, 4);
        index.add(0, new long[] {1L << 32, 5L << 32});
        index.add(1, new long[] {1L << 32, 6L << 32});
        index.add(2, new long[] {2L << 32, 6L << 32});
        index.add(3, new long[] {3L << 32, 7L << 32});
        List<List<Integer>> buckets = new ArrayList<>();
        index.forEachBucket((records, size) -> {
            List<Integer> b = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                b.add(records[i]);
            }
            buckets.add(b);
        });
        assertThat(buckets).containsExactly(List.of(0, 1), List.of(1, 2));
        assertThat(index.bytes()).isEqualTo(2 * 4 * 4 + 4);
    }

    @Test
    void queryFindsStoredRecordsSharingAnyBandKey() {
        InMemoryBandIndex index = new InMemoryBandIndex(2, 3);
        index.add(0, new long[] {1L << 32, 5L << 32});
        index.add(1, new long[] {-1L << 32, 6L << 32});
        TreeSet<Integer> found = new TreeSet<>();
        index.query(new long[] {-1L << 32, 5L << 32}, found::add);
        assertThat(found).containsExactly(0, 1);
        found.clear();
        index.query(new long[] {9L << 32, 9L << 32}, found::add);
        assertThat(found).isEmpty();
    }
}

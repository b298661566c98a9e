package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent index: tomorrow's records deduplicated against today's without recomputing them. */
class DedupIndexTest {
    private static final DedupOptions OPTIONS = DedupOptions.defaults();
    private static final Deduplicator DEDUP = Deduplicator.create(OPTIONS);

    @TempDir
    Path dir;

    private static DedupInput record(String id, String body, String fetched, String published) {
        return new DedupInput(id, "https://news.example/" + id, body, fetched, published);
    }

    /** Day 1: three unrelated stories. */
    private static List<DedupInput> dayOne() {
        List<DedupInput> day = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            day.add(record("d1-" + s, Fixtures.body(Fixtures.paragraphs(100 + s, 12, 40)), "2024-05-01T08:00:00Z",
                    "2024-05-01"));
        }
        return day;
    }

    private static void indexDayOne(Path dir) throws IOException {
        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            DedupResult r = DEDUP.dedup(RecordSource.of(dayOne()), 2, index);
            assertThat(r.stats().clusters()).isZero();
            index.commit();
        }
    }

    @Test
    void aVersionOfAnIndexedArticleIsFoundTheNextDay() throws IOException {
        indexDayOne(dir);
        List<String> story = Fixtures.paragraphs(101, 12, 40);
        List<String> shorter = new ArrayList<>(story);
        shorter.subList(5, 8).clear(); // three middle paragraphs fewer: contained in the day-1 text
        List<DedupInput> dayTwo = List.of(
                record("d2-0", Fixtures.body(shorter), "2024-05-02T08:00:00Z", null),
                record("d2-1", Fixtures.body(Fixtures.paragraphs(200, 10, 40)), "2024-05-02T08:00:00Z", null));

        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            assertThat(index.size()).isEqualTo(3);
            DedupResult r = DEDUP.dedup(RecordSource.of(dayTwo), 1, index);
            index.commit();

            DedupOutcome version = r.outcome(0);
            assertThat(version.relation()).isEqualTo(Relation.VERSION);
            assertThat(version.duplicateOf()).isEqualTo("d1-1");
            assertThat(version.similarity()).isGreaterThan(0.95);
            assertThat(r.outcome(1).isCanonical()).isTrue();
            assertThat(r.fresh()).isEqualTo(2);
            assertThat(r.stats().version()).isEqualTo(1);
            Cluster c = r.clusters().get(0);
            assertThat(c.canonical()).isEqualTo("d1-1");
            assertThat(c.members()).containsExactly("d1-1", "d2-0");
            assertThat(c.earliestPublished()).isEqualTo("2024-05-01");
            assertThat(index.size()).isEqualTo(5);
        }
    }

    @Test
    void aNewRecordContainingAnIndexedCanonicalBecomesCanonical() throws IOException {
        indexDayOne(dir);
        List<String> longer = new ArrayList<>(Fixtures.paragraphs(102, 12, 40));
        longer.addAll(Fixtures.paragraphs(300, 2, 40)); // an update: two paragraphs added
        DedupInput update = record("d2-update", Fixtures.body(longer), "2024-05-02T08:00:00Z", null);

        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            DedupResult r = DEDUP.dedup(RecordSource.of(List.of(update)), 1, index);
            index.commit();
            assertThat(r.outcome(0).isCanonical()).isTrue();
            Cluster c = r.clusters().get(0);
            assertThat(c.canonical()).isEqualTo("d2-update");
            assertThat(c.members()).containsExactly("d2-update", "d1-2");
            assertThat(c.earliestPublished()).isEqualTo("2024-05-01");
        }
        // the day after, a copy of the day-1 text joins the update, not the absorbed record
        DedupInput copy = record("d3-copy", Fixtures.body(Fixtures.paragraphs(102, 12, 40)), "2024-05-03T08:00:00Z", null);
        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            DedupResult r = DEDUP.dedup(RecordSource.of(List.of(copy)), 1, index);
            assertThat(r.outcome(0).duplicateOf()).isEqualTo("d2-update");
            assertThat(r.outcome(0).relation()).isEqualTo(Relation.NEAR); // 12 of its 14 paragraphs
        }
    }

    @Test
    void aRunThatIsNotCommittedLeavesTheIndexAsItWas() throws IOException {
        indexDayOne(dir);
        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            DEDUP.dedup(RecordSource.of(List.of(record("d2-lost", Fixtures.body(Fixtures.paragraphs(400, 8, 40)),
                    null, null))), 1, index);
            assertThat(index.size()).isEqualTo(4);
            // the process dies here: no commit
        }
        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            assertThat(index.size()).isEqualTo(3);
            DedupResult r = DEDUP.dedup(RecordSource.of(List.of(record("d2-again",
                    Fixtures.body(Fixtures.paragraphs(100, 12, 40)), null, null))), 1, index);
            assertThat(r.outcome(0).relation()).isEqualTo(Relation.EXACT);
            assertThat(r.outcome(0).duplicateOf()).isEqualTo("d1-0");
        }
    }

    @Test
    void recordsGivenAgainReplaceTheirIndexedCopies() throws IOException {
        indexDayOne(dir);
        try (DedupIndex index = DedupIndex.open(dir, OPTIONS)) {
            DedupResult r = DEDUP.dedup(RecordSource.of(dayOne()), 1, index);
            index.commit();
            assertThat(r.stats().clusters()).isZero();
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void anIndexBuiltWithOtherSignatureSettingsIsRefused() throws IOException {
        indexDayOne(dir);
        assertThatThrownBy(() -> DedupIndex.open(dir, OPTIONS.withShingleSize(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shingles=5");
    }
}

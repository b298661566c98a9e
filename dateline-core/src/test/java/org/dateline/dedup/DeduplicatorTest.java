package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private final Deduplicator dedup = Deduplicator.create(DedupOptions.defaults());

    private static final List<String> TEMPLATE = List.of(
            "Sign up for our morning newsletter and get the best of the Harbour Gazette in your inbox every day.",
            "Follow us on social media for breaking news, photos and video from across the region and beyond.",
            "Copyright the Harbour Gazette, all rights reserved; reproduction without permission is prohibited.",
            "Read more: the stories our readers shared most this week, from politics and business to sport.");

    @Test
    void theSeedShapedPairIsOneClusterWithTheLongerVersionCanonical() {
        // like the two seeds: the earlier record lacks four of the seventeen paragraphs of the later one
        List<String> full = Fixtures.paragraphs(17, 17, 40);
        List<String> early = new ArrayList<>(full);
        early.subList(6, 10).clear();
        DedupResult result = dedup.dedup(List.of(
                new DedupInput("early", "https://example.org/a?v=1", Fixtures.body(early), "2024-03-01", "2024-03-01T08:00"),
                new DedupInput("late", "https://example.org/a", Fixtures.body(full), "2024-03-02", "2024-03-01T09:00")), 1);

        assertThat(result.clusters()).hasSize(1);
        Cluster cluster = result.clusters().get(0);
        assertThat(cluster.canonical()).isEqualTo("late");
        assertThat(cluster.members()).containsExactly("late", "early");
        assertThat(cluster.earliestPublished()).isEqualTo("2024-03-01T08:00");
        assertThat(cluster.urls()).containsExactly("https://example.org/a", "https://example.org/a?v=1");
        DedupOutcome early0 = result.outcome(0);
        assertThat(early0.relation()).isEqualTo(Relation.VERSION);
        assertThat(early0.duplicateOf()).isEqualTo("late");
        assertThat(early0.clusterId()).isEqualTo("late");
        assertThat(early0.similarity()).isGreaterThan(0.95);
        assertThat(result.outcome(1).isCanonical()).isTrue();
    }

    @Test
    void sameNormalisedBodyIsExactAndTheLatestCrawlIsCanonical() {
        String body = Fixtures.body(Fixtures.paragraphs(3, 6, 40));
        DedupResult result = dedup.dedup(List.of(
                new DedupInput("a", null, body, "2024-01-01", null),
                new DedupInput("b", null, body.toUpperCase().replace(",", " ;"), "2024-02-01", null),
                new DedupInput("c", null, body, null, null)), 2);

        assertThat(result.clusters()).singleElement().satisfies(c -> {
            assertThat(c.canonical()).isEqualTo("b");
            assertThat(c.members()).containsExactly("b", "a", "c");
        });
        assertThat(result.outcome(0).relation()).isEqualTo(Relation.EXACT);
        assertThat(result.outcome(2).relation()).isEqualTo(Relation.EXACT);
        assertThat(result.stats().exact()).isEqualTo(2);
    }

    @Test
    void oneEditedSentenceIsNear() {
        List<String> paragraphs = Fixtures.paragraphs(5, 12, 40);
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(4, "A spokesperson later corrected the figures given at the press conference on Tuesday.");
        DedupResult result = dedup.dedup(List.of(DedupInput.of("a", Fixtures.body(paragraphs)),
                DedupInput.of("b", Fixtures.body(edited))), 1);

        assertThat(result.clusters()).hasSize(1);
        int member = result.canonicalOf(0) == 0 ? 1 : 0;
        assertThat(result.relationOf(member)).isEqualTo(Relation.NEAR);
    }

    @Test
    void changedFiguresStayExactWhenDigitsAreFolded() {
        String a = "Police said 12 people were hurt and 3 buildings were damaged in the storm on Friday night.";
        String b = "Police said 15 people were hurt and 4 buildings were damaged in the storm on Friday night.";
        DedupResult result = dedup.dedup(List.of(DedupInput.of("a", a), DedupInput.of("b", b)), 1);
        assertThat(result.relationOf(result.canonicalOf(0) == 0 ? 1 : 0)).isEqualTo(Relation.EXACT);
    }

    @Test
    void differentArticlesSharingTemplateLinesAreNotJoined() {
        List<DedupInput> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> body = new ArrayList<>(Fixtures.paragraphs(100 + i, 5, 30));
            body.add(0, TEMPLATE.get(0));
            body.addAll(TEMPLATE.subList(1, 4));
            records.add(DedupInput.of("story" + i, Fixtures.body(body)));
        }
        DedupResult result = dedup.dedup(records, 2);
        assertThat(result.clusters()).isEmpty();
    }

    @Test
    void shortAndEmptyBodiesDoNotCollapseIntoOneCluster() {
        // text-dedup #77: short documents shared one signature and became one cluster
        DedupResult result = dedup.dedup(List.of(DedupInput.of("a", "Storm warning"), DedupInput.of("b", "Road closed"),
                DedupInput.of("c", "Live"), DedupInput.of("d", ""), DedupInput.of("e", " -- "),
                DedupInput.of("f", "Road closed!")), 1);
        assertThat(result.clusters()).singleElement()
                .satisfies(c -> assertThat(c.members()).containsExactlyInAnyOrder("b", "f"));
        assertThat(result.stats().empty()).isEqualTo(2);
    }

    @Test
    void aChainOfEditsDoesNotJoinRecordsThatAreNotVerifiedAgainstTheCanonical() {
        // A ~ B and B ~ C, but A and C share only half their text: no single cluster of three
        List<String> p = Fixtures.paragraphs(42, 12, 40);
        List<String> fresh = Fixtures.paragraphs(43, 12, 40);
        List<String> a = p;
        List<String> b = new ArrayList<>(p.subList(0, 9));
        b.addAll(fresh.subList(0, 3));
        List<String> c = new ArrayList<>(p.subList(0, 6));
        c.addAll(fresh.subList(0, 6));
        DedupOptions options = DedupOptions.defaults().withThresholds(0.55, 0.8);
        Deduplicator loose = Deduplicator.create(options);
        Overlap ab = loose.signer().sign(Fixtures.body(a)).overlap(loose.signer().sign(Fixtures.body(b)));
        Overlap bc = loose.signer().sign(Fixtures.body(b)).overlap(loose.signer().sign(Fixtures.body(c)));
        Overlap ac = loose.signer().sign(Fixtures.body(a)).overlap(loose.signer().sign(Fixtures.body(c)));
        assertThat(ab.jaccard()).isGreaterThan(0.55);
        assertThat(bc.jaccard()).isGreaterThan(0.55);
        assertThat(ac.jaccard()).isLessThan(0.55);
        assertThat(ac.containment()).isLessThan(0.8);

        DedupResult result = loose.dedup(List.of(DedupInput.of("a", Fixtures.body(a)), DedupInput.of("b", Fixtures.body(b)),
                DedupInput.of("c", Fixtures.body(c))), 1);
        assertThat(result.clusters()).allSatisfy(cl -> assertThat(cl.size()).isEqualTo(2));
        assertThat(result.partition()).noneMatch(g -> g.containsAll(Set.of("a", "c")));
    }

    @Test
    void thePartitionIsTheSameWhateverTheInputOrderAndThreadCount() {
        List<DedupInput> records = families(60, 7);
        Set<Set<String>> expected = dedup.dedup(records, 1).partition();
        assertThat(expected).anyMatch(g -> g.size() >= 3);
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<DedupInput> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            DedupResult result = dedup.dedup(shuffled, 1 + round % 2);
            assertThat(result.partition()).isEqualTo(expected);
        }
    }

    @Test
    void lshFindsWhatTheBruteForceFinds() {
        List<DedupInput> records = families(150, 3);
        RecordSource source = RecordSource.of(records);
        DedupResult lsh = dedup.dedup(source, 2);
        DedupResult brute = dedup.dedupAllPairs(source, 2);
        assertThat(lsh.partition()).isEqualTo(brute.partition());
        assertThat(lsh.stats().candidatePairs()).isLessThan(brute.stats().candidatePairs() / 10);
    }

    @Test
    void verifyingFromReReadBodiesGivesTheSameResultAsKeptShingles() {
        List<DedupInput> records = families(40, 5);
        DedupResult kept = dedup.dedup(records, 2);
        DedupResult reread = Deduplicator.create(DedupOptions.defaults().withKeepShingles(false)).dedup(records, 2);
        assertThat(reread.outcomes()).isEqualTo(kept.outcomes());
    }

    /** Stories, each with a few versions: truncated, a paragraph dropped, one appended, exact copies. */
    static List<DedupInput> families(int stories, long seed) {
        Random random = new Random(seed);
        List<DedupInput> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            List<String> p = Fixtures.paragraphs(seed * 1000 + s, 8 + random.nextInt(8), 30);
            out.add(new DedupInput("s" + s, "https://news.example/" + s, Fixtures.body(p), "2024-01-0" + (1 + random.nextInt(9)), null));
            int versions = random.nextInt(4);
            for (int v = 0; v < versions; v++) {
                List<String> q = new ArrayList<>(p);
                switch (random.nextInt(4)) {
                    case 0 -> q = q.subList(0, q.size() - 1 - random.nextInt(2));
                    case 1 -> q.remove(1 + random.nextInt(q.size() - 2));
                    case 2 -> q.add(Fixtures.paragraphs(random.nextLong(), 1, 30).get(0));
                    default -> { }
                }
                out.add(new DedupInput("s" + s + "v" + v, "https://news.example/" + s + "?v=" + v, Fixtures.body(q),
                        "2024-01-0" + (1 + random.nextInt(9)), "2023-12-" + (10 + random.nextInt(20))));
            }
        }
        return out;
    }
}

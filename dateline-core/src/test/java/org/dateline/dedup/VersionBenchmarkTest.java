package org.dateline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionBenchmarkTest {
    private static final Path DATA = Path.of("../../shared/data").toAbsolutePath().normalize();

    @Test
    void theDefaultsMeetTheTargetsOnTheSharedBodies() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("naeb/truth.jsonl")), "../shared/data is not present");
        VersionBenchmark.Report report = VersionBenchmark.run(DATA, DedupOptions.defaults(), 6, 2);
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.hardNegativePrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.recallContainment08()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.pairs()).isPositive());
    }

    @Test
    void theBenchmarkIsDeterministicForASeed() {
        List<VersionBenchmark.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            articles.add(new VersionBenchmark.Article(Fixtures.body(Fixtures.paragraphs(500 + i, 6, 25)),
                    "http://site" + (i % 30) + ".example"));
        }
        VersionBenchmark.Report a = VersionBenchmark.run(articles, DedupOptions.defaults(), 1, 2);
        VersionBenchmark.Report b = VersionBenchmark.run(articles, DedupOptions.defaults(), 1, 1);
        assertThat(a.table()).isEqualTo(b.table());
        assertThat(a.records()).isGreaterThan(40);
    }

    @Test
    void adjustedRandIndexIsOneForEqualPartitionsAndNearZeroForUnrelatedOnes() {
        assertThat(VersionBenchmark.adjustedRandIndex(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 7, 7, 9})).isEqualTo(1);
        assertThat(VersionBenchmark.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isLessThan(0.01);
    }
}

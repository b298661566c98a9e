package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.input.PageSource;
import org.dateline.page.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Every folder and archive of the shared development corpus ({@code ../shared/data}) runs through
 * without a crash, and every record is accounted for. Skips when the corpus is absent.
 */
class SharedCorpusTest {
    private static final Path DATA = Path.of("../../shared/data").toAbsolutePath().normalize();

    @Test
    void theWholeCorpusRunsAndEveryRecordIsAccountedFor() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is not present");
        Dateline dateline = Dateline.create(Options.defaults());
        List<Result> results = new ArrayList<>();
        try (PageSource source = dateline.open(List.of(DATA.toString()))) {
            dateline.processAll(source, 2, results::add);
        }

        assertThat(results).noneMatch(r -> r.problem() != null && r.problem().reason().equals("internal-error"));
        long naebPages;
        try (var files = Files.list(DATA.resolve("naeb/html"))) {
            naebPages = files.filter(f -> f.toString().endsWith(".html.gz")).count();
        }
        assertThat(results.stream().filter(r -> r.source().file().contains("/naeb/html/")))
                .hasSize((int) naebPages)
                .filteredOn(r -> r.outcome() == Outcome.OK).hasSizeGreaterThan((int) (naebPages * 0.99));
        List<Result> clipped = results.stream().filter(r -> r.source().file().endsWith("clipped.warc.gz")).toList();
        assertThat(clipped).hasSize(2);
        assertThat(clipped.get(0).article().url()).contains("houstonpress.com");
        assertThat(clipped.get(1).problem().reason()).isEqualTo("corrupt-archive");
    }
}

package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's seed (issue 5): {@code 001_…txt} is a copied page dump and {@code 000_…txt} the
 * clean record of the same story. Read from {@code ../shared/seeds} at test time; skipped when absent.
 */
class SeedDumpTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");

    private static Path seed(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(p != null, "no seed " + prefix);
            return p;
        }
    }

    @Test
    void extractsTheSeedDump() throws IOException {
        String dump = Files.readString(seed("001_"), StandardCharsets.UTF_8);
        String clean = Files.readString(seed("000_"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String p : clean.split("\n\n")) {
            expected.add(p.strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2} ", ""));
        }

        TextExtraction r = TextExtractor.create().extract(dump);

        assertThat(r.title()).isEqualTo("Boris Johnson urges China’s president to help ensure ‘Putin fails’ in ‘candid’ call on Ukraine");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Rob Merrick");
        assertThat(r.bylines().get(0).role()).isEqualTo("Deputy Political Editor");
        assertThat(r.dateline()).contains("Friday 25 March 2022 16:04 GMT");
        assertThat(expected).hasSize(13);
        assertThat(r.paragraphs()).hasSize(17).containsSubsequence(expected);
        // no line of the dump outside the body paragraphs is in the body
        List<String> lines = dump.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int first = lines.indexOf(r.paragraphs().get(0));
        int last = lines.indexOf(r.paragraphs().get(16));
        assertThat(last - first).isEqualTo(16);
        for (int i = 0; i < lines.size(); i++) {
            if (i < first || i > last) {
                assertThat(r.paragraphs()).doesNotContain(lines.get(i));
                assertThat(r.body()).doesNotContain(lines.get(i));
            }
        }
    }
}

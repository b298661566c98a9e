package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dateline extract} command, run in-process as a user would run it. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void extractsTheShippedSamplesAndAccountsForEveryRecord() throws IOException {
        Path warc = tmp.resolve("news.warc.gz");
        SampleArchive.write(SAMPLES.resolve("pages"), warc);
        Path out = tmp.resolve("out.jsonl");
        Path summary = tmp.resolve("summary.json");

        int status = Main.run("extract", "-q", SAMPLES.resolve("pages").toString(), SAMPLES.resolve("feed.jsonl").toString(),
                warc.toString(), "-o", out.toString(), "--summary", summary.toString());

        assertThat(status).isZero();
        List<JsonNode> articles = readJsonLines(out);
        assertThat(articles).hasSize(2 + 1 + SampleArchive.ARTICLES);
        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("read").asInt()).isEqualTo(2 + 1 + SampleArchive.RECORDS);
        assertThat(s.get("written").asInt()).isEqualTo(articles.size());
        assertThat(s.get("skipped").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("warcinfo", "request", "revisit", "non-html", "non-200", "dns", "metadata");
        assertThat(s.get("failed").size()).isZero();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.get("schema").asInt()).isEqualTo(org.dateline.article.Article.SCHEMA_VERSION);
            assertThat(a.get("title").asText()).isNotBlank();
            assertThat(a.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}.*");
            assertThat(a.get("date_source").asText()).isIn("json-ld", "opengraph", "url");
        });
        JsonNode festival = articles.stream().filter(a -> a.get("source").asText().endsWith("valcourt-festival.htm")).findFirst().orElseThrow();
        assertThat(festival.get("body").asText()).contains("festival d'été de Valcourt", "réduit de quinze pour cent");
        assertThat(festival.get("charset").asText()).isEqualTo("windows-1252");
        assertThat(festival.get("language").asText()).isEqualTo("fr");
        assertThat(festival.get("published").asText()).isEqualTo("2023-07-02");
        assertThat(festival.get("authors").get(0).asText()).isEqualTo("Élodie Marchand");
    }

    @Test
    void outputOrderIsInputOrderWhateverTheThreadCount() throws IOException {
        Path pages = tmp.resolve("pages");
        Files.createDirectories(pages);
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            // uneven sizes, so that later pages often finish before earlier ones
            for (int p = 0; p < 1 + (i * 7) % 30; p++) {
                body.append("<p>Paragraph ").append(p).append(" of story ").append(i)
                        .append(", with enough words in it to count as prose, like a real article would have.</p>");
            }
            Files.writeString(pages.resolve(String.format("story-%02d.html", i)),
                    "<html><head><title>Story " + i + "</title></head><body><article>" + body + "</article></body></html>");
        }
        Path one = tmp.resolve("one.jsonl");
        Path four = tmp.resolve("four.jsonl");

        assertThat(Main.run("extract", "-q", "-t", "1", pages.toString(), "-o", one.toString())).isZero();
        assertThat(Main.run("extract", "-q", "-t", "4", pages.toString(), "-o", four.toString())).isZero();

        assertThat(Files.readString(four)).isEqualTo(Files.readString(one));
        List<String> titles = new ArrayList<>();
        for (JsonNode a : readJsonLines(one)) {
            titles.add(a.get("title").asText());
        }
        assertThat(titles).hasSize(40).startsWith("Story 0", "Story 1", "Story 2").endsWith("Story 39");
    }

    @Test
    void textFormatsRenderEachRecordAndSeparateThemWithAFormFeedLine() throws IOException {
        Path page = writePage("a.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        writePage("b.html", "Bridge closes", "The old bridge closes for two weeks of inspection from Monday.");

        String dated = run("extract", "-q", "-f", "dated", page.getParent().toString());
        String markdown = run("extract", "-q", "-f", "markdown", page.toString());
        String text = run("extract", "-q", "--format", "TEXT", page.toString());

        assertThat(dated).isEqualTo(" date unknown Crews walked out on Tuesday morning across the whole harbour.\n\f\n"
                + " date unknown The old bridge closes for two weeks of inspection from Monday.\n\f\n");
        assertThat(markdown).isEqualTo("# Ferry strike\n\nCrews walked out on Tuesday morning across the whole harbour.\n\f\n");
        assertThat(text).isEqualTo("Crews walked out on Tuesday morning across the whole harbour.\n\f\n");
    }

    @Test
    void aDirectoryOutputGetsOneFilePerArticle() throws IOException {
        Path page = writePage("a.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        writePage("b.html", "Bridge closes", "The old bridge closes for two weeks of inspection from Monday.");
        Path outDir = tmp.resolve("articles");

        assertThat(Main.run("extract", "-q", "-f", "markdown", page.getParent().toString(), "-o", outDir + "/")).isZero();

        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(2).allMatch(n -> n.matches("[0-9a-f]{16}\\.md"));
        }
    }

    @Test
    void failedRecordsGoToTheErrorReportAndTheRunCompletes() throws IOException {
        writePage("good.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        Files.write(tmp.resolve("pages/junk.html"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, (byte) 0xff, 0x10, 0x11, 0x12});
        Files.write(tmp.resolve("pages/empty.html"), new byte[0]);
        Path errors = tmp.resolve("errors.jsonl");
        Path out = tmp.resolve("out.jsonl");

        int status = Main.run("extract", "-q", tmp.resolve("pages").toString(), "-o", out.toString(), "--errors", errors.toString());

        assertThat(status).isZero();
        assertThat(readJsonLines(out)).hasSize(1);
        List<JsonNode> problems = readJsonLines(errors);
        assertThat(problems).extracting(p -> p.get("reason").asText()).containsExactly("empty", "binary");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.get("source").asText()).endsWith(".html");
            assertThat(p.get("offset").isNull()).isTrue();
            assertThat(p.get("outcome").asText()).isEqualTo("failed");
            assertThat(p.get("detail").asText()).isNotBlank();
        });
    }

    @Test
    void readsAPageFromStandardInput() throws IOException {
        byte[] html = "<html><body><article><p>A page piped in on standard input, with a sentence of prose.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(html));
            String out = run("extract", "-q", "-f", "text", "-");
            assertThat(out).isEqualTo("A page piped in on standard input, with a sentence of prose.\n\f\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aMissingInputIsAUsageErrorBeforeAnythingIsWritten() {
        Path out = tmp.resolve("out.jsonl");
        assertThat(Main.run("extract", tmp.resolve("nope").toString(), "-o", out.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableOutputIsAUsageError() throws IOException {
        Path page = writePage("a.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        // a path below a regular file can never be created
        assertThat(Main.run("extract", page.toString(), "-o", page.resolve("out.jsonl").toString()))
                .isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path page = writePage("a.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        assertThat(Main.run("extract", "-f", "pdf", page.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("extract", "--max-page-size", "lots", page.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("extract", "-t", "0", page.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("extract")).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void pagesOverTheSizeLimitFailWithTooLarge() throws IOException {
        Path page = writePage("a.html", "Ferry strike", "Crews walked out on Tuesday morning across the whole harbour.");
        Path summary = tmp.resolve("summary.json");
        assertThat(Main.run("extract", "-q", "--max-page-size", "100B", page.toString(), "-o", tmp.resolve("o").toString(),
                "--summary", summary.toString())).isZero();
        assertThat(JSON.readTree(summary.toFile()).at("/failed/too-large").asInt()).isEqualTo(1);
    }

    @Test
    void sizesReadHumanUnits() {
        assertThat(Sizes.parse("512")).isEqualTo(512);
        assertThat(Sizes.parse("64KB")).isEqualTo(64 * 1024);
        assertThat(Sizes.parse("20MB")).isEqualTo(20L * 1024 * 1024);
        assertThat(Sizes.parse("1g")).isEqualTo(1L << 30);
    }

    private Path writePage(String name, String title, String paragraph) throws IOException {
        Path dir = tmp.resolve("pages");
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>");
        return p;
    }

    /** Runs the command with standard output captured. */
    private static String run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> readJsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}

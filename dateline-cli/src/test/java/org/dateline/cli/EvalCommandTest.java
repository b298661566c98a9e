package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dateline eval} command, run in-process on a tiny set written by the test. */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PARAGRAPHS = List.of(
            "Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of "
                    + "commuters stranded on the quayside as the first boats of the day stayed tied up.",
            "The strike follows months of dispute over new shift patterns that the union says add hours without "
                    + "extra pay, and that crews say leave too little rest between early and late sailings.",
            "Harbour Link said it regretted the disruption, and that its offer remained on the table for the union "
                    + "to accept whenever its members were ready to return to work.",
            "Buses will replace the busiest crossings until the dispute is settled, the operator added, though "
                    + "journeys around the bay are expected to take at least three times as long.");

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour ferry crews strike | The Portside Courier</title></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-consent">We use cookies to improve your experience on our site.</div>
            <article>
              <h1>Harbour ferry crews strike over rota changes</h1>
              <p>%s</p>
              <p>%s</p>
              <p>%s</p>
              <p>%s</p>
            </article>
            <aside class="related"><a href="/a">Council approves new ferry terminal</a></aside>
            <footer>© 2024 The Portside Courier. All rights reserved.</footer>
            </body></html>
            """.formatted(PARAGRAPHS.toArray());

    @TempDir
    Path tmp;

    private Path set;

    @BeforeEach
    void writeSet() throws IOException {
        set = tmp.resolve("harbour");
        Files.createDirectories(set.resolve("html"));
        Files.writeString(set.resolve("html/strike.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve("html/strike-snippets.html.gz")))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        writeTruth(set,
                Map.of("id", "strike", "html", "html/strike.html", "url", "https://courier.example/strike",
                        "body", String.join("\n\n", PARAGRAPHS)),
                Map.of("id", "strike-snippets", "html", "html/strike-snippets.html.gz",
                        "with", List.of("walked out on Tuesday morning", "its offer remained on the table"),
                        "without", List.of("We use cookies", "All rights reserved")));
    }

    @Test
    void scoresASetAndPrintsATable() {
        Output o = run("eval", set.toString());

        assertThat(o.status).as(o.err).isZero();
        List<String> lines = o.out.lines().toList();
        assertThat(lines.get(0)).contains("set", "system", "pages", "shingle", "segment");
        assertThat(lines.get(1)).startsWith("harbour").contains("dateline", " 2 ");
        assertThat(o.out).contains("worst of harbour:", "html/strike.html", "html/strike-snippets.html.gz");
        assertThat(o.err).contains("eval: harbour (2 pages)");
    }

    @Test
    void jsonWritesAParseableSummaryPerSet() throws IOException {
        Path json = tmp.resolve("summary.json");

        Output o = run("eval", "--json", json.toString(), set.toString());

        assertThat(o.status).as(o.err).isZero();
        JsonNode summary = JSON.readTree(json.toFile());
        assertThat(summary.isArray()).isTrue();
        assertThat(summary.size()).isEqualTo(1);
        JsonNode harbour = summary.get(0);
        assertThat(harbour.get("set").asText()).isEqualTo("harbour");
        assertThat(harbour.get("system").asText()).isEqualTo("dateline");
        assertThat(harbour.get("pages").asInt()).isEqualTo(2);
        assertThat(harbour.get("errors").asInt()).isZero();
        assertThat(harbour.at("/shingles/f1").asDouble()).isGreaterThan(0.9);
        assertThat(harbour.at("/shingles/precision").isNumber()).isTrue();
        assertThat(harbour.at("/shingles/recall").isNumber()).isTrue();
        assertThat(harbour.at("/shingles/f1Error").isNumber()).isTrue();
        assertThat(harbour.at("/segments/tp").asInt()).isEqualTo(2);
        assertThat(harbour.at("/segments/fp").asInt()).isZero();
        assertThat(harbour.at("/segments/f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void reportWritesOneJsonLinePerDocumentWorstFirst() throws IOException {
        Path report = tmp.resolve("report.jsonl");

        Output o = run("eval", "--report", report.toString(), set.toString());

        assertThat(o.status).as(o.err).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(report)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactlyInAnyOrder("strike", "strike-snippets");
        assertThat(lines.get(0).get("score").asDouble()).isLessThanOrEqualTo(lines.get(1).get("score").asDouble());
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("set").asText()).isEqualTo("harbour");
            assertThat(l.get("file").asText()).contains("strike");
            assertThat(l.get("words").asInt()).isGreaterThan(50);
            assertThat(l.get("error").isNull()).isTrue();
        });
        JsonNode strike = lines.stream().filter(l -> l.get("id").asText().equals("strike")).findFirst().orElseThrow();
        assertThat(strike.at("/shingles/tp").asInt()).isPositive();
        assertThat(strike.get("segments").isNull()).isTrue();
        JsonNode snippets = lines.stream().filter(l -> l.get("id").asText().equals("strike-snippets")).findFirst().orElseThrow();
        assertThat(snippets.at("/segments/tn").asInt()).isEqualTo(2);
        assertThat(snippets.get("shingles").isNull()).isTrue();
    }

    @Test
    void aScoreBelowItsFloorFailsTheRun() throws IOException {
        Output o = evalWithFloors("harbour.shingle.f1 = 1.01\nharbour.segment.f1 = 0.5\n");

        assertThat(o.status).isEqualTo(EvalCommand.EXIT_BELOW_FLOOR);
        assertThat(o.err).contains("below floor: harbour.shingle.f1").doesNotContain("harbour.segment.f1");
        assertThat(o.out).contains("harbour");
    }

    @Test
    void aScoreAboveItsFloorPasses() throws IOException {
        Output o = evalWithFloors("# minimum scores\nharbour.shingle.f1 = 0.80\nharbour.segment.f1: 0.9\n");

        assertThat(o.status).as(o.err).isZero();
        assertThat(o.err).doesNotContain("below floor");
    }

    @Test
    void aFloorForASetThatWasNotRunIsIgnored() throws IOException {
        Output o = evalWithFloors("naeb.shingle.f1 = 0.99\ntrafilatura-eval.segment.f1 = 0.99\n");

        assertThat(o.status).as(o.err).isZero();
        assertThat(o.err).doesNotContain("below floor");
    }

    @Test
    void aFloorThatIsNotANumberIsAUsageError() throws IOException {
        Output o = evalWithFloors("harbour.shingle.f1 = high\n");

        assertThat(o.status).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err).contains("harbour.shingle.f1", "not a number");
    }

    @Test
    void aMissingSetFolderIsAUsageError() {
        Output o = run("eval", tmp.resolve("no-such-set").toString());

        assertThat(o.status).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err).contains("not found", "truth.jsonl");
    }

    @Test
    void anEmptyDataFolderIsAUsageErrorThatSaysWhatToGive() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);

        Output o = run("eval", "--data", data.toString());

        assertThat(o.status).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err).contains("no evaluation sets under " + data, "SET", "--data");
        assertThat(o.out).isEmpty();
    }

    @Test
    void theStandardSetsUnderDataAreScoredWhenNoSetIsGiven() throws IOException {
        Path data = tmp.resolve("data");
        Path naeb = data.resolve("naeb");
        Files.createDirectories(naeb);
        Files.writeString(naeb.resolve("strike.html"), PAGE);
        writeTruth(naeb, Map.of("id", "1", "html", "strike.html", "body", String.join("\n\n", PARAGRAPHS)));

        Output o = run("eval", "--data", data.toString());

        assertThat(o.status).as(o.err).isZero();
        assertThat(o.out.lines().toList()).element(1).asString().startsWith("naeb");
        assertThat(o.out).contains("worst of naeb:").doesNotContain("readability-pages", "trafilatura-eval");
    }

    @Test
    void aPageWithNeitherBodyNorSnippetsIsListedWithoutFailing() throws IOException {
        Path bare = tmp.resolve("bare");
        Files.createDirectories(bare);
        Files.writeString(bare.resolve("strike.html"), PAGE);
        writeTruth(bare, Map.of("id", "1", "html", "strike.html", "with", List.of(" ")));

        Output o = run("eval", bare.toString());

        assertThat(o.status).as(o.err).isZero();
        assertThat(o.out).contains("worst of bare:", "strike.html");
    }

    @Test
    void metadataScoresEachFieldAndGatesOnMetaFloors() throws IOException {
        Path meta = tmp.resolve("meta");
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("strike.html"), PAGE);
        writeTruth(meta, Map.of("id", "strike", "html", "strike.html", "title", "Harbour ferry crews strike over rota changes",
                "authors", List.of(), "lang", "en", "date", "2024-03-05"));
        Path json = tmp.resolve("meta.json");
        Path floors = tmp.resolve("meta-floors.properties");
        Files.writeString(floors, "meta.meta.title = 1.0\nmeta.meta.date = 0.5\n");

        Output o = run("eval", "--metadata", "--json", json.toString(), "--floors", floors.toString(), meta.toString());

        assertThat(o.out).contains("title", "authors", "1.000 [1.000] (1)", "metadata costs", "misses of meta");
        assertThat(o.status).isEqualTo(EvalCommand.EXIT_BELOW_FLOOR);
        assertThat(o.err).contains("below floor: meta.meta.date").doesNotContain("meta.meta.title");
        JsonNode summary = JSON.readTree(json.toFile()).get(0);
        assertThat(summary.get("set").asText()).isEqualTo("meta");
        assertThat(summary.at("/fields/title/accuracy").asDouble()).isEqualTo(1.0);
        assertThat(summary.at("/fields/authors/accuracy").asDouble()).as("no author, rightly").isEqualTo(1.0);
    }

    @Test
    void dedupRunsTheVersionBenchmarkOnTheSetsBodiesAndGatesOnDedupFloors() throws IOException {
        Path data = tmp.resolve("data");
        List<Map<?, ?>> articles = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        String[] words = "harbour ferry council union strike crews bridge library flood repairs market town court vote".split(" ");
        for (int a = 0; a < 120; a++) { // the benchmark takes 40 as donors of extra paragraphs
            List<String> paragraphs = new java.util.ArrayList<>();
            for (int p = 0; p < 8; p++) {
                StringBuilder sentence = new StringBuilder("Story " + a + " paragraph " + p + " says");
                for (int w = 0; w < 30; w++) {
                    sentence.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
                }
                paragraphs.add(sentence.append('.').toString());
            }
            articles.add(Map.of("id", "a" + a, "site", "site" + (a % 4) + ".example", "body", String.join("\n\n", paragraphs)));
        }
        for (String set : List.of("naeb", "readability-pages")) {
            Files.createDirectories(data.resolve(set));
            writeTruth(data.resolve(set), articles.subList(set.equals("naeb") ? 0 : 60, set.equals("naeb") ? 60 : 120)
                    .toArray(new Map<?, ?>[0]));
        }
        Path json = tmp.resolve("dedup.json");
        Path floors = tmp.resolve("dedup-floors.properties");
        Files.writeString(floors, "dedup.hard-negatives = 0.99\ndedup.f1 = 1.01\n");

        Output o = run("eval", "--dedup", "--data", data.toString(), "--json", json.toString(), "--floors", floors.toString());

        assertThat(o.out).contains("truncated", "syndicated", "negative: same site", "adjusted Rand index");
        assertThat(o.status).isEqualTo(EvalCommand.EXIT_BELOW_FLOOR);
        assertThat(o.err).contains("below floor: dedup.f1").doesNotContain("dedup.hard-negatives");
        assertThat(JSON.readTree(json.toFile()).get("dedup.hard-negatives").asDouble()).isEqualTo(1.0);
    }

    private static void writeTruth(Path dir, Map<?, ?>... records) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map<?, ?> r : records) {
            b.append(JSON.writeValueAsString(r)).append('\n');
        }
        Files.writeString(dir.resolve("truth.jsonl"), b);
    }

    private record Output(int status, String out, String err) {
    }

    /** Runs the command with standard output and standard error captured. */
    private static Output run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs eval on the test set with a floors file holding {@code floors}. */
    private Output evalWithFloors(String floors) throws IOException {
        Path file = tmp.resolve("floors.properties");
        Files.writeString(file, floors);
        return run("eval", "--floors", file.toString(), set.toString());
    }
}

package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an evaluation set from its folder and scoring a stub extractor on it. */
class EvaluationTest {
    private static final double EPS = 1e-12;

    private static final String STRIKE_BODY = "Ferry crews walked out on Tuesday morning.\n\n"
            + "The strike follows months of dispute over shift patterns.";
    private static final String STRIKE_HTML = "<html><body><article><p>Ferry crews walked out on Tuesday morning.</p>"
            + "<p>The strike follows months of dispute over shift patterns.</p></article></body></html>";
    private static final String BRIDGE_HTML = "<html><body><nav>Sign up for our newsletter</nav><article>"
            + "<p>The old bridge closes for two weeks.</p><p>Inspectors found cracks in the deck.</p></article></body></html>";

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void writeSet() throws IOException {
        dir = tmp.resolve("tiny-set");
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("strike.html"), STRIKE_HTML);
        gzip(dir.resolve("pages/bridge.html.gz"), BRIDGE_HTML);
        Files.writeString(dir.resolve("truth.jsonl"), """
                {"id": "strike", "html": "strike.html", "url": "https://news.example/strike", "body": "%s"}
                {"id": "bridge", "html": "pages/bridge.html.gz", "url": "hard::x", "with": ["The old bridge closes", "Inspectors found cracks", "  "], "without": ["Sign up for our newsletter"]}

                {"id": "gone", "html": null, "url": "https://news.example/gone", "body": "A page that was never saved."}
                """.formatted(STRIKE_BODY.replace("\n", "\\n")));
    }

    @Test
    void loadReadsTheTruthRecordsThatHaveAPage() throws IOException {
        EvalSet set = EvalSet.load(dir);

        assertThat(set.name()).isEqualTo("tiny-set");
        assertThat(set.docs()).extracting(EvalDoc::id).containsExactly("strike", "bridge");
        assertThat(set.missing()).isEqualTo(1);

        EvalDoc strike = set.docs().get(0);
        assertThat(strike.html()).isEqualTo(dir.resolve("strike.html"));
        assertThat(strike.url()).isEqualTo("https://news.example/strike");
        assertThat(strike.body()).isEqualTo(STRIKE_BODY);
        assertThat(strike.with()).isEmpty();
        assertThat(strike.without()).isEmpty();
        assertThat(strike.hasSnippets()).isFalse();

        EvalDoc bridge = set.docs().get(1);
        assertThat(bridge.html()).isEqualTo(dir.resolve("pages").resolve("bridge.html.gz"));
        assertThat(bridge.body()).isNull();
        assertThat(bridge.with()).as("blank snippets are dropped").containsExactly("The old bridge closes", "Inspectors found cracks");
        assertThat(bridge.without()).containsExactly("Sign up for our newsletter");
        assertThat(bridge.hasSnippets()).isTrue();
    }

    @Test
    void aUrlThatIsNotHttpBecomesNull() throws IOException {
        assertThat(EvalSet.load(dir).docs().get(1).url()).isNull();
    }

    @Test
    void theNameIsTheFolderNameHoweverTheFolderIsWritten() throws IOException {
        assertThat(EvalSet.load(dir.resolve(".")).name()).isEqualTo("tiny-set");
        assertThat(EvalSet.load(dir.resolve("pages").resolve("..")).name()).isEqualTo("tiny-set");
    }

    @Test
    void pagePathsAreResolvedAgainstTheSetFolderAndNormalized() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(tmp.resolve("pool"));
        Files.writeString(tmp.resolve("pool/p.html"), STRIKE_HTML);
        Files.createDirectories(other);
        Files.writeString(other.resolve("truth.jsonl"), "{\"id\": \"p\", \"html\": \"../pool/p.html\", \"body\": \"x\"}\n");

        EvalDoc doc = EvalSet.load(other).docs().get(0);

        assertThat(doc.html()).isEqualTo(tmp.resolve("pool/p.html"));
        assertThat(doc.url()).isNull();
        assertThat(new String(doc.read(), StandardCharsets.UTF_8)).isEqualTo(STRIKE_HTML);
    }

    @Test
    void readGunzipsGzippedPagesAndReturnsOthersAsTheyAre() throws IOException {
        EvalSet set = EvalSet.load(dir);

        assertThat(new String(set.docs().get(0).read(), StandardCharsets.UTF_8)).isEqualTo(STRIKE_HTML);
        assertThat(new String(set.docs().get(1).read(), StandardCharsets.UTF_8)).isEqualTo(BRIDGE_HTML);
    }

    @Test
    void aFolderWithoutTruthIsNotASet() {
        assertThatThrownBy(() -> EvalSet.load(dir.resolve("pages"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("truth.jsonl");
        assertThatThrownBy(() -> EvalSet.load(tmp.resolve("nowhere"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theStandardSetsAreFoundByNameInReportOrder() throws IOException {
        Path data = tmp.resolve("data");
        for (String name : List.of("trafilatura-eval", "naeb", "something-else")) {
            Files.createDirectories(data.resolve(name));
            Files.writeString(data.resolve(name).resolve("truth.jsonl"), "");
        }
        Files.createDirectories(data.resolve("readability-pages")); // no truth.jsonl: skipped

        assertThat(EvalSet.standard(data)).extracting(EvalSet::name).containsExactly("naeb", "trafilatura-eval");
        assertThat(EvalSet.standard(tmp.resolve("empty"))).isEmpty();
    }

    @Test
    void runScoresEachPageByTheTruthItHas() throws IOException {
        EvalSet set = EvalSet.load(dir);
        // the strike page extracted exactly; the bridge page with one snippet missed and one leaked
        Map<String, String> outputs = Map.of(
                dir.resolve("strike.html").toString(), STRIKE_BODY,
                dir.resolve("pages/bridge.html.gz").toString(), "Sign up for our newsletter\n\nThe old bridge closes for two weeks.");

        Evaluation.SetResult r = Evaluation.run(set, "stub", page -> outputs.get(page.source().file()), 0);

        assertThat(r.set()).isEqualTo("tiny-set");
        assertThat(r.system()).isEqualTo("stub");
        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.errors()).isZero();
        assertThat(r.shingles()).isEqualTo(new Shingles.Summary(1, 1, 1, 0));
        assertThat(r.segments()).isEqualTo(new Segments.Summary(1, 1, 1, 0, 0.5, 0.5, 0.5));
        assertThat(r.seconds()).isNotNegative();
        assertThat(r.pagesPerSecond()).isNotNegative();

        Evaluation.DocResult strike = r.docs().get(0);
        assertThat(strike.id()).isEqualTo("strike");
        assertThat(strike.file()).isEqualTo(dir.resolve("strike.html").toString());
        assertThat(strike.words()).isEqualTo(16);
        assertThat(strike.shingles()).isEqualTo(new Shingles.Counts(13, 0, 0));
        assertThat(strike.segments()).isNull();
        assertThat(strike.error()).isNull();
        assertThat(strike.score()).isEqualTo(1.0);

        Evaluation.DocResult bridge = r.docs().get(1);
        assertThat(bridge.id()).isEqualTo("bridge");
        assertThat(bridge.shingles()).isNull();
        assertThat(bridge.segments()).isEqualTo(new Segments.Counts(1, 1, 1, 0,
                List.of("Inspectors found cracks"), List.of("Sign up for our newsletter")));
        assertThat(bridge.score()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void aSetOfTextDumpsNamesItsFilesAsTextAndTheirPagesArePlainText() throws IOException {
        Path dumps = tmp.resolve("dumps");
        Files.createDirectories(dumps);
        Files.writeString(dumps.resolve("strike.txt"), "Ferry crews walked out on Tuesday morning.");
        Files.writeString(dumps.resolve("truth.jsonl"), "{\"id\": \"s\", \"text\": \"strike.txt\", \"body\": \"x\"}\n"
                + "{\"id\": \"gone\", \"text\": null, \"body\": \"y\"}\n");
        EvalSet set = EvalSet.load(dumps);

        assertThat(set.docs()).singleElement().satisfies(d -> assertThat(d.isText()).isTrue());
        assertThat(set.missing()).isEqualTo(1);
        assertThat(Evaluation.pages(set)).singleElement().satisfies(p -> assertThat(p.isText()).isTrue());
    }

    @Test
    void theExtractorSeesThePageBytesAndUrl() throws IOException {
        EvalSet set = EvalSet.load(dir);

        Evaluation.SetResult r = Evaluation.run(set, "echo", page -> {
            assertThat(page.url()).isEqualTo(page.source().file().endsWith("strike.html") ? "https://news.example/strike" : null);
            return new String(page.content(), StandardCharsets.UTF_8);
        }, 0);

        // the raw page is an imperfect prediction: its tags are extra tokens, and the <p> tags
        // between the paragraphs break the three true shingles that span them
        assertThat(r.errors()).isZero();
        assertThat(r.docs().get(0).shingles().tp()).isEqualTo(10);
        assertThat(r.docs().get(0).shingles().fn()).isEqualTo(3);
        assertThat(r.docs().get(0).shingles().fp()).isPositive();
        assertThat(r.docs().get(1).segments().leaked()).containsExactly("Sign up for our newsletter");
    }

    @Test
    void anExtractorExceptionCountsAsAnErrorWithEmptyOutput() throws IOException {
        EvalSet set = EvalSet.load(dir);

        Evaluation.SetResult r = Evaluation.run(set, "fragile", page -> {
            if (page.source().file().endsWith("strike.html")) {
                throw new IllegalStateException("boom");
            }
            return "The old bridge closes. Inspectors found cracks.";
        }, 0);

        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.errors()).isEqualTo(1);
        Evaluation.DocResult strike = r.docs().get(0);
        assertThat(strike.error()).contains("IllegalStateException", "boom");
        assertThat(strike.words()).isZero();
        assertThat(strike.shingles()).isEqualTo(new Shingles.Counts(0, 0, 13));
        assertThat(strike.score()).isZero();
        assertThat(r.shingles()).isEqualTo(new Shingles.Summary(0, 0, 0, 0));
        assertThat(r.docs().get(1).error()).isNull();
        assertThat(r.segments()).isEqualTo(new Segments.Summary(2, 0, 0, 1, 1, 1, 1));
    }

    @Test
    void aStackOverflowInTheExtractorIsAnErrorToo() throws IOException {
        Evaluation.SetResult r = Evaluation.run(EvalSet.load(dir), "deep", page -> {
            throw new StackOverflowError();
        }, 0);

        assertThat(r.errors()).isEqualTo(2);
        assertThat(r.docs()).allSatisfy(d -> assertThat(d.error()).startsWith("StackOverflowError"));
    }

    @Test
    void warmupPassesRunTheExtractorButAreNotScored() throws IOException {
        AtomicInteger calls = new AtomicInteger();

        Evaluation.SetResult r = Evaluation.run(EvalSet.load(dir), "counted", page -> {
            calls.incrementAndGet();
            return STRIKE_BODY;
        }, 2);

        assertThat(calls).hasValue(3 * 2);
        assertThat(r.docs()).hasSize(2);
        assertThat(r.shingles().f1()).isEqualTo(1.0);
    }

    @Test
    void worstFirstOrdersDocumentsByScore() throws IOException {
        EvalSet set = EvalSet.load(dir);

        Evaluation.SetResult r = Evaluation.run(set, "stub", page -> page.source().file().endsWith("strike.html")
                ? "Ferry crews walked out on Tuesday morning."
                : "The old bridge closes. Inspectors found cracks.", 0);

        // strike: 4 of 13 true shingles and nothing else, own F1 8/17; bridge: every snippet right
        assertThat(r.docs()).extracting(Evaluation.DocResult::id).containsExactly("strike", "bridge");
        assertThat(r.worstFirst()).extracting(Evaluation.DocResult::id).containsExactly("strike", "bridge");
        assertThat(r.worstFirst().get(0).score()).isCloseTo(8.0 / 17, within(EPS));
        assertThat(r.worstFirst().get(1).score()).isEqualTo(1.0);

        Evaluation.SetResult flipped = Evaluation.run(set, "stub", page -> page.source().file().endsWith("strike.html")
                ? STRIKE_BODY
                : "Sign up for our newsletter", 0);
        assertThat(flipped.worstFirst()).extracting(Evaluation.DocResult::id).containsExactly("bridge", "strike");
        assertThat(flipped.worstFirst().get(0).score()).isZero();
    }

    @Test
    void aSetWithNoPagesRunsAndHasNoScores() throws IOException {
        Path empty = tmp.resolve("all-missing");
        Files.createDirectories(empty);
        Files.writeString(empty.resolve("truth.jsonl"), "{\"id\": \"x\", \"html\": null, \"body\": \"text\"}\n");

        Evaluation.SetResult r = Evaluation.run(EvalSet.load(empty), "stub", page -> "text", 0);

        assertThat(r.pages()).isZero();
        assertThat(r.shingles()).isNull();
        assertThat(r.segments()).isNull();
        assertThat(r.pagesPerSecond()).isZero();
        assertThat(r.worstFirst()).isEmpty();
    }

    @Test
    void theTableHasARowForEverySetAndSystem() throws IOException {
        EvalSet set = EvalSet.load(dir);
        Path other = tmp.resolve("second-set");
        Files.createDirectories(other);
        Files.writeString(other.resolve("page.html"), STRIKE_HTML);
        Files.writeString(other.resolve("truth.jsonl"), "{\"id\": \"p\", \"html\": \"page.html\", \"with\": [\"Ferry crews\"]}\n");
        EvalSet second = EvalSet.load(other);
        Evaluation.Extractor exact = page -> STRIKE_BODY;
        Evaluation.Extractor nothing = page -> "";

        String table = Evaluation.table(List.of(
                Evaluation.run(set, "exact", exact, 0), Evaluation.run(set, "nothing", nothing, 0),
                Evaluation.run(second, "exact", exact, 0), Evaluation.run(second, "nothing", nothing, 0)));

        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.get(0)).contains("set", "system", "pages", "shingle", "segment", "pages/s");
        assertThat(lines.get(1)).startsWith("tiny-set").contains("exact", "1.000 / 1.000 / 1.000 ±0.000");
        assertThat(lines.get(2)).startsWith("tiny-set").contains("nothing", "0.000 / 0.000 / 0.000");
        assertThat(lines.get(3)).startsWith("second-set").contains("exact", " - ", "1.000 / 1.000 / 1.000");
        assertThat(lines.get(4)).startsWith("second-set").contains("nothing");
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata truth read from sets of every layout, and the fair comparisons of each field. */
class MetadataEvaluationTest {
    private static final String PAGE = """
            <html lang="en-GB"><head><title>Ferry crews strike | Harbour News</title>
            <meta property="og:site_name" content="Harbour News">
            <meta name="description" content="Crews say the new rota is unsafe.">
            <meta name="author" content="Sam Reyes"></head>
            <body><article><h1>Ferry crews strike</h1>
            <p>Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of
            commuters stranded on the quayside as the first boats of the day stayed tied up.</p></article></body></html>""";

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void writeSet() throws IOException {
        dir = tmp.resolve("meta-set");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("strike.html"), PAGE);
        Files.writeString(dir.resolve("truth.jsonl"), """
                {"id": "naeb-like", "html": "strike.html", "title": "Ferry crews strike.", "authors": ["SAM REYES"], "date": "2022-03-25"}
                {"id": "readability-like", "html": "strike.html", "title": "“Ferry crews strike”", "byline": "By Sam Reyes\\n  March 25, 2022", "lang": "en", "excerpt": "Crews say the new rota is unsafe.", "siteName": "Harbour News", "publishedTime": "2022-03-25T16:04:00Z"}
                {"id": "no-author", "html": "strike.html", "authors": []}
                {"id": "dates-only", "html": "strike.html", "url": "https://news.example/strike", "date": ""}
                """);
    }

    @Test
    void loadsMetadataTruthOfEveryLayoutAndSetsWithoutBodies() throws IOException {
        EvalSet set = EvalSet.load(dir);

        assertThat(set.docs()).hasSize(4);
        MetaTruth naeb = set.docs().get(0).meta();
        assertThat(naeb.authors()).containsExactly("SAM REYES");
        assertThat(naeb.date()).isEqualTo("2022-03-25");
        MetaTruth readability = set.docs().get(1).meta();
        assertThat(readability.authors()).as("raw bylines are cleaned like the finder's").containsExactly("Sam Reyes");
        assertThat(readability.date()).isEqualTo("2022-03-25");
        assertThat(readability.site()).isEqualTo("Harbour News");
        assertThat(set.docs().get(2).meta().authors()).isEmpty();
        assertThat(set.docs().get(3).meta()).isEqualTo(MetaTruth.NONE);
        assertThat(set.docs().get(3).body()).isNull();
    }

    @Test
    void textDumpsAreScoredWithTheTextExtractorsHeader() throws IOException {
        Path dumps = tmp.resolve("dumps");
        Files.createDirectories(dumps);
        Files.writeString(dumps.resolve("strike.txt"), String.join("\n\n", "Ferry crews strike over rota changes",
                "Sam Reyes", "Friday 25 March 2022 16:04 GMT",
                "Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of "
                        + "commuters stranded on the quayside as the first boats of the day stayed tied up.",
                "The strike follows months of dispute over new shift patterns that the union says add hours without extra pay."));
        Files.writeString(dumps.resolve("truth.jsonl"),
                "{\"id\": \"s\", \"text\": \"strike.txt\", \"title\": \"Ferry crews strike over rota changes\", "
                        + "\"authors\": [\"Sam Reyes\"], \"date\": \"2022-03-25\"}\n");

        MetadataEvaluation.SetResult r = MetadataEvaluation.run(EvalSet.load(dumps));

        assertThat(r.fields().get("date").accuracy()).isEqualTo(1.0);
        assertThat(r.fields().get("title").accuracy()).isEqualTo(1.0);
        assertThat(r.fields().get("authors").accuracy()).isEqualTo(1.0);
    }

    @Test
    void scoresEachFieldOnThePagesWithTruth() throws IOException {
        MetadataEvaluation.SetResult r = MetadataEvaluation.run(EvalSet.load(dir));

        assertThat(r.pages()).isEqualTo(4);
        assertThat(r.fields().get("title")).isEqualTo(new MetadataEvaluation.FieldScore(2, 2, 2, 2));
        assertThat(r.fields().get("authors").pages()).isEqualTo(3);
        assertThat(r.fields().get("authors").correct()).as("a page without an author is wrong: one is found").isEqualTo(2);
        assertThat(r.fields().get("language").accuracy()).isEqualTo(1.0);
        assertThat(r.fields().get("excerpt").accuracy()).isEqualTo(1.0);
        assertThat(r.fields().get("site").accuracy()).isEqualTo(1.0);
        MetadataEvaluation.FieldScore date = r.fields().get("date");
        assertThat(date.pages()).isEqualTo(2);
        assertThat(date.coverage()).as("no date finder yet").isZero();
        assertThat(r.misses()).extracting(MetadataEvaluation.Miss::field).containsOnly("authors", "date");
        assertThat(r.summary()).containsKeys("set", "pages", "fields", "meta_share");
    }

    @Test
    void comparesTextFairly() {
        assertThat(MetadataEvaluation.sameText("Ferry crews’ “strike”", "ferry crews' \"strike\"")).isTrue();
        assertThat(MetadataEvaluation.sameText("Ferry  crews strike.", "Ferry crews strike")).isTrue();
        assertThat(MetadataEvaluation.sameText("Harbour\u00adside ferry\u200b strike", "Harbourside ferry strike")).isTrue();
        assertThat(MetadataEvaluation.sameText("Ferry crews strike", "Ferry crews strike | Harbour News")).isFalse();
        assertThat(MetadataEvaluation.sameLanguage("en-US", "en")).isTrue();
        assertThat(MetadataEvaluation.sameDay("2022-03-25", "2022-03-25T16:04:00+01:00")).isTrue();
        assertThat(MetadataEvaluation.sameDay("2022-03-25", "2022-03")).isFalse();
    }
}

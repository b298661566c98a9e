package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Article;
import org.dateline.meta.Metadata;
import org.dateline.internal.OrderedParallel;
import org.dateline.output.Format;
import org.dateline.page.Outcome;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;
import org.junit.jupiter.api.Test;

/** One page in, one article record (or a reason) out. */
class DatelineTest {
    private static final String NEWS = """
            <!DOCTYPE html><html lang="en-GB"><head>
            <title>Harbour ferry crews strike over rota changes | The Portside Courier</title>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-consent">We use cookies to improve your experience on our site.</div>
            <article>
              <h1>Harbour ferry crews strike over rota changes</h1>
              <div class="byline">By Maya Okafor, Transport Correspondent</div>
              <ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>
              <p>Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of commuters stranded.</p>
              <p>The strike follows months of dispute over new shift patterns that the union says add hours without extra pay.</p>
              <h2>Operator says talks remain open</h2>
              <p>Harbour Link said it regretted the disruption, and that its offer remained on the table for the union to accept.</p>
              <ul><li>Quay Street to Northpoint, every 15 minutes</li><li>Old Dock to the Marina, every 20 minutes</li></ul>
            </article>
            <aside class="related"><a href="/a">Council approves new ferry terminal</a></aside>
            <footer>© 2024 The Portside Courier</footer>
            </body></html>
            """;

    private final Dateline dateline = Dateline.create(Options.defaults());

    @Test
    void extractsTheArticleBodyWithoutThePageFurniture() {
        Result r = dateline.process(page(NEWS));

        Article a = r.article();
        assertThat(a).isNotNull();
        assertThat(a.title()).isEqualTo("Harbour ferry crews strike over rota changes");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body().split("\n\n")).containsExactly(
                "Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of commuters stranded.",
                "The strike follows months of dispute over new shift patterns that the union says add hours without extra pay.",
                "Operator says talks remain open",
                "Harbour Link said it regretted the disruption, and that its offer remained on the table for the union to accept.",
                "Quay Street to Northpoint, every 15 minutes",
                "Old Dock to the Marina, every 20 minutes");
        assertThat(a.wordCount()).isEqualTo(a.body().split("[^\\p{L}\\p{N}']+").length);
        assertThat(a.published()).isNull();
        assertThat(a.source()).isEqualTo("news.html");
    }

    @Test
    void aPageWithoutTextIsSkipped() {
        Result r = dateline.process(page("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
        assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(r.problem().reason()).isEqualTo("no-text");
    }

    @Test
    void binaryJunkFails() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Result r = dateline.process(new Page(SourceRef.of("junk.html"), null, junk, null, null));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.problem().reason()).isEqualTo("binary");
    }

    @Test
    void aPageOverTheLimitFails() {
        Result r = Dateline.create(Options.defaults().withMaxPageBytes(100)).process(page(NEWS));
        assertThat(r.problem().reason()).isEqualTo("too-large");
    }

    @Test
    void datedFormatWritesTheSeedLayout() {
        Article a = dateline.process(page(NEWS)).article();
        assertThat(Format.DATED.render(a)).startsWith(" date unknown Ferry crews on the harbour's");
        Metadata meta = Metadata.EMPTY.withTitle(a.title()).withDates("2022-03-25T16:04:00Z", null, "json-ld", "day");
        Article dated = Article.of(a.id(), a.source(), a.url(), meta, true, "Boris Johnson has urged China's president.",
                null, List.of(), a.fetched(), a.charset());
        assertThat(Format.DATED.render(dated)).isEqualTo(" date 2022-03-25 Boris Johnson has urged China's president.");
        assertThat(Format.MARKDOWN.render(dated)).startsWith("# Harbour ferry crews strike over rota changes\n\nBoris");
        assertThat(Format.JSONL.render(dated)).startsWith("{\"schema\":" + Article.SCHEMA_VERSION + ",\"id\":\"").contains("\"published\":\"2022-03-25T16:04:00Z\"", "\"url\":null");
    }

    @Test
    void aTextDumpBecomesADatedRecordWithItsHeaderAsMetadata() throws java.io.IOException {
        byte[] dump;
        try (var in = DatelineTest.class.getResourceAsStream("/extract/text/ferry-story.txt")) {
            dump = in.readAllBytes();
        }
        java.time.Instant crawled = java.time.Instant.parse("2022-06-15T08:00:00Z");

        Article a = dateline.process(new Page(SourceRef.of("ferry.txt"), "https://news.example/ferry", dump, Page.PLAIN_TEXT,
                crawled)).article();

        assertThat(a.title()).startsWith("Harbour town votes to keep its last ferry running");
        assertThat(a.subtitle()).startsWith("Residents packed the hall");
        assertThat(a.authors()).containsExactly("Alice Penrose");
        assertThat(a.published()).isEqualTo("2022-06-14T09:12+01:00");
        assertThat(a.dateSource()).isEqualTo("dateline");
        assertThat(a.site()).isEqualTo("news.example");
        assertThat(Format.DATED.render(a)).startsWith(" date 2022-06-14 Councillors in Portmarrow have voted");
        assertThat(a.body()).doesNotContain("Comments", "Watch: Ferry crossing");
    }

    @Test
    void aTextDumpWithoutADatelineIsDatedByItsCapture() {
        String dump = "Harbour ferry crews strike\n\n" + String.join("\n\n",
                "Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, leaving thousands of commuters stranded.",
                "The strike follows months of dispute over new shift patterns that the union says add hours without extra pay.",
                "Harbour Link said it regretted the disruption, and that its offer remained on the table for the union to accept.");

        Article a = dateline.process(new Page(SourceRef.of("strike.txt"), null, dump.getBytes(StandardCharsets.UTF_8),
                Page.PLAIN_TEXT, java.time.Instant.parse("2024-05-14T08:00:00Z"))).article();

        assertThat(a.published()).isEqualTo("2024-05-14");
        assertThat(a.dateSource()).isEqualTo("capture");
    }

    @Test
    void aTextDumpWithoutADatelineTakesTheDayInItsUrl() {
        String dump = "Harbour ferry crews strike\n\n" + String.join("\n\n",
                "Ferry crews on the harbour's three busiest routes walked out, leaving thousands of commuters stranded.",
                "The strike follows months of dispute over new shift patterns that the union says add hours without extra pay.");

        Article a = dateline.process(new Page(SourceRef.of("wet"), "https://news.example/2024/03/12/ferry-strike",
                dump.getBytes(StandardCharsets.UTF_8), Page.PLAIN_TEXT, java.time.Instant.parse("2024-05-14T08:00:00Z"))).article();

        assertThat(a.published()).isEqualTo("2024-03-12");
        assertThat(a.dateSource()).isEqualTo("url");
    }

    @Test
    void aTextDumpWithoutADatelineTakesTheFirstDateOfItsTop() {
        String dump = "Harbour ferry crews strike\n\n" + String.join("\n\n",
                "Ferry crews on the harbour's three busiest routes walked out on 12 March 2024, leaving thousands of commuters stranded.",
                "The strike follows months of dispute over new shift patterns that the union says add hours without extra pay.",
                "Harbour Link said it regretted the disruption, and that its offer of 1 April 2023 remained on the table.");

        Article a = dateline.process(new Page(SourceRef.of("strike.txt"), null, dump.getBytes(StandardCharsets.UTF_8),
                Page.PLAIN_TEXT, java.time.Instant.parse("2024-05-14T08:00:00Z"))).article();

        assertThat(a.published()).isEqualTo("2024-03-12");
        assertThat(a.dateSource()).isEqualTo("text-vote");
    }

    @Test
    void orderedParallelDeliversResultsInInputOrder() {
        for (int threads : new int[] {1, 2, 8}) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                items.add(i);
            }
            var it = items.iterator();
            List<Integer> out = new ArrayList<>();
            OrderedParallel.map(() -> it.hasNext() ? it.next() : null, i -> {
                long x = 0;
                for (int k = 0; k < (i * 7919) % 200_000; k++) {
                    x += k; // uneven work, so later items often finish first
                }
                return x >= 0 ? i : -1;
            }, out::add, threads);
            assertThat(out).as("%d threads", threads).isEqualTo(items);
        }
    }

    private static Page page(String html) {
        return new Page(SourceRef.of("news.html"), null, html.getBytes(StandardCharsets.UTF_8), null, null);
    }
}

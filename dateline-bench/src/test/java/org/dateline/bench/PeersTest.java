package org.dateline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dateline.eval.Evaluation;
import org.dateline.page.Page;
import org.dateline.page.SourceRef;
import org.junit.jupiter.api.Test;

/** Each system finds the article of a plain news page. */
class PeersTest {
    private static final List<String> PARAGRAPHS = List.of(
            "The city council voted on Monday night to close the old Riverside library after more than ninety years of service to the neighbourhood.",
            "Councillors said the building needed repairs costing far more than the library's annual budget, and that a new branch would open near the station next spring.",
            "Residents who packed the public gallery urged the council to delay the decision until a survey of the roof and walls had been completed by an independent engineer.",
            "The library's staff will move to the new branch, and the council promised that the local history collection would be kept together and remain open to readers.",
            "A final vote on the future of the building itself, which some residents hope to see turned into a community centre, is expected before the end of the year.");

    private static final String HTML = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Council votes to close Riverside library | The Valley Gazette</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
            <main><article>
            <h1>Council votes to close Riverside library</h1>
            <p class="byline">By Tom Ellery, Local Democracy Reporter</p>
            %s
            </article></main>
            <footer><p>© 2024 The Valley Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body></html>
            """.formatted(String.join("\n", PARAGRAPHS.stream().map(p -> "<p>" + p + "</p>").toList()));

    @Test
    void everySystemReturnsTheParagraphs() throws Exception {
        Page page = new Page(SourceRef.of("library.html"), "https://gazette.example/news/library",
                HTML.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
        assertThat(Peers.ALL).containsOnlyKeys("dateline", "dateline-text", "boilerpipe", "readability4j");
        for (Map.Entry<String, Evaluation.Extractor> system : Peers.ALL.entrySet()) {
            String text = system.getValue().body(page).replaceAll("\\s+", " ");
            assertThat(text).as(system.getKey()).contains(PARAGRAPHS).doesNotContain("Privacy");
        }
    }

    @Test
    void readability4jKeepsOneParagraphPerBlock() throws Exception {
        Page page = new Page(SourceRef.of("library.html"), null, HTML.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(Peers.readability4j(page).split("\n\n")).containsSubsequence(PARAGRAPHS);
    }
}

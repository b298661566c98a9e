package org.dateline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.page.Outcome;
import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Reading every kind of input into records, and accounting for every record. */
class InputsTest {
    private static final long LIMIT = 20L * 1024 * 1024;
    private static final String HTML = "<!DOCTYPE html><html><head><title>A story</title></head><body><p>Text of the story.</p></body></html>";
    private static final Instant DATE = Instant.parse("2024-05-14T08:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void readsHtmlFilesPlainAndGzipped() throws IOException {
        Files.writeString(tmp.resolve("a.html"), HTML);
        Files.writeString(tmp.resolve("b.htm"), HTML);
        Files.write(tmp.resolve("c.html.gz"), gzip(HTML.getBytes(StandardCharsets.UTF_8)));

        List<Entry> entries = readAll(tmp.toString());

        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.page()).isNotNull();
            assertThat(new String(e.page().content(), StandardCharsets.UTF_8)).isEqualTo(HTML);
            assertThat(e.page().source().offset()).isEqualTo(-1);
        });
    }

    @Test
    void walksDirectoriesInNameOrderIgnoringHiddenEntries() throws IOException {
        Files.createDirectories(tmp.resolve("b/inner"));
        Files.createDirectories(tmp.resolve(".git"));
        Files.writeString(tmp.resolve("b/inner/z.html"), HTML);
        Files.writeString(tmp.resolve("b/a.html"), HTML);
        Files.writeString(tmp.resolve("a.html"), HTML);
        Files.writeString(tmp.resolve(".hidden.html"), HTML);
        Files.writeString(tmp.resolve(".git/config.html"), HTML);

        List<Entry> entries = readAll(tmp.toString());

        assertThat(entries).extracting(e -> tmp.relativize(Path.of(e.source().file())).toString())
                .containsExactly("a.html", "b/a.html", "b/inner/z.html");
    }

    @Test
    void filesThatAreNotPagesAreSkippedWithTheirReason() throws IOException {
        Files.writeString(tmp.resolve("meta.json"), "{\"id\": 1}");
        Files.writeString(tmp.resolve("LICENSE"), "Apache License\nVersion 2.0\n");
        Files.writeString(tmp.resolve("README.md"), "# Notes\n");
        Files.writeString(tmp.resolve("index.tsv"), "a\tb\n");
        Files.write(tmp.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(tmp.resolve("dump.txt"), "Headline\n\nSome copied page text.\n");

        List<Entry> entries = readAll(tmp.toString());

        assertThat(entries).extracting(e -> e.page() != null ? "text page" : e.problem().reason())
                .containsExactly("not-a-page", "not-a-page", "text page", "not-a-page", "not-a-page", "not-a-page");
        assertThat(entries.get(2).page().isText()).isTrue();
    }

    @Test
    void readsJsonLinesWithByteOffsetsAndReportsBadLines() throws IOException {
        String first = "{\"url\": \"https://example.org/1\", \"fetched\": \"2024-05-14T08:00:00Z\", \"html\": \"<p>One</p>\"}";
        String bad = "{not json";
        String noHtml = "{\"url\": \"https://example.org/3\"}";
        String last = "{\"url\": \"https://example.org/4\", \"html\": \"<html><body><p>Four é</p></body></html>\"}";
        String content = first + "\n\n" + bad + "\n" + noHtml + "\n" + last + "\n";
        Files.writeString(tmp.resolve("pages.jsonl"), content);
        Files.write(tmp.resolve("pages2.jsonl.gz"), gzip(content.getBytes(StandardCharsets.UTF_8)));

        for (String name : List.of("pages.jsonl", "pages2.jsonl.gz")) {
            List<Entry> entries = readAll(tmp.resolve(name).toString());
            assertThat(entries).hasSize(4);
            assertThat(entries.get(0).page().url()).isEqualTo("https://example.org/1");
            assertThat(entries.get(0).page().fetched()).isEqualTo(DATE);
            assertThat(entries.get(0).source().offset()).isZero();
            assertThat(entries.get(1).problem().reason()).isEqualTo("bad-json");
            assertThat(entries.get(1).problem().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(entries.get(1).source().offset()).isEqualTo(first.length() + 2);
            assertThat(entries.get(2).problem().reason()).isEqualTo("no-html");
            assertThat(new String(entries.get(3).page().content(), StandardCharsets.UTF_8)).contains("Four é");
        }
    }

    @Test
    void aJsonLineWithTextInsteadOfHtmlIsATextPage() throws IOException {
        Files.writeString(tmp.resolve("dumps.jsonl"), "{\"url\": \"https://example.org/5\", \"text\": \"Headline\\n\\nBody é.\"}\n");

        Page page = readAll(tmp.resolve("dumps.jsonl").toString()).get(0).page();

        assertThat(page.isText()).isTrue();
        assertThat(page.url()).isEqualTo("https://example.org/5");
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).isEqualTo("Headline\n\nBody é.");
    }

    @Test
    void readsHtmlCapturesOfAWarcAndSkipsEveryOtherRecordWithItsReason() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path warc = tmp.resolve("crawl-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
            try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE), compression)) {
                w.write(new Warcinfo.Builder().date(DATE).build());
                w.write(new WarcRequest.Builder("https://example.org/a").date(DATE)
                        .body(new HttpRequest.Builder("GET", "/a").build()).build());
                w.write(response("https://example.org/a", http(200, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8))));
                w.write(new WarcRevisit.Builder("https://example.org/a").date(DATE).build());
                w.write(response("https://example.org/gone", http(404, "text/html", HTML.getBytes(StandardCharsets.UTF_8))));
                w.write(response("https://example.org/i.png", http(200, "image/png", new byte[] {1, 2, 3})));
                w.write(new WarcResponse.Builder("dns:example.org").date(DATE).body(MediaType.parse("text/dns"), new byte[] {'1'}).build());
                w.write(response("https://example.org/gz", new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                        .body(MediaType.parse("text/html"), gzip(HTML.getBytes(StandardCharsets.UTF_8))).build()));
                // Common Crawl stores the decoded body and renames the encoding headers
                w.write(response("https://example.org/cc", new HttpResponse.Builder(200, "OK")
                        .addHeader("X-Crawler-Content-Encoding", "gzip").addHeader("X-Crawler-Transfer-Encoding", "chunked")
                        .body(MediaType.parse("text/html"), HTML.getBytes(StandardCharsets.UTF_8)).build()));
                w.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", "https://example.org/a").date(DATE)
                        .body(MediaType.PLAIN_TEXT, "Text of the story.".getBytes(StandardCharsets.UTF_8)).build());
            }

            List<Entry> entries = readAll(warc.toString());

            assertThat(entries).extracting(e -> e.page() != null ? "page" : e.problem().reason()).containsExactly(
                    "warcinfo", "request", "page", "revisit", "non-200", "non-html", "dns", "page", "page", "page");
            Page text = entries.get(entries.size() - 1).page();
            assertThat(text.isText()).isTrue();
            assertThat(text.url()).isEqualTo("https://example.org/a");
            assertThat(text.fetched()).isEqualTo(DATE);
            assertThat(new String(text.content(), StandardCharsets.UTF_8)).isEqualTo("Text of the story.");
            List<Page> pages = entries.stream().map(Entry::page).filter(p -> p != null && !p.isText()).toList();
            assertThat(pages).allSatisfy(p -> {
                assertThat(new String(p.content(), StandardCharsets.UTF_8)).isEqualTo(HTML);
                assertThat(p.fetched()).isEqualTo(DATE);
                assertThat(p.contentType()).startsWith("text/html");
            });
            assertThat(pages).extracting(Page::url).containsExactly("https://example.org/a", "https://example.org/gz", "https://example.org/cc");
            long[] offsets = entries.stream().mapToLong(e -> e.source().offset()).toArray();
            assertThat(offsets).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aResponseWithoutContentTypeIsAPageOnlyIfItsPayloadIsMarkup() throws IOException {
        Path warc = tmp.resolve("untyped.warc");
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(warc))) {
            w.write(response("https://example.org/page", new HttpResponse.Builder(200, "OK")
                    .body(null, HTML.getBytes(StandardCharsets.UTF_8)).build()));
            w.write(response("https://example.org/data", new HttpResponse.Builder(200, "OK")
                    .body(null, "{\"price\": 3}".getBytes(StandardCharsets.UTF_8)).build()));
        }

        assertThat(readAll(warc.toString())).extracting(e -> e.page() != null ? "page" : e.problem().reason())
                .containsExactly("page", "non-html");
    }

    @Test
    void readsArcFiles() throws IOException {
        byte[] http = ("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML).getBytes(StandardCharsets.UTF_8);
        String desc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
        ByteArrayOutputStream arc = new ByteArrayOutputStream();
        arc.write(("filedesc://test.arc 0.0.0.0 20080430204825 text/plain " + desc.length() + "\n" + desc + "\n").getBytes(StandardCharsets.US_ASCII));
        arc.write(("http://example.org/ 192.0.2.1 20080430204825 text/html " + http.length + "\n").getBytes(StandardCharsets.US_ASCII));
        arc.write(http);
        arc.write('\n');
        Files.write(tmp.resolve("old.arc"), arc.toByteArray());

        List<Entry> entries = readAll(tmp.resolve("old.arc").toString());

        assertThat(entries).extracting(e -> e.page() != null ? e.page().url() : e.problem().reason())
                .containsExactly("warcinfo", "http://example.org/");
    }

    @Test
    void aCorruptRecordHeaderEndsTheArchiveWithOneErrorAfterTheRecordsBeforeIt() throws IOException {
        byte[] good = warcBytes(WarcCompression.NONE, 1);
        byte[] damaged = concat(good, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII), good);
        Files.write(tmp.resolve("damaged.warc"), damaged);

        List<Entry> entries = readAll(tmp.resolve("damaged.warc").toString());

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).page()).isNotNull();
        Problem p = entries.get(1).problem();
        assertThat(p.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(p.reason()).isEqualTo("corrupt-archive");
        assertThat(p.source().offset()).isEqualTo(good.length);
    }

    @Test
    void aGzippedWarcCutAtAnyByteNeverThrowsAndEnds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int firstRecordEnd;
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(response("https://example.org/1", http(200, "text/html", HTML.getBytes(StandardCharsets.UTF_8))));
            firstRecordEnd = (int) w.position();
            w.write(response("https://example.org/2", http(200, "text/html", HTML.getBytes(StandardCharsets.UTF_8))));
        }
        byte[] whole = out.toByteArray();
        List<Integer> silent = new ArrayList<>();
        for (int cut = firstRecordEnd + 1; cut < whole.length; cut++) {
            Path f = tmp.resolve("cut.warc.gz");
            Files.write(f, Arrays.copyOf(whole, cut));
            List<Entry> entries = readAll(f.toString());
            assertThat(entries.get(0).page()).as("cut at %d: %s", cut, entries).isNotNull();
            Entry last = entries.get(entries.size() - 1);
            if (last.problem() == null || last.problem().outcome() != Outcome.FAILED) {
                silent.add(cut - firstRecordEnd);
            }
        }
        assertThat(silent).as("bytes of the second record kept when the damage went unreported").isEmpty();
    }

    @Test
    void aTruncatedGzippedPageFails() throws IOException {
        StringBuilder big = new StringBuilder("<html><body>");
        for (int i = 0; i < 2000; i++) {
            big.append("<p>Paragraph ").append(i).append(" of a long story with some words.</p>");
        }
        byte[] gz = gzip(big.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(tmp.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(tmp.resolve("tiny.html.gz"), Arrays.copyOf(gz, 12));

        List<Entry> entries = readAll(tmp.toString());

        assertThat(entries).extracting(e -> e.problem().reason()).containsExactly("truncated", "corrupt-gzip");
        assertThat(entries).allSatisfy(e -> assertThat(e.problem().outcome()).isEqualTo(Outcome.FAILED));
    }

    @Test
    void aFiftyMegabytePageFailsAsTooLargeWithoutBeingReadWhole() throws IOException {
        Path page = tmp.resolve("huge.html");
        byte[] paragraph = "<p>The same paragraph of a page far larger than any news article, over and over.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
                out.write(paragraph);
            }
        }

        List<Entry> entries = readAll(page.toString());

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).problem().reason()).isEqualTo("too-large");
    }

    @Test
    void anEmptyFileFails() throws IOException {
        Files.write(tmp.resolve("empty.html"), new byte[0]);
        assertThat(readAll(tmp.resolve("empty.html").toString())).singleElement()
                .satisfies(e -> assertThat(e.problem().reason()).isEqualTo("empty"));
    }

    @Test
    void aMissingPathIsReportedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> Inputs.open(List.of(tmp.resolve("missing").toString()), LIMIT))
                .isInstanceOf(NoSuchFileException.class);
    }

    private static List<Entry> readAll(String... paths) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (PageSource source = Inputs.open(List.of(paths), LIMIT)) {
            for (Entry e = source.next(); e != null; e = source.next()) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static byte[] warcBytes(WarcCompression compression, int responses) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            for (int i = 0; i < responses; i++) {
                w.write(response("https://example.org/" + i, http(200, "text/html", HTML.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return out.toByteArray();
    }

    private static WarcResponse response(String url, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(url).date(DATE).body(http).build();
    }

    private static HttpResponse http(int status, String type, byte[] body) {
        return new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

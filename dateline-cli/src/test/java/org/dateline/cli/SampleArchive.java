package org.dateline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the project's sample web archive with jwarc: the sample pages as crawled, plus the
 * records a real crawl holds around them. Run by the build ({@code mvn package}) to make
 * {@code samples/generated/news.warc.gz}; also used by the CLI tests.
 *
 * <p>The archive holds, in order: a warcinfo record; a request and a 200 response for the
 * harbour-ferry story; a revisit of it; an updated version of the same story a day later, gzip
 * content-encoded; a library story captured Common Crawl style (decoded body, renamed
 * {@code X-Crawler-Content-Encoding}); an image; a 404 page; a DNS record; a metadata record.
 * That is 3 articles and 7 records skipped for their reasons.
 */
public final class SampleArchive {
    private static final Instant CRAWL = Instant.parse("2024-05-14T08:00:00Z");
    static final int ARTICLES = 3;
    static final int RECORDS = 10;

    private SampleArchive() {
    }

    /** {@code SampleArchive PAGES_DIR OUT_FILE}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]));
    }

    static void write(Path pagesDir, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        String harbour = Files.readString(pagesDir.resolve("harbour-ferry-strike.html"));
        String updated = harbour.replace("<p>Further walkouts",
                "<p>Update, 15 May: talks resumed on Wednesday evening, and the union suspended Thursday's walkout "
                        + "while members vote on a revised offer.</p>\n    <p>Further walkouts");
        String harbourUrl = "https://portside-courier.example/news/2024/05/14/harbour-ferry-strike";
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(out,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(out.getFileName().toString()).date(CRAWL)
                    .fields(Map.of("software", List.of("dateline SampleArchive"), "format", List.of("WARC File Format 1.1")))
                    .build());
            w.write(new WarcRequest.Builder(harbourUrl).date(CRAWL)
                    .body(new HttpRequest.Builder("GET", "/news/2024/05/14/harbour-ferry-strike")
                            .addHeader("Host", "portside-courier.example").build())
                    .build());
            w.write(response(harbourUrl, CRAWL, html(200, "OK", harbour.getBytes(StandardCharsets.UTF_8), Map.of())));
            w.write(new WarcRevisit.Builder(harbourUrl, URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
                    .date(CRAWL.plusSeconds(3600)).build());
            w.write(response(harbourUrl, CRAWL.plusSeconds(86_400),
                    html(200, "OK", gzip(updated.getBytes(StandardCharsets.UTF_8)), Map.of("Content-Encoding", "gzip"))));
            w.write(response("https://northpoint-gazette.example/2024/05/13/library-reopens", CRAWL.plusSeconds(60),
                    html(200, "OK", LIBRARY.getBytes(StandardCharsets.UTF_8), Map.of("X-Crawler-Content-Encoding", "gzip"))));
            w.write(response("https://portside-courier.example/img/ferry.png", CRAWL.plusSeconds(5),
                    new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), PNG).build()));
            w.write(response("https://portside-courier.example/news/missing", CRAWL.plusSeconds(6),
                    html(404, "Not Found", "<html><body><h1>Page not found</h1></body></html>".getBytes(StandardCharsets.UTF_8), Map.of())));
            w.write(new WarcResponse.Builder("dns:portside-courier.example").date(CRAWL)
                    .body(MediaType.parse("text/dns"), "20240514080000\nportside-courier.example. 300 IN A 192.0.2.7\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
            w.write(new WarcMetadata.Builder().date(CRAWL)
                    .body(MediaType.parse("application/warc-fields"), "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
        }
    }

    private static WarcResponse response(String url, Instant date, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    private static HttpResponse html(int status, String reason, byte[] body, Map<String, String> headers) {
        HttpResponse.Builder b = new HttpResponse.Builder(status, reason);
        headers.forEach(b::addHeader);
        return b.body(MediaType.parse("text/html; charset=utf-8"), body).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    private static final String LIBRARY = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Northpoint library reopens after flood repairs - Northpoint Gazette</title>
            <meta property="article:published_time" content="2024-05-13T16:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article>
            <h1>Northpoint library reopens after flood repairs</h1>
            <p class="byline">By Sam Reyes</p>
            <p>Northpoint's central library reopened on Monday, eight months after a burst water main flooded its ground floor and ruined more than four thousand books.</p>
            <p>Volunteers spent the winter cataloguing donations, and the children's section now holds more titles than before the flood, the head librarian, Ruth Adeyemi, said.</p>
            <p>The repairs cost the council just over two hundred thousand pounds, most of it covered by insurance. Opening hours are unchanged.</p>
            </article>
            <footer>Northpoint Gazette</footer>
            </body></html>
            """;
}

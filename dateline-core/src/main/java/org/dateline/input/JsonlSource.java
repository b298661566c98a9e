package org.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines of pages: one object per line with the page's {@code html} (a string) or, for a
 * page already flattened to text, its {@code text}, and optionally its {@code url} and
 * {@code fetched} time (ISO 8601). Blank lines are ignored. A line that is not JSON fails; a line
 * with neither is skipped; reading goes on with the next line. The
 * offset of each record is the byte offset of its line in the (uncompressed) stream.
 */
final class JsonlSource implements PageSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final InputStream in;
    private final long maxLineBytes;
    private long offset;
    private boolean done;

    JsonlSource(String file, InputStream in, long maxPageBytes) {
        this.file = file;
        this.in = in;
        // the JSON string escapes the page: quotes, backslashes and non-ASCII can double its size
        this.maxLineBytes = 2 * maxPageBytes + 64 * 1024;
    }

    @Override
    public @Nullable Entry next() {
        while (!done) {
            long lineStart = offset;
            Line line;
            try {
                line = readLine();
            } catch (IOException e) {
                done = true;
                return Entry.of(Problem.failed(new SourceRef(file, lineStart), null, "corrupt-input",
                        "input damaged at offset " + lineStart + ", lines after it are lost: " + WarcSource.message(e)));
            }
            if (line == null) {
                done = true;
                return null;
            }
            SourceRef ref = new SourceRef(file, lineStart);
            if (line.tooLong) {
                return Entry.of(Problem.failed(ref, null, "too-large", "JSON line over the page size limit"));
            }
            if (!line.text.isBlank()) {
                return parse(ref, line.text);
            }
        }
        return null;
    }

    private Entry parse(SourceRef ref, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Entry.of(Problem.failed(ref, null, "bad-json", "not a JSON object: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return Entry.of(Problem.failed(ref, null, "bad-json", "not a JSON object"));
        }
        String url = node.path("url").isTextual() ? node.get("url").asText() : null;
        Instant fetched = instant(node.path("fetched").asText(null));
        JsonNode html = node.get("html");
        if (html != null && html.isTextual()) {
            if (html.asText().indexOf('<') < 0) {
                return Entry.of(Problem.skipped(ref, url, "non-html", "the \"html\" value is not markup"));
            }
            return Entry.of(new Page(ref, url, html.asText().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", fetched));
        }
        JsonNode dump = node.get("text");
        if (dump != null && dump.isTextual()) {
            return Entry.of(new Page(ref, url, dump.asText().getBytes(StandardCharsets.UTF_8), Page.PLAIN_TEXT + "; charset=utf-8", fetched));
        }
        return Entry.of(Problem.skipped(ref, url, "no-html", "the line has neither an \"html\" nor a \"text\" string"));
    }

    private static @Nullable Instant instant(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Line(String text, boolean tooLong) {
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    private @Nullable Line readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            offset++;
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                if (buf.size() >= maxLineBytes) {
                    tooLong = true;
                    buf.reset();
                } else {
                    buf.write(b);
                }
            }
        }
        if (!any) {
            return null;
        }
        return new Line(tooLong ? "" : buf.toString(StandardCharsets.UTF_8), tooLong);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing left to read from it
        }
    }
}

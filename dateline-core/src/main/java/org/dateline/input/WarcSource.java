package org.dateline.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.io.ByteArrayInputStream;
import org.dateline.page.Page;
import org.dateline.page.Problem;
import org.dateline.page.SourceRef;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML captures of a WARC or ARC archive (plain or gzip) with jwarc, leniently.
 *
 * <p>HTTP {@code response} records with status 200 and an HTML payload become pages, as do
 * {@code resource} records holding HTML. Every other record is skipped with its reason:
 * {@code warcinfo}, {@code request}, {@code metadata}, {@code revisit}, {@code dns},
 * {@code non-200}, {@code non-html}, and WET {@code conversion} records
 * (read as text pages). Common Crawl's renamed {@code X-Crawler-Content-Encoding} and
 * {@code X-Crawler-Transfer-Encoding} headers need no care: the payload they describe is already
 * decoded, and only the real {@code Content-Encoding} is undone. A {@code Content-Encoding: gzip}
 * over a payload that is not gzip (a ClueWeb quirk) is read as it is.
 *
 * <p>Damage ends the file: a record cut short is returned with what it holds, followed by one
 * {@code FAILED} entry naming the offset; an unreadable record header gives one such entry.
 */
final class WarcSource implements PageSource {
    private final String file;
    private final WarcReader reader;
    private final long maxBytes;
    private final Deque<Entry> pending = new ArrayDeque<>(2);
    private boolean done;

    WarcSource(String file, ReadableByteChannel channel, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.reader = new WarcReader(channel);
        reader.setLenient(true);
        reader.onWarning(w -> { }); // recoverable quirks are not problems of the records
    }

    @Override
    public @Nullable Entry next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (done) {
            return null;
        }
        Optional<WarcRecord> next;
        try {
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            done = true;
            return damaged(reader.position(), null, e);
        }
        if (next.isEmpty()) {
            done = true;
            return null;
        }
        WarcRecord record = next.get();
        SourceRef ref = new SourceRef(file, reader.position());
        try {
            return read(record, ref);
        } catch (IOException | RuntimeException e) {
            // the record's own HTTP header or body is broken; the archive may still go on
            return Entry.of(Problem.failed(ref, target(record), "bad-record", message(e)));
        }
    }

    private Entry read(WarcRecord record, SourceRef ref) throws IOException {
        String url = target(record);
        if (record instanceof WarcResponse) {
            if (url != null && url.toLowerCase(Locale.ROOT).startsWith("dns:")) {
                return Entry.of(Problem.skipped(ref, url, "dns", "DNS record"));
            }
            MediaType recordType = record.contentType();
            if (!recordType.base().equals(MediaType.HTTP)) {
                return capture(ref, url, record, recordType.toString(), record.body(), null);
            }
            HttpResponse http = ((WarcResponse) record).http();
            if (http.status() != 200) {
                return Entry.of(Problem.skipped(ref, url, "non-200", "HTTP " + http.status() + " " + http.reason().trim()));
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            Optional<String> encoding = http.headers().first("Content-Encoding");
            return capture(ref, url, record, contentType, http.body(), encoding.orElse(null));
        }
        if (record instanceof WarcResource) {
            return capture(ref, url, record, record.contentType().toString(), record.body(), null);
        }
        String type = record.type();
        if (type.equals("conversion")) {
            return text(ref, url, record);
        }
        String reason = switch (type) {
            case "warcinfo", "request", "metadata", "revisit", "continuation" -> type;
            default -> "warc-" + type;
        };
        return Entry.of(Problem.skipped(ref, url, reason, "WARC " + type + " record"));
    }

    /** A WET conversion record: the page's text, as UTF-8 unless the record says otherwise. */
    private Entry text(SourceRef ref, @Nullable String url, WarcRecord record) throws IOException {
        Bytes.Read read = Bytes.readKeepingPartial(record.body().stream(), maxBytes);
        if (read.tooLarge()) {
            return Entry.of(tooLarge(ref, url));
        }
        String declared = record.contentType().toString();
        String contentType = declared.toLowerCase(Locale.ROOT).contains("charset") ? declared : Page.PLAIN_TEXT;
        Entry page = Entry.of(new Page(ref, url, read.bytes(), contentType, date(record)));
        if (read.error() != null) {
            done = true;
            pending.add(damaged(ref.offset(), url, read.error()));
        }
        return page;
    }

    private Entry capture(SourceRef ref, @Nullable String url, WarcRecord record, @Nullable String contentType,
                          MessageBody body, @Nullable String contentEncoding) throws IOException {
        if (contentType != null && !isHtmlType(contentType)) {
            return Entry.of(Problem.skipped(ref, url, "non-html", "content type " + contentType));
        }
        Bytes.Read read = Bytes.readKeepingPartial(body.stream(), maxBytes);
        if (read.tooLarge()) {
            return Entry.of(tooLarge(ref, url));
        }
        byte[] bytes = read.error() == null ? decodeContent(read.bytes(), contentEncoding) : read.bytes();
        if (bytes == null) {
            return Entry.of(tooLarge(ref, url));
        }
        // sniffed by content alone: a name ending in .html would make any payload HTML
        if (contentType == null && !Sniffer.kind("", bytes, bytes.length).equals(InputKind.HTML)) {
            return Entry.of(Problem.skipped(ref, url, "non-html", "no content type, and the payload is not markup"));
        }
        Entry page = Entry.of(new Page(ref, url, bytes, contentType, date(record)));
        if (read.error() != null) {
            done = true;
            pending.add(damaged(ref.offset(), url, read.error()));
        }
        return page;
    }

    /**
     * Undoes a real {@code Content-Encoding}; {@code null} if the decoded payload is too large. A
     * compressed payload cut short gives what decompresses before the cut.
     */
    private byte @Nullable [] decodeContent(byte[] bytes, @Nullable String encoding) throws IOException {
        if (encoding == null) {
            return bytes;
        }
        String e = encoding.trim().toLowerCase(Locale.ROOT);
        boolean gzipMagic = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        InputStream decoded;
        switch (e) {
            case "", "identity", "none":
                return bytes;
            case "gzip", "x-gzip":
                if (!gzipMagic) {
                    return bytes; // declared but not applied
                }
                decoded = new GZIPInputStream(new ByteArrayInputStream(bytes));
                break;
            case "deflate":
                boolean zlib = bytes.length >= 2 && (bytes[0] & 0x0f) == 8 && ((bytes[0] & 0xff) << 8 | (bytes[1] & 0xff)) % 31 == 0;
                decoded = new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(!zlib));
                break;
            default:
                throw new IOException("unsupported Content-Encoding '" + encoding + "'");
        }
        Bytes.Read read = Bytes.readKeepingPartial(decoded, maxBytes);
        if (read.error() != null && read.bytes().length == 0) {
            throw read.error();
        }
        return read.tooLarge() ? null : read.bytes();
    }

    private Problem tooLarge(SourceRef ref, @Nullable String url) {
        return Problem.failed(ref, url, "too-large", "payload over the page size limit of " + Bytes.human(maxBytes));
    }

    private Entry damaged(long offset, @Nullable String url, Exception e) {
        return Entry.of(Problem.failed(new SourceRef(file, offset), url, "corrupt-archive",
                "archive damaged at offset " + offset + ", records after it are lost: " + message(e)));
    }

    static boolean isHtmlType(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/html") || t.startsWith("application/xhtml+xml") || t.startsWith("application/vnd.wap.xhtml");
    }

    private static @Nullable String target(WarcRecord record) {
        return record instanceof WarcTargetRecord ? ((WarcTargetRecord) record).target() : null;
    }

    private static @Nullable Instant date(WarcRecord record) {
        try {
            return record.date();
        } catch (RuntimeException e) {
            return null; // an invalid WARC-Date is not worth losing the page for
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing left to read from it
        }
    }
}

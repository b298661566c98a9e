package org.dateline.page;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One raw web page, as read from an input: the bytes of the HTTP payload, not yet decoded.
 *
 * <p>The {@code content} array is owned by the page; callers must not modify it.
 *
 * @param source      where the page came from
 * @param url         the page URL, or {@code null} for a bare HTML file
 * @param content     the payload bytes (transfer and content encodings already removed)
 * @param contentType the HTTP {@code Content-Type} header, or {@code null}; its charset parameter
 *                    is the first charset evidence after a byte-order mark
 * @param fetched     when the page was captured (WARC-Date), or {@code null}
 */
public record Page(SourceRef source, @Nullable String url, byte[] content, @Nullable String contentType,
                   @Nullable Instant fetched) {
    /** The content type of text pages (text dumps, WET records) whose charset is not declared. */
    public static final String PLAIN_TEXT = "text/plain";

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** Whether the page is plain text (a text dump, a WET record), not markup. */
    public boolean isText() {
        return contentType != null && contentType.regionMatches(true, 0, PLAIN_TEXT, 0, PLAIN_TEXT.length());
    }

    @Override
    public String toString() {
        return "Page[" + source + ", " + url + ", " + content.length + " bytes]";
    }
}

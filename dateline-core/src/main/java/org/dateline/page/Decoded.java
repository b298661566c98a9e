package org.dateline.page;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's text, decoded, with the charset used and the evidence for it.
 *
 * @param text    the decoded text, without a byte-order mark
 * @param charset the charset the bytes were decoded with
 * @param source  where the charset came from
 */
public record Decoded(String text, Charset charset, CharsetSource source) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}

package org.dateline.extract.text;

import java.util.Objects;

/**
 * One unit of a dump: a line, or the hard-wrapped lines of one paragraph joined by spaces, with
 * surrounding whitespace and a list bullet removed.
 *
 * @param text the unit's text
 * @param kind what the extractor took it for
 */
public record TextBlock(String text, LineClass kind) {
    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}

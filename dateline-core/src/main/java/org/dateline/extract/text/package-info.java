/**
 * Main text and header fields from plain-text page dumps: WET conversion records, {@code w3m -dump}
 * or {@code lynx -dump} output, text copied from a browser. Start with {@link
 * org.dateline.extract.text.TextExtractor}.
 */
@NullMarked
package org.dateline.extract.text;

import org.jspecify.annotations.NullMarked;

package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pieces of the header reader. */
class HeaderTest {
    @Test
    void wordsAreThoseOfASplitAtWhitespace() {
        for (String text : new String[] {"By Alice Penrose", "Alice  Penrose,\tTransport Correspondent", " leading",
                "trailing \f", "\u000Bvertical tab", "one", "", " ", "a\u00a0b c", "By\r\nJo  |  Staff Writer"}) {
            assertThat(Header.words(text)).as("[%s]", text).containsExactly(text.split("\\s+"));
        }
    }
}

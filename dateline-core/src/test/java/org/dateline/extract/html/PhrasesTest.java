package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {
    private final Phrases phrases = new Phrases("Sign up", "see also", "à lire aussi", "читайте также");

    @Test
    void aPhraseIsFoundAtAWordStartIgnoringCase() {
        assertThat(phrases.in("Please SIGN UP today")).isTrue();
        assertThat(phrases.in("sIgN uP")).isTrue();
        assertThat(phrases.in("(See Also: the map)")).isTrue();
        assertThat(phrases.in("À LIRE AUSSI")).isTrue();
        assertThat(phrases.in("Читайте также")).isTrue();
    }

    @Test
    void aPhraseInsideAWordOrCutShortIsNot() {
        assertThat(phrases.in("design up front")).isFalse();
        assertThat(phrases.in("oversee also")).isFalse();
        assertThat(phrases.in("sign")).isFalse();
        assertThat(phrases.in("s")).isFalse();
        assertThat(phrases.in("")).isFalse();
    }

    @Test
    void lettersThatFoldToAsciiOutsideAsciiStillCompareAsRegionMatchesDoes() {
        // the dotless ı (U+0131) upper-cases to I, as i does: String.regionMatches ignoring case takes them as one letter
        assertThat(phrases.in("sıgn up")).isTrue();
    }
}

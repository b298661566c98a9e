package org.dateline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private final WordTable words = WordTable.of(List.of("date", "datum", "byline", "by-line", "meta"));

    @Test
    void findsAWordAnywhereInTheString() {
        assertThat(words.foundIn("post-date")).isTrue();
        assertThat(words.foundIn("entry-meta updated")).isTrue();
        assertThat(words.foundIn("x by-line")).isTrue();
        assertThat(words.foundIn("datum")).isTrue();
    }

    @Test
    void triesEveryWordWithTheSameFirstLetter() {
        // "dat" begins both "date" and "datum": the second is tried when the first fails
        assertThat(words.foundIn("pubdatum")).isTrue();
        assertThat(words.foundIn("bylin")).isFalse();
    }

    @Test
    void findsNothingInAStringWithoutTheWords() {
        assertThat(words.foundIn("")).isFalse();
        assertThat(words.foundIn("headline métro")).isFalse();
        assertThat(words.foundIn("DATE")).isFalse();
    }

    @Test
    void ignoringCaseFoldsAsciiLettersOnly() {
        assertThat(words.foundInIgnoringCase("Post-DATE")).isTrue();
        assertThat(words.foundInIgnoringCase("pubDatum")).isTrue();
        assertThat(words.foundInIgnoringCase("BYLIN")).isFalse();
        // the Kelvin sign is a capital k in Unicode, not in ASCII
        assertThat(WordTable.of(List.of("kicker")).foundInIgnoringCase("\u212Aicker")).isFalse();
    }

    @Test
    void givesTheFirstWordAPartOfAStringBeginsWith() {
        // the part "datumline" of "x datumline y" is [2, 11)
        assertThat(words.prefixOf("x datumline y", 2, 11)).isEqualTo("datum");
        assertThat(words.prefixOf("x date", 2, 6)).isEqualTo("date");
        // a word longer than the part, or found only past its start, is no prefix of it
        assertThat(words.prefixOf("x dat-e", 2, 5)).isNull();
        assertThat(words.prefixOf("x updated", 2, 9)).isNull();
    }

    @Test
    void refusesAWordThatDoesNotBeginWithAnAsciiCharacter() {
        assertThatThrownBy(() -> WordTable.of(List.of("état"))).isInstanceOf(IllegalArgumentException.class);
    }
}

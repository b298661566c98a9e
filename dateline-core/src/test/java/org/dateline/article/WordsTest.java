package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void countsRunsOfLettersAndDigitsWithTheirJoiners() {
        assertThat(Words.count("The harbour's ferry runs 24 hours, snake_case and all.")).isEqualTo(9);
        assertThat(Words.count("l’énergie du Québec — naïve façade")).isEqualTo(5);
        assertThat(Words.count("  ")).isZero();
        assertThat(Words.count("'quoted' -- 'x")).isEqualTo(2);
    }

    @Test
    void countsEachCharacterOfScriptsWithoutSpaces() {
        assertThat(Words.count("渡し船は続く")).isEqualTo(6);
        assertThat(Words.count("เรือ ok")).isEqualTo(5);
        assertThat(Words.count("Москва и 𝐀𝐁")).isEqualTo(3);
    }

    @Test
    void readsTheCodePointsOfSurrogatePairsAndCarriesOnAfterThem() {
        assertThat(Words.count("ferry 𝐀𝐁 runs 𠀀𠀁 ok")).isEqualTo(6);
        assertThat(Words.count("don't😀stop")).isEqualTo(2);
        assertThat(Words.count("𝐀'𝐁 x")).isEqualTo(2);
        // a lone surrogate is no letter
        assertThat(Words.count("a\uD800b")).isEqualTo(2);
        assertThat(Words.count("ab\uDC00")).isEqualTo(1);
    }

    @Test
    void noCharacterBelowThaiBelongsToAScriptWithoutSpaces() {
        for (int cp = 0; cp < 0x0E00; cp++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            assertThat(s).as("U+%04X", cp).isNotIn(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI);
        }
    }
}

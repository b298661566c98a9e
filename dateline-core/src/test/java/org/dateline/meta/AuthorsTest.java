package org.dateline.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byline cleaning: what counts as a name, and what is dropped. */
class AuthorsTest {
    @Test
    void dropsByPrefixesInSeveralLanguages() {
        assertThat(Authors.clean("By Sam Reyes", null)).containsExactly("Sam Reyes");
        assertThat(Authors.clean("Von Anna Schmidt", null)).containsExactly("Anna Schmidt");
        assertThat(Authors.clean("Par Élodie Marchand", null)).containsExactly("Élodie Marchand");
        assertThat(Authors.clean("Ein Beitrag von Anna Schmidt", null)).containsExactly("Anna Schmidt");
        assertThat(Authors.clean("Publicado por Juan Pérez", null)).containsExactly("Juan Pérez");
        assertThat(Authors.clean("Por Juan Pérez", null)).containsExactly("Juan Pérez");
        assertThat(Authors.clean("Di Marco Rossi", null)).containsExactly("Marco Rossi");
    }

    @Test
    void keepsSurnameParticlesThatLookLikePrefixes() {
        assertThat(Authors.clean("Di Maio", null)).containsExactly("Di Maio");
    }

    @Test
    void splitsSeveralAuthors() {
        assertThat(Authors.clean("Jane Doe and John Smith", null)).containsExactly("Jane Doe", "John Smith");
        assertThat(Authors.clean("Jane Doe, John Smith & Ali Khan", null)).containsExactly("Jane Doe", "John Smith", "Ali Khan");
        assertThat(Authors.clean("Von Roland Brockmann und Sebastian Drescher", null))
                .containsExactly("Roland Brockmann", "Sebastian Drescher");
        assertThat(Authors.clean("Marie Dupont et Paul Martin", null)).containsExactly("Marie Dupont", "Paul Martin");
        assertThat(Authors.clean("Ana García y Luis Gómez", null)).containsExactly("Ana García", "Luis Gómez");
    }

    @Test
    void dropsRolesAfterACommaOrALineBreak() {
        assertThat(Authors.clean("Pippa Crerar, Deputy Political Editor", null)).containsExactly("Pippa Crerar");
        assertThat(Authors.clean("Sam Reyes\nStaff Writer", null)).containsExactly("Sam Reyes");
        assertThat(Authors.clean("Staff", null)).isEmpty();
        assertThat(Authors.clean("Jane Doe, Boston", null)).containsExactly("Jane Doe");
        assertThat(Authors.clean("Autorin: Uta Berg, Projektleiterin der Stiftung in Tunis", null)).containsExactly("Uta Berg");
    }

    @Test
    void dropsDatesEmailsHandlesAndUrls() {
        assertThat(Authors.clean("By Nathan Willis\n        March 25, 2015", null)).containsExactly("Nathan Willis");
        assertThat(Authors.clean("Lucas Nolan22 Dec 2016651", null)).containsExactly("Lucas Nolan");
        assertThat(Authors.clean("Jane Doe jane.doe@example.com @janedoe", null)).containsExactly("Jane Doe");
        assertThat(Authors.clean("https://example.com/authors/jane-doe", null)).isEmpty();
        assertThat(Authors.clean("Jane Doe on March 3", null)).containsExactly("Jane Doe");
    }

    @Test
    void aMonthIsPartOfANameUnlessADateFollowsIt() {
        assertThat(Authors.clean("Haje Jan Kamps", null)).containsExactly("Haje Jan Kamps");
        assertThat(Authors.clean("June Carter", null)).containsExactly("June Carter");
        assertThat(Authors.clean("Jane Doe Dec 20, 2023", null)).containsExactly("Jane Doe");
        assertThat(Authors.clean("March", null)).isEmpty();
    }

    @Test
    void dropsAgenciesAndOrganisationsWhenAPersonIsNamed() {
        assertThat(Authors.clean("Jane Doe, Reuters", null)).containsExactly("Jane Doe");
        assertThat(Authors.clean("John O'Connor, The Associated Press", null)).containsExactly("John O'Connor");
        assertThat(Authors.clean("Craig Meyer, USA TODAY NETWORK", null)).containsExactly("Craig Meyer");
        assertThat(Authors.clean("The Associated Press", null)).containsExactly("The Associated Press");
    }

    @Test
    void dropsTheSiteName() {
        assertThat(Authors.clean("Harbour Times", "Harbour Times")).isEmpty();
    }

    @Test
    void decodesEntitiesAndDeduplicates() {
        assertThat(Authors.clean("James O&#039;Neil", null)).containsExactly("James O'Neil");
        assertThat(Authors.clean("Jane Doe, JANE DOE, Doe", null)).containsExactly("Jane Doe");
    }

    @Test
    void rejectsWordsThatAreNotNames() {
        assertThat(Authors.clean("Follow Author", null)).isEmpty();
        assertThat(Authors.clean("admin", null)).isEmpty();
        assertThat(Authors.clean("Updated 3 hours ago", null)).isEmpty();
        assertThat(Authors.clean("Publié par", null)).isEmpty();
        assertThat(Authors.clean("Publiziert am", null)).isEmpty();
        assertThat(Authors.clean("Foto: Ingo Schneider", null)).isEmpty();
        assertThat(Authors.clean("Online-Experte Robin Tschöpe", null)).isEmpty();
        assertThat(Authors.clean("in Uncategorized", null)).isEmpty();
        assertThat(Authors.clean("A note from Sleyca", null)).isEmpty();
    }

    @Test
    void keepsLowerCaseParticlesInNames() {
        assertThat(Authors.clean("Ana de Armas, Ludwig van Beethoven", null))
                .containsExactly("Ana de Armas", "Ludwig van Beethoven");
    }

    @Test
    void passesTheTextsThatMayBeginABylineToTheFullTest() {
        assertThat(Authors.mayBeginBy("By Sam Reyes")).isTrue();
        assertThat(Authors.mayBeginBy("\n  \u00a0BY: SAM REYES")).isTrue();
        assertThat(Authors.mayBeginBy("\u200bB\u00ady Sam Reyes")).isTrue(); // invisible characters are dropped
        assertThat(Authors.mayBeginBy("von Anna Schmidt")).isTrue();
        assertThat(Authors.mayBeginBy("Par")).isTrue();
        assertThat(Authors.mayBeginBy("door Jan de Vries")).isTrue();
        assertThat(Authors.mayBeginBy("Av Per Olsen")).isTrue();
        assertThat(Authors.mayBeginBy("Autor: Anna Schmidt")).isTrue();
        assertThat(Authors.mayBeginBy("AUTHOR: SAM REYES")).isTrue();
        assertThat(Authors.mayBeginBy("Text: Anna Schmidt")).isTrue();
        assertThat(Authors.mayBeginBy("Written by Sam Reyes")).isTrue();
        assertThat(Authors.mayBeginBy("Ein Artikel von Anna Schmidt")).isTrue();
        assertThat(Authors.mayBeginBy("Erstellt von Anna Schmidt")).isTrue();
        assertThat(Authors.mayBeginBy("Écrit par Élodie Marchand")).isTrue();
        assertThat(Authors.mayBeginBy("About us")).isFalse();
        assertThat(Authors.mayBeginBy("Presse")).isFalse();
        assertThat(Authors.mayBeginBy("B y Sam Reyes")).isFalse();
        assertThat(Authors.mayBeginBy("B")).isFalse();
        assertThat(Authors.mayBeginBy(" \u00ad ")).isFalse();
    }
}

package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stop-word lists: prose is dense with them, navigation is not, and the densest list names the language. */
class StopWordsTest {

    /** Per language: a sentence of news prose, and a navigation bar. */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("en", "The council said on Tuesday that it would not raise the fare, but that the buses "
                        + "would run less often in the winter.",
                        "Home News Sport Weather Contact Privacy Policy"),
                Arguments.of("de", "Der Stadtrat hat am Dienstag erklärt, dass die Preise nicht steigen werden, aber "
                        + "die Busse im Winter seltener fahren sollen.",
                        "Startseite Nachrichten Sport Wetter Kontakt Datenschutz Impressum"),
                Arguments.of("fr", "Le conseil a expliqué mardi qu'il n'allait pas augmenter les tarifs, mais que les "
                        + "bus passeraient moins souvent pendant l'hiver.",
                        "Accueil Actualités Sport Météo Contact Mentions légales"),
                Arguments.of("es", "El ayuntamiento dijo el martes que no subirá el precio del billete, pero que los "
                        + "autobuses pasarán con menos frecuencia en invierno.",
                        "Inicio Noticias Deportes Tiempo Contacto Privacidad Aviso legal"),
                Arguments.of("it", "Il comune ha detto martedì che non aumenterà il prezzo del biglietto, ma che gli "
                        + "autobus passeranno meno spesso durante l'inverno.",
                        "Home Notizie Sport Meteo Contatti Privacy Cookie"),
                Arguments.of("pt", "A câmara disse na terça-feira que não vai aumentar o preço do bilhete, mas que os "
                        + "autocarros vão passar com menos frequência no inverno.",
                        "Início Notícias Desporto Tempo Contactos Privacidade Termos"),
                Arguments.of("nl", "De gemeente zei dinsdag dat de prijs niet omhoog gaat, maar dat de bussen in de "
                        + "winter minder vaak zullen rijden.",
                        "Nieuws Sport Verkeer Cultuur Contact Privacybeleid Voorwaarden"),
                Arguments.of("pl", "Rada miasta poinformowała we wtorek, że ceny biletów nie wzrosną, ale autobusy "
                        + "będą jeździć rzadziej w zimie i w święta.",
                        "Strona główna Wiadomości Sport Pogoda Kontakt Polityka prywatności"),
                Arguments.of("ru", "Городской совет заявил во вторник, что цены на билеты не вырастут, но автобусы "
                        + "будут ходить реже, чем это было летом.",
                        "Главная Новости Спорт Погода Контакты Реклама Политика конфиденциальности"));
    }

    private static List<String> resource(String language) throws IOException {
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords/" + language + ".txt")) {
            assertThat(in).as(language).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @Test
    void nineLanguagesAreSupported() {
        assertThat(StopWords.languages()).containsExactly("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");
    }

    @Test
    void everyListLoadsWithAtLeastAHundredWords() throws IOException {
        for (String language : StopWords.languages()) {
            StopWords list = StopWords.of(language);
            assertThat(list).as(language).isNotNull();
            assertThat(list.language()).isEqualTo(language);
            List<String> words = resource(language);
            assertThat(words).as(language).hasSizeGreaterThanOrEqualTo(100);
            assertThat(words).as(language).allMatch(list::contains);
        }
    }

    @Test
    void everyFileIsOneLowerCaseWordPerLineSortedAndUnique() throws IOException {
        for (String language : StopWords.languages()) {
            List<String> words = resource(language);
            assertThat(words).as(language)
                    .allMatch(w -> !w.isEmpty() && w.chars().allMatch(Character::isLetter))
                    .allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)))
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void languageTagsAreReducedToTheirPrimarySubtag() {
        assertThat(StopWords.of("en-GB")).isSameAs(StopWords.of("en"));
        assertThat(StopWords.of("EN")).isSameAs(StopWords.of("en"));
        assertThat(StopWords.of("en_US")).isSameAs(StopWords.of("en"));
        assertThat(StopWords.of("pt_BR")).isSameAs(StopWords.of("pt"));
        assertThat(StopWords.of("pt-BR").language()).isEqualTo("pt");
    }

    @Test
    void unknownOrAbsentLanguagesHaveNoList() {
        assertThat(StopWords.of("xx")).isNull();
        assertThat(StopWords.of("")).isNull();
        assertThat(StopWords.of(null)).isNull();
        assertThat(StopWords.of("eng")).isNull();
    }

    @Test
    void wordsAreComparedIgnoringCase() {
        StopWords de = StopWords.of("de");
        assertThat(de.contains("und")).isTrue();
        assertThat(de.contains("Und")).isTrue();
        assertThat(de.contains("ÜBER")).isTrue();
        assertThat(de.contains("Haus")).isFalse();
        assertThat(de.contains("")).isFalse();
    }

    @Test
    void wordsAreRunsOfLettersSoElisionsAndDigitsSplitThem() {
        StopWords en = StopWords.of("en");
        assertThat(en.count("The cat and the dog")).isEqualTo(3);
        assertThat(en.density("The cat and the dog")).isEqualTo(0.6);
        assertThat(en.count("THE--end,of;it")).isEqualTo(3);
        assertThat(en.density("2024 - 1999 / 42")).isZero();
        assertThat(en.density("")).isZero();
        assertThat(StopWords.of("fr").count("l'hiver d'un pays qu'on aime")).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void proseIsDenseWithStopWordsAndNavigationIsNot(String language, String prose, String navigation) {
        StopWords list = StopWords.of(language);
        assertThat(list.density(prose)).as("prose").isGreaterThan(0.25);
        assertThat(list.density(navigation)).as("navigation").isLessThan(0.1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void guessNamesTheLanguageOfOneSentence(String language, String prose, String navigation) {
        StopWords guessed = StopWords.guess(prose);
        assertThat(guessed).isNotNull();
        assertThat(guessed.language()).isEqualTo(language);
    }

    @Test
    void guessNeedsTenWords() {
        assertThat(StopWords.guess("The cat sat on the mat.")).isNull();
        assertThat(StopWords.guess("")).isNull();
    }

    @Test
    void guessDoesNotNameALanguageForNamesAndNumbers() {
        assertThat(StopWords.guess("Anna Kowalski 1998, Olaf Berger 2004, Jean Moreau 2011, Marco Bianchi 2017, "
                + "Ivan Sokolov 2020, Pieter Jansen 2023")).isNull();
    }
    @Test
    void languagesOfFindsAWordInABufferIgnoringCase() {
        char[] text = "Die Katze AND the Mouse, Под столом".toCharArray();
        int en = 1 << StopWords.languages().indexOf("en");
        int de = 1 << StopWords.languages().indexOf("de");
        int ru = 1 << StopWords.languages().indexOf("ru");

        assertThat(StopWords.languagesOf(text, 0, 3) & de).isNotZero(); // "Die"
        assertThat(StopWords.languagesOf(text, 10, 13) & en).isNotZero(); // "AND"
        assertThat(StopWords.languagesOf(text, 25, 28) & ru).isNotZero(); // "Под"
        assertThat(StopWords.languagesOf(text, 4, 9)).isZero(); // "Katze"
        assertThat(StopWords.languagesOf(text, 0, 0)).isZero();
    }

    @Test
    void languagesOfAgreesWithContainsOnEveryListedWord() throws IOException {
        for (String language : StopWords.languages()) {
            StopWords list = StopWords.of(language);
            int bit = 1 << StopWords.languages().indexOf(language);
            try (var in = StopWords.class.getResourceAsStream("stopwords/" + language + ".txt")) {
                for (String w : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\s+")) {
                    if (!w.isEmpty()) {
                        char[] upper = w.toUpperCase(java.util.Locale.ROOT).toCharArray();
                        assertThat(StopWords.languagesOf(w.toCharArray(), 0, w.length()) & bit).as(w).isNotZero();
                        assertThat((StopWords.languagesOf(upper, 0, upper.length) & bit) != 0).as(w)
                                .isEqualTo(list.contains(new String(upper)));
                    }
                }
            }
        }
    }
}

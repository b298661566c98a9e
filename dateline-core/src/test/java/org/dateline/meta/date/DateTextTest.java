package org.dateline.meta.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading dates written in prose, in nine languages, without guessing what is missing. */
class DateTextTest {
    private static final Instant CRAWLED = Instant.parse("2022-03-25T18:00:00Z");

    private static String first(String language, String text) {
        return DateText.forLanguage(language).first(text, CRAWLED).map(DateValue::iso).orElse("none");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Friday 25 March 2022",
            "en | March 25th, 2022",
            "en | Mar. 25, 2022",
            "de | Freitag, 25. März 2022",
            "de | 25. Maerz 2022",
            "fr | vendredi 25 mars 2022",
            "fr | 1er mars 2022 => 2022-03-01",
            "es | 25 de marzo de 2022",
            "it | venerdì 25 marzo 2022",
            "pt | 25 de março de 2022",
            "nl | vrijdag 25 maart 2022",
            "pl | 25 marca 2022",
            "pl | 3 stycznia 2022 => 2022-01-03",
            "ru | 25 марта 2022 г.",
            "ja | 2022年3月25日",
            "de | 25.03.2022",
            "en | 2022-03-25",
            "en | 3/25/2022",
            "fr | 25/03/2022",
    })
    void readsTheDayInEveryLanguage(String language, String text) {
        String expected = "2022-03-25";
        if (text.contains("=>")) {
            expected = text.substring(text.indexOf("=>") + 2).strip();
            text = text.substring(0, text.indexOf("=>")).strip();
        }
        assertThat(first(language, text)).isEqualTo(expected);
    }

    @Test
    void keepsTheTimeAndItsOffset() {
        assertThat(first("en", "Friday 25 March 2022 16:04 GMT")).isEqualTo("2022-03-25T16:04Z");
        assertThat(first("en", "March 25, 2022 at 4:04 p.m. ET")).isEqualTo("2022-03-25T16:04-04:00");
        assertThat(first("de", "25.03.2022, 16:04 Uhr")).isEqualTo("2022-03-25T16:04");
        assertThat(first("en", "2022-03-25T16:04:00.000+0100")).isEqualTo("2022-03-25T16:04+01:00");
    }

    @Test
    void thinAndNarrowNoBreakSpacesSeparateLikeSpaces() {
        assertThat(first("de", "Von Tennis Bund 4.\u2009" + "2.\u2009" + "2022.")).isEqualTo("2022-02-04");
        assertThat(first("fr", "Mise en ligne le 23\u202fmai\u202f2019")).isEqualTo("2019-05-23");
    }

    @Test
    void readsMachineDatesInIso8601() {
        assertThat(DateText.machine("2022-03-25T16:04:05.123+01:00").iso()).isEqualTo("2022-03-25T16:04:05+01:00");
        assertThat(DateText.machine("2022-03-25T16:04:00Z").iso()).isEqualTo("2022-03-25T16:04Z");
        assertThat(DateText.machine("2022-03-25 16:04:00+0530").iso()).isEqualTo("2022-03-25T16:04+05:30");
        assertThat(DateText.machine("2022-03-25T16:04").iso()).isEqualTo("2022-03-25T16:04");
        assertThat(DateText.machine("2022-03-25").iso()).isEqualTo("2022-03-25");
        assertThat(DateText.machine("2022-02-30T10:00:00Z")).isNull();
    }

    @Test
    void aWordBeforeAYearIsAMonthOnlyWhenItNamesOne() {
        assertThat(DateText.forLanguage("de").all("Jahr 2021 und März 2022", null)).extracting(DateValue::iso)
                .containsExactly("2022-03");
        assertThat(DateText.forLanguage("en").all("Page 2, 2021: published March 3, 2022", null)).extracting(DateValue::iso)
                .containsExactly("2022-03-03");
        assertThat(DateText.forLanguage("de").all("12 Seiten 2021, 12. Mai 2022", null)).extracting(DateValue::iso)
                .containsExactly("2022-05-12");
    }

    @Test
    void readsAMonthWithoutADayAsMonthPrecision() {
        DateValue v = DateText.forLanguage("de").first("Ausgabe März 2022", null).orElseThrow();
        assertThat(v.iso()).isEqualTo("2022-03");
        assertThat(v.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void neverFillsInAMissingYearOrDay() {
        assertThat(first("en", "Posted on March 25")).isEqualTo("none");
        assertThat(first("de", "am 25. März")).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "3 hours ago | 2022-03-25",
            "vor 3 Stunden | 2022-03-25",
            "il y a 3 heures | 2022-03-25",
            "hace 2 días | 2022-03-23",
            "2 giorni fa | 2022-03-23",
            "há 1 semana | 2022-03-18",
            "20 uur geleden | 2022-03-24",
            "5 dni temu | 2022-03-20",
            "3 дня назад | 2022-03-22",
    })
    void readsRelativeDatesFromTheCrawlTime(String text, String expected) {
        assertThat(first(null, text)).isEqualTo(expected);
    }

    @Test
    void ignoresRelativeDatesWithoutACrawlTime() {
        assertThat(DateText.forLanguage("en").first("3 hours ago", null)).isEmpty();
    }

    @Test
    void aTextWithFewerThanFourDigitsMayHoldADateOnlyAsARelativeOne() {
        Instant crawled = Instant.parse("2022-03-25T12:00:00Z");
        DateText en = DateText.forLanguage("en");
        for (String dated : new String[] {"Friday, 25 March 2022", "March 2022", "1.2.22", "2022年3月"}) {
            assertThat(DateText.mayHold(dated, null)).as(dated).isTrue();
            assertThat(en.first(dated, null)).as(dated).isPresent();
        }
        for (String undated : new String[] {"Friday, March the twenty-fifth", "1.2.2", "25 March", "March 202", "12 comments"}) {
            assertThat(DateText.mayHold(undated, null)).as(undated).isFalse();
            assertThat(en.first(undated, null)).as(undated).isEmpty();
        }
        assertThat(DateText.mayHold("an hour ago", crawled)).isTrue();
        assertThat(en.first("an hour ago", crawled)).isPresent();
    }

    @Test
    void aMonthNameIsAWholeWord() {
        DateText en = DateText.forLanguage("en");
        assertThat(en.first("ESPN Dec 22, 2023", null)).isPresent();
        assertThat(en.first("ESPN, 22-Dec-2023", null)).isPresent();
        assertThat(en.first("ESPNDec 22, 2023", null)).as("glued to the word before").isEmpty();
        assertThat(en.first("Decker 22, 2023", null)).as("the start of a longer word").isEmpty();
        assertThat(en.first("https://example.com/2023/12/22/harbour-vote", null)).isEmpty();
    }

    @Test
    void ambiguousSlashedDatesFollowTheLanguageUnlessAWeekdaySettlesIt() {
        assertThat(first("en", "2/1/2022")).isEqualTo("2022-02-01");
        assertThat(first("fr", "2/1/2022")).isEqualTo("2022-01-02");
        assertThat(first("en", "Sunday, 2/1/2022")).isEqualTo("2022-01-02");
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        assertThat(first("en", "February 30, 2022")).isEqualTo("none");
        assertThat(first("de", "31.04.2022")).isEqualTo("none");
    }

    @Test
    void findsEveryDateInOrder() {
        assertThat(DateText.forLanguage("en").all("Published 25 March 2022, updated 2022-03-27", null))
                .extracting(DateValue::iso).containsExactly("2022-03-25", "2022-03-27");
    }

    @Test
    void onlyWeekdaysMayStandBeforeALoneDate() {
        assertThat(DateText.onlyWeekdays("")).isTrue();
        assertThat(DateText.onlyWeekdays("Friday, ")).isTrue();
        assertThat(DateText.onlyWeekdays("Fr., ")).isTrue();
        assertThat(DateText.onlyWeekdays("mercredi ")).isTrue();
        assertThat(DateText.onlyWeekdays("Termin: ")).isFalse();
        assertThat(DateText.onlyWeekdays("Nr. 3, ")).isFalse();
    }
}

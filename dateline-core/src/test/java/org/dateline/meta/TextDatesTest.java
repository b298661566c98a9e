package org.dateline.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dateline.extract.text.LineClass;
import org.dateline.extract.text.TextBlock;
import org.dateline.extract.text.TextExtraction;
import org.dateline.extract.text.TextExtractor;
import org.dateline.meta.date.DateText;
import org.dateline.meta.date.DateValue;
import org.junit.jupiter.api.Test;

/** The publication date of text dumps (invented pages). */
class TextDatesTest {
    private static final MetadataFinder FINDER = new MetadataFinder();
    private static final Instant CRAWLED = Instant.parse("2023-12-24T12:00:00Z");
    private static final String BODY = "The village orchard, planted by the parish in the eighteen-nineties, will be replanted this "
            + "winter with old local varieties of apple and pear.\n\nVolunteers have spent the autumn clearing brambles from "
            + "the rows, and the council has paid for a new fence to keep the deer out of the young trees.\n\nThe orchard had "
            + "been left to grow wild for most of the last forty years, and only a dozen of the original trees still bear fruit.\n";

    private static Metadata of(String dump) {
        TextExtraction x = TextExtractor.create().extract(dump);
        return FINDER.ofText(x, "https://news.example/orchard", CRAWLED);
    }

    @Test
    void aHeadlinePrintedWithItsMarkupIsReadAsThePageMeantIt() {
        assertThat(MetadataFinder.unmarked("&#8216;The Voice:&#8217; Ruby Leigh Places Second")).isEqualTo("‘The Voice:’ Ruby Leigh Places Second");
        assertThat(MetadataFinder.unmarked("GOTY: <i>Kotaku</i>'s Top 12 Games Of 2023")).isEqualTo("GOTY: Kotaku's Top 12 Games Of 2023");
        assertThat(MetadataFinder.unmarked("Salt & pepper: x < y")).isEqualTo("Salt & pepper: x < y");
    }

    @Test
    void putsBackTheSpacesAConverterGluedAwayAroundADate() {
        assertThat(TextDates.unglue("Mike Kerr, ESPNDec 22, 2023, 06:21 AM ET")).isEqualTo("Mike Kerr, ESPN Dec 22, 2023, 06:21 AM ET");
        assertThat(TextDates.unglue("22 Dec 202322 Dec 2023")).isEqualTo("22 Dec 2023 22 Dec 2023");
        assertThat(TextDates.unglue("Dec 20, 20236:46 PM")).isEqualTo("Dec 20, 2023 6:46 PM");
        assertThat(TextDates.unglue("By Ann Lee [2022-06-26-image-4]")).doesNotContain("2022");
        assertThat(TextDates.unglue("Omar 5 goals in 2023")).isEqualTo("Omar 5 goals in 2023");
    }

    @Test
    void aDatelineGivesTheTimeOfPublicationRatherThanOfTheUpdate() {
        assertThat(TextDates.published("Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST"))
                .isEqualTo("Published Dec. 22, 2023 12:16PM EST");
        assertThat(TextDates.published("Published: 12:37 GMT, 21 December 2023 | Updated: 15:26 GMT, 21 December 2023"))
                .startsWith("Published: 12:37");
        assertThat(TextDates.published("Updated 24 Dec 2023")).isEqualTo("Updated 24 Dec 2023");
    }

    @Test
    void theDatedShortLineNearestTheHeadlineDatesADumpWithoutADateline() {
        List<TextBlock> blocks = List.of(
                new TextBlock("Sunday, Dec 24th 2023 9°C", LineClass.BOILERPLATE),
                new TextBlock("Home", LineClass.BOILERPLATE),
                new TextBlock("News", LineClass.BOILERPLATE),
                new TextBlock("Village replants its old orchard", LineClass.HEADLINE),
                new TextBlock("Volunteers have spent the autumn clearing brambles from the rows, and the council has paid for a new fence.",
                        LineClass.BODY),
                new TextBlock("Photographs: Mia Holt, 21 December 2023", LineClass.BOILERPLATE),
                new TextBlock("The parish first planted the orchard on 3 March 1894, the records show, on land given by a farmer.",
                        LineClass.BODY));
        DateText parser = DateText.forLanguage("en");

        DateValue d = TextDates.nearest(blocks, t -> DateText.mayHold(t, null), t -> parser.first(t, null).orElse(null));

        assertThat(d).isNotNull();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 21));
    }

    @Test
    void anUpdateLineGivesWayToTheTimeOfPublicationPrintedAboveIt() {
        String dump = "Village replants its old orchard with varieties of a century ago\n\nBy Alice Penrose\n\n"
                + "19:00, 22 Dec 2023\n\nUpdated 07:26, 24 Dec 2023\n\n" + BODY;

        Metadata m = of(dump);

        assertThat(m.published()).startsWith("2023-12-22");
        assertThat(m.dateSource()).isEqualTo("dateline");
    }
}

package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://www.portside-courier.com/news/ferry-strike");
        return Titles.find(PageTags.of(doc));
    }

    @Test
    void thePagesHeadlineWinsOverATitleRewrittenForSharing() {
        assertThat(title("<meta property=og:title content=\"Why thousands walked to work today\">"
                        + "<title>Ferry crews strike over shift patterns | Portside Courier</title>",
                "<h1>Ferry crews strike over new shift patterns</h1>"))
                .isEqualTo("Ferry crews strike over new shift patterns");
    }

    @Test
    void aHeadingThatADeclaredTitleRepeatsWinsOverAnEarlierOne() {
        assertThat(title("<title>Ferry crews strike | Harbour Life | Portside Courier</title>",
                "<h1>Harbour Life</h1><h1>Ferry crews strike</h1>"))
                .isEqualTo("Ferry crews strike");
    }

    @Test
    void theSitesNameInAHeadingIsNotTheHeadline() {
        assertThat(title("<meta property=og:site_name content=\"Harbour Notes\">"
                        + "<title>Ferry strike | Harbour Notes</title>",
                "<h1>Harbour Notes</h1><h2>Ferry strike</h2>"))
                .isEqualTo("Ferry strike");
        assertThat(title("<title>Ferry crews strike over pay - Portside Courier</title>", "<h1>Portside-Courier</h1>"))
                .isEqualTo("Ferry crews strike over pay");
    }

    @Test
    void aLogoHeadingIsNotTheHeadline() {
        assertThat(title("<title>Ferry crews strike over pay - Courier</title>",
                "<h1><a href=/><img src=logo.png alt=Courier></a></h1>"))
                .isEqualTo("Ferry crews strike over pay");
        assertThat(title("<title>Ferry crews strike over pay - Courier</title>",
                "<h1><a href=\"https://www.portside-courier.com/\">The Courier</a></h1>"))
                .isEqualTo("Ferry crews strike over pay");
    }

    @Test
    void aKickerInTheHeadingIsDroppedWhenADeclaredTitleIsTheRest() {
        assertThat(title("<meta property=og:title content=\"Ferry crews strike over pay - Portside Courier\">",
                "<h1><span class=kicker>Harbour dispute</span> Ferry crews strike over pay</h1>"))
                .isEqualTo("Ferry crews strike over pay");
    }

    @Test
    void aHeadingOnTheSameTopicAsTheDeclaredTitleWins() {
        assertThat(title("<meta property=og:title content=\"A strike that could stop every harbour ferry\">",
                "<h1>Harbour crews walk out</h1>"))
                .isEqualTo("Harbour crews walk out");
    }

    @Test
    void anUnrelatedHeadingLosesToTheDeclaredTitle() {
        assertThat(title("<title>Ferry crews strike over pay | Portside Courier</title>",
                "<h1>Latest news</h1>"))
                .isEqualTo("Ferry crews strike over pay");
    }

    @Test
    void aJsonLdHeadlineIsReadWithItsEntitiesDecoded() {
        assertThat(title("<meta property=og:title content=\"Strike: what you need to know\">"
                        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Ferry crews&#39; strike enters its second day\"}</script>",
                "<h1>Ferry crews' strike enters its second day</h1>"))
                .isEqualTo("Ferry crews' strike enters its second day");
    }

    @Test
    void aJsonLdHeadlineIsReadFromLenientOrWrappedJson() {
        assertThat(title("<meta property=og:title content=\"Strike: what you need to know\">"
                        + "<script type=application/ld+json><![CDATA[ {'@type': 'NewsArticle',"
                        + " 'headline': 'Ferry crews strike for a second day',} ]]></script>",
                "<h1>Ferry crews strike for a second day</h1>"))
                .isEqualTo("Ferry crews strike for a second day");
    }

    @Test
    void softHyphensDoNotKeepATitleFromMatchingItsHeading() {
        assertThat(title("<meta property=og:title content=\"Harbour\u00adside ferry crews strike\">",
                "<h1><span>Dispute</span> Harbour&shy;side ferry crews strike</h1>"))
                .isEqualTo("Harbourside ferry crews strike");
    }

    @Test
    void withoutAHeadingTheDeclaredTitleLosesItsSiteName() {
        assertThat(title("<title>Portside Courier – Ferry crews strike over pay</title>", "<p>Text</p>"))
                .isEqualTo("Ferry crews strike over pay");
        assertThat(title("", "<p>Text</p>")).isNull();
    }

    @Test
    void aKeyIsTheLowerCasedWordsAndNumbersOfAnyScriptJoinedBySingleSpaces() {
        assertThat(Titles.key("  Zürich: Ⅻ rounds, 2² — «Straße» ")).isEqualTo("zürich ⅻ rounds 2² straße");
        assertThat(Titles.key("Soft\u00adhyphen and zero\u200bwidth join; a \u00ad b does not")).isEqualTo("softhyphen and zerowidth join a b does not");
        assertThat(Titles.key("𝐁old 😀 東京")).isEqualTo("𝐁old 東京");
        assertThat(Titles.key("—")).isEmpty();
    }

    @Test
    void normalizingDropsInvisibleCharactersAndCollapsesWhitespaceButNotOtherSpaces() {
        assertThat(Titles.normalize("  Four\u00a0Years \t\n Remaining\u00ad! ")).isEqualTo("Four Years Remaining!");
        assertThat(Titles.normalize("\u0001 a \u00ad b\u200b c \u000b\u000bd\u2003e ")).isEqualTo("a b c d\u2003e");
    }

    @Test
    void aSiteKeyIsTheLettersAndDigitsOnly() {
        assertThat(Titles.siteKey("Four Years Remaining")).isEqualTo("fouryearsremaining");
        assertThat(Titles.siteKey("Zürich Ⅻ — 2²")).isEqualTo("zürichⅻ2²");
    }
}

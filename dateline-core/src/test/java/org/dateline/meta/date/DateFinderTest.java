package org.dateline.meta.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Finding an article's publication date from the evidence on its page, strongest first. */
class DateFinderTest {
    private static final Instant TODAY = Instant.parse("2022-04-01T12:00:00Z");
    private final DateFinder finder = new DateFinder(Clock.fixed(TODAY, ZoneOffset.UTC));

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    private PublicationDate find(String head, String body) {
        return finder.find(page(head, body), null, null);
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdDatePublishedWinsAndKeepsItsOffset() {
        PublicationDate d = find(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-03-25T16:04:00+01:00\","
                + "\"dateModified\":\"2022-03-26T09:00:00+01:00\"}")
                + "<meta property=\"article:published_time\" content=\"2022-03-20\">", "<h1>Title</h1>");
        assertThat(d.published()).isEqualTo("2022-03-25T16:04+01:00");
        assertThat(d.modified()).isEqualTo("2022-03-26T09:00+01:00");
        assertThat(d.source()).isEqualTo("json-ld");
        assertThat(d.precision()).isEqualTo("day");
        assertThat(d.day()).isEqualTo(LocalDate.of(2022, 3, 25));
    }

    @Test
    void jsonLdIsReadInsideGraphsArraysAndMainEntity() {
        assertThat(find(jsonLd("{\"@graph\":[{\"@type\":\"WebSite\",\"datePublished\":\"2001-01-01\"},"
                + "{\"@type\":\"Article\",\"datePublished\":\"2022-03-25\"}]}"), "").published()).isEqualTo("2022-03-25");
        assertThat(find(jsonLd("[{\"@type\":\"Organization\"},{\"@type\":\"BlogPosting\",\"datePublished\":\"2022-03-25\"}]"), "")
                .published()).isEqualTo("2022-03-25");
        assertThat(find(jsonLd("{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"VideoObject\",\"uploadDate\":\"2022-03-25\"}}"), "")
                .published()).isEqualTo("2022-03-25");
    }

    @Test
    void theArticleObjectBeatsTheWebPageAndCommentsAreIgnored() {
        PublicationDate d = find(jsonLd("{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2022-03-01\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-03-25\",\"comment\":[{\"@type\":\"Comment\","
                + "\"datePublished\":\"2022-03-02\"}]}]}"), "");
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void brokenJsonLdIsReadLeniently() {
        assertThat(find(jsonLd("<!--//--><![CDATA[ { // a comment\n'@type': 'Article', datePublished: '2022-03-25',"
                + " } ]]>"), "").published()).isEqualTo("2022-03-25");
        assertThat(find(jsonLd("{\"@type\":\"Article\",\"headline\":\"an \"unescaped\" quote\","
                + "\"datePublished\":\"2022-03-25T10:00:00Z\""), "").published()).isEqualTo("2022-03-25T10:00Z");
    }

    @Test
    void openGraphAndDublinCoreMetaTags() {
        PublicationDate og = find("<meta property=\"article:published_time\" content=\"2022-03-25T16:04:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2022-03-28T10:00:00Z\">", "");
        assertThat(og.published()).isEqualTo("2022-03-25T16:04Z");
        assertThat(og.source()).isEqualTo("opengraph");
        assertThat(og.modified()).isEqualTo("2022-03-28T10:00Z");
        PublicationDate dc = find("<meta name=\"DC.date.issued\" content=\"2022-03-25\">", "");
        assertThat(dc.published()).isEqualTo("2022-03-25");
        assertThat(dc.source()).isEqualTo("meta");
    }

    @Test
    void itempropDatePublishedInContentDatetimeOrText() {
        assertThat(find("", "<h1>T</h1><span itemprop=\"datePublished\" content=\"2022-03-25\">25.3.</span>").published())
                .isEqualTo("2022-03-25");
        PublicationDate text = find("", "<h1>T</h1><span itemprop=\"datePublished\">25 March 2022</span>");
        assertThat(text.published()).isEqualTo("2022-03-25");
        assertThat(text.source()).isEqualTo("itemprop");
    }

    @Test
    void theArticlesTimeElementNotTheSidebars() {
        PublicationDate d = find("", "<aside class=\"sidebar\"><time datetime=\"2022-03-30\">yesterday</time></aside>"
                + "<article><h1>Title</h1><time datetime=\"2022-03-25T08:00\">25 March</time><p>Text.</p></article>"
                + "<div class=\"related-posts\"><time datetime=\"2022-03-31\">31 March</time></div>");
        assertThat(d.published()).isEqualTo("2022-03-25T08:00");
        assertThat(d.source()).isEqualTo("time-element");
    }

    @Test
    void whenNothingElseIsDatedAPageBuildersWidgetsAreReadToo() {
        String widgets = "<div class=\"elementor-widget-wrap\"><h1>Die Überschrift</h1>"
                + "<div class=\"elementor-widget-container\"><span class=\"post-date\">25. März 2022</span></div>"
                + "<p>Der Text.</p></div>";
        assertThat(find("", widgets).published()).isEqualTo("2022-03-25");
        // a sidebar still does not date a page that has its own date
        PublicationDate d = find("", "<h1>Die Überschrift</h1><p class=\"date\">25.03.2022</p>"
                + "<div class=\"sidebar\"><span class=\"date\">31.03.2022</span></div>");
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void aSidebarColumnRightUnderTheHeadlineHoldsTheBylineThatChecksTheDeclaredDate() {
        PublicationDate d = find(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-03-25T01:20:00Z\"}"),
                "<h1>La noticia</h1><div class=\"lay-sidebar\"><h2>La bajada.</h2>"
                + "<span class=\"mod-date\">24 de marzo de 2022</span></div><p>El texto.</p>");
        assertThat(d.published()).isEqualTo("2022-03-24");
    }

    @Test
    void aDateStandingAloneJustUnderTheHeadlineIsTheBylinesWithoutMarkup() {
        String declared = jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-03-04T02:41:00Z\"}");
        assertThat(find(declared, "<h1>La noticia</h1><h2>La bajada.</h2><h6><span>3/3/2022 22:41</span></h6><p>El texto.</p>")
                .published()).isEqualTo("2022-03-03");
        assertThat(find(declared, "<h1>Die Nachricht</h1><p>Freitag, 3. März 2022</p><p>Der Text.</p>").published())
                .isEqualTo("2022-03-03");
        // a date inside a sentence, or far below the headline, is not the byline's
        assertThat(find(declared, "<h1>Die Nachricht</h1><p>Termin: 3. März 2022</p><p>Der Text.</p>").published())
                .isEqualTo("2022-03-04T02:41Z");
        assertThat(find(declared, "<h1>Die Nachricht</h1><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p><p>7</p><p>8</p>"
                + "<p>3. März 2022</p>").published()).isEqualTo("2022-03-04T02:41Z");
    }

    @Test
    void aMoreFromTheSiteBlockListsOtherArticlesButASpacingClassIsNoSuchBlock() {
        String declared = "<meta itemprop=\"datePublished\" content=\"2022-01-21\">";
        assertThat(find(declared, "<h1>Der Holzhandel</h1><p>Der Text.</p><div class=\"container more-on-site\">"
                + "<h3>Mehr auf der Seite</h3><div class=\"card\"><div class=\"card-date\">01.09.2004</div></div></div>")
                .published()).isEqualTo("2022-01-21");
        assertThat(find("", "<h2>Der neue Trend</h2><p class=\"morespace\">von Klaus Muster, 8.5.2012</p><p>Der Text.</p>")
                .published()).isEqualTo("2012-05-08");
    }

    @Test
    void theDigitsOfTwoElementsOfABylineDoNotRunTogether() {
        assertThat(find("", "<h1>Title</h1><div class=\"date\"><span class=\"month\">Apr</span> <span class=\"day\">04</span>"
                + "<span class=\"year\">2013</span></div><p>Text.</p>").published()).isEqualTo("2013-04-04");
        String declared = jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-12-25T11:00:02+00:00\"}");
        assertThat(find(declared, "<h1>Title</h1><div class=\"meta-info\"><span class=\"updated hidden\">2021-12-07T10:10:52+01:00</span>"
                + "<span>25. Dezember 2021</span></div><p>Text.</p>").published()).isEqualTo("2021-12-25T11:00:02Z");
        // blocks and line breaks still separate words, as in the element's text
        assertThat(find("", "<h1>Title</h1><div class=\"byline\"><p>Von Anna Muster</p>1. Januar 2022</div><p>Text.</p>")
                .published()).isEqualTo("2022-01-01");
    }

    @Test
    void aUtcDateIsWrittenInTheLocalOffsetAnotherTagGivesForTheSameInstant() {
        PublicationDate d = find(jsonLd("{\"@type\":\"Article\",\"dateCreated\":\"2017-02-24T01:18:13Z\"}")
                + "<meta property=\"article:published_time\" content=\"2017-02-23T17:18:13-08:00\">", "<h1>Title</h1>");
        assertThat(d.published()).isEqualTo("2017-02-23T17:18:13-08:00");
        assertThat(d.source()).isEqualTo("json-ld");
        // another instant is another date, not another writing of this one
        d = find(jsonLd("{\"@type\":\"Article\",\"dateCreated\":\"2017-02-24T01:18:13Z\"}")
                + "<meta property=\"article:published_time\" content=\"2017-02-23T17:00:00-08:00\">", "<h1>Title</h1>");
        assertThat(d.published()).isEqualTo("2017-02-24T01:18:13Z");
    }

    @Test
    void urlDatesAtDayAndMonthPrecision() {
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/2022/03/25/title", null).published())
                .isEqualTo("2022-03-25");
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/news/2022-03-25-title.html", null).published())
                .isEqualTo("2022-03-25");
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/a/20220325/title", null).published())
                .isEqualTo("2022-03-25");
        PublicationDate month = finder.find(page("", "<h1>T</h1>"), "https://example.blogspot.com/2022/03/title.html", null);
        assertThat(month.published()).isEqualTo("2022-03");
        assertThat(month.precision()).isEqualTo("month");
        assertThat(month.day()).isNull();
    }

    @Test
    void datesInLinksToOtherPagesAndInOtherArticlesAreTheirs() {
        String url = "https://news.example/ferry-strike-ends";
        PublicationDate d = finder.find(page("", "<article><h1>Ferry strike ends</h1>"
                + "<aside class=\"marginal\"><a href=\"/older-story\"><span class=\"date\">21.10.2019</span></a></aside>"
                + "<p>Body text.</p><p class=\"date\">25.03.2022</p></article>"
                + "<article class=\"card\"><h3>Other story</h3><time datetime=\"2022-03-20\">20.03.2022</time></article>"), url, null);
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void anotherArticleWithoutHeadingOrLinkIsAPartOfThisPage() {
        PublicationDate d = find("", "<article><h1>La voix des nuls</h1><p>Écouter</p></article>"
                + "<article class=\"description\"><p>Le texte.</p><ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul></article>");
        assertThat(d.published()).isEqualTo("2019-05-23");
    }

    @Test
    void aDateLinkedToThePageItselfOrToItsDayArchiveIsThePagesDate() {
        String url = "https://blog.example/ferry-strike-ends/";
        assertThat(finder.find(page("", "<h1>Ferry strike ends</h1><p>Body text.</p>"
                + "<a href=\"https://blog.example/ferry-strike-ends\"><span class=\"date\">25.03.2022</span></a>"
                + "<a href=\"/other\"><span class=\"date\">01.03.2022</span></a>"), url, null).published())
                .isEqualTo("2022-03-25");
        assertThat(finder.find(page("", "<h1>Ferry strike ends</h1><p>Body text.</p>"
                + "<a href=\"/2022/03/25/\"><span class=\"date\">25.03.2022</span></a>"), url, null).published())
                .isEqualTo("2022-03-25");
    }

    @Test
    void aHeadingThatStartsLikeThePageTitleIsTheHeadlineDespiteALabelAfterIt() {
        PublicationDate d = find("<title>Ferry strike ends after three weeks - Daily Planet</title>",
                "<h1>Daily Planet</h1><article><h1>Ferry strike ends after three weeks <span>Subscribers</span></h1>"
                + "<p>Body text.</p></article><div class=\"latest\"><article><h3>Other story</h3>"
                + "<time pubdate datetime=\"2022-03-30\">30.03.2022</time></article></div>");
        assertThat(d.published()).isNull();
    }

    @Test
    void theBylineNextToTheHeadlineBeatsATimeElementOnAnotherDay() {
        assertThat(find("", "<h1>Title</h1><p class=\"byline\">22 Mar 2022 10:45 AM ET By Ann Lee</p><p>Text.</p>"
                + "<time datetime=\"2022-01-16\">16 Jan 2022</time>").published()).isEqualTo("2022-03-22T10:45-04:00");
    }

    @Test
    void aNumberOpeningTheTitleAfterAMonthFolderIsNoDay() {
        assertThat(UrlDates.find("https://example.com/2023/10/3-questions-for-ann").iso()).isEqualTo("2023-10");
        assertThat(UrlDates.find("https://example.com/2023/10/03/questions").iso()).isEqualTo("2023-10-03");
        assertThat(UrlDates.find("https://example.com/2023-10-03-questions").iso()).isEqualTo("2023-10-03");
    }

    @Test
    void urlDatesDayFirstUnlessTheDayCanOnlyBeSecond() {
        assertThat(UrlDates.find("https://example.org/meldungen/29-10-2021").iso()).isEqualTo("2021-10-29");
        assertThat(UrlDates.find("https://example.fr/meteo/tempete-02-11-2023-ABC.php").iso()).isEqualTo("2023-11-02");
        assertThat(UrlDates.find("https://example.org/artikel/bericht_vom_22.04.2020_titel").iso()).isEqualTo("2020-04-22");
        assertThat(UrlDates.find("https://blog.example/posting-01-23-2020/").iso()).isEqualTo("2020-01-23");
        assertThat(UrlDates.find("https://example.org/v1-2-2020")).isNull();
        assertThat(UrlDates.find("https://example.org/list/30-11-buch-der-woche")).isNull();
    }

    @Test
    void urlDatesWithAnEnglishMonthName() {
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/world/2022/mar/25/title", null).published())
                .isEqualTo("2022-03-25");
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/2022/march/25/title", null).published())
                .isEqualTo("2022-03-25");
        assertThat(finder.find(page("", "<h1>T</h1>"), "https://example.com/2022/marsh/25/title", null).published()).isNull();
    }

    @Test
    void theCanonicalUrlDatesASyndicatedCopyWhoseOwnUrlHasNoDate() {
        PublicationDate d = finder.find(page("<link rel=\"canonical\" href=\"https://origin.example/2022/mar/25/title\">",
                "<h1>T</h1>"), "https://portal.example/news/ar-BB19DUqK", null);
        assertThat(d.published()).isEqualTo("2022-03-25");
        assertThat(d.source()).isEqualTo("url");
    }

    @Test
    void aUrlMonthIsRefinedByAVisibleDateInThatMonth() {
        PublicationDate d = finder.find(page("", "<h1>Title</h1><p>Posted 25.03.2022</p>"),
                "https://example.blogspot.com/2022/03/title.html", null);
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void aUrlMonthIsRefinedByTheOnlyDayOfThatMonthInASidebar() {
        String url = "https://blog.example/2022/03/title/";
        PublicationDate d = finder.find(page("", "<h1>Blog</h1><div id=\"sidebar\"><h2>About this post</h2>"
                + "<p>Posted on <nobr>25. März 2022</nobr></p></div><div class=\"post\"><h2>Title</h2><p>Text.</p></div>"), url, null);
        assertThat(d.published()).isEqualTo("2022-03-25");
        // a sidebar listing posts of that month on several days leaves the month
        d = finder.find(page("", "<h1>Blog</h1><div id=\"sidebar\"><ul><li>25. März 2022</li><li>18. März 2022</li></ul></div>"
                + "<div class=\"post\"><h2>Title</h2><p>Text.</p></div>"), url, null);
        assertThat(d.published()).isEqualTo("2022-03");
    }

    @Test
    void theBylineNextToTheHeadline() {
        PublicationDate d = find("", "<ul class=\"menu\"><li>31.03.2022</li></ul><h1>Die Überschrift</h1>"
                + "<div class=\"article-meta\">Von Anna Muster | 25. März 2022, 16:04 Uhr</div><p>Text vom 1. März 2022.</p>");
        assertThat(d.published()).isEqualTo("2022-03-25T16:04");
        assertThat(d.source()).isEqualTo("byline");
    }

    @Test
    void updatedLinesAreModifiedNeverPublished() {
        PublicationDate d = find("", "<h1>Title</h1><div class=\"byline\">Updated March 28, 2022</div>"
                + "<div class=\"dateline\">Published March 25, 2022</div>");
        assertThat(d.published()).isEqualTo("2022-03-25");
        assertThat(d.modified()).isEqualTo("2022-03-28");
        PublicationDate onlyUpdated = find("<meta property=\"article:modified_time\" content=\"2022-03-28\">",
                "<h1>Title</h1><div class=\"date\">Aktualisiert am 28.03.2022</div>");
        assertThat(onlyUpdated.published()).isNull();
        assertThat(onlyUpdated.modified()).isEqualTo("2022-03-28");
    }

    @Test
    void aDateAfterAPublicationCueIsTheBylineWhereverItIs() {
        String filler = "<p>Ein Absatz.</p>".repeat(60);
        PublicationDate d = find("", "<h1>Die Überschrift</h1><p>Termin am 1. März 2022.</p>" + filler
                + "<p><span>Veröffentlicht am</span> <span>25.03.2022</span></p>");
        assertThat(d.published()).isEqualTo("2022-03-25");
        assertThat(d.source()).isEqualTo("byline");
        assertThat(find("", "<h1>Le titre</h1><p>Réunion le 1 mars 2022.</p>" + filler + "<p>Publié le 25 mars 2022</p>")
                .published()).isEqualTo("2022-03-25");
    }

    @Test
    void aDateAfterAnUpdateCueInItsOwnElementIsModified() {
        PublicationDate d = find("", "<h1>Title</h1><div class=\"byline\"><span>Updated:</span> <span>March 28, 2022</span></div>"
                + "<p>Text.</p>");
        assertThat(d.published()).isNull();
        assertThat(d.modified()).isEqualTo("2022-03-28");
    }

    @Test
    void theBylinesDayBeatsADeclaredDateADayOffUnlessABylineShowsThatDayToo() {
        String head = "<meta property=\"article:published_time\" content=\"2022-03-24T20:35:00+01:00\">";
        assertThat(find(head, "<h1>Title</h1><p class=\"dateline\">Berlin, 25.03.2022</p>").published())
                .isEqualTo("2022-03-25");
        assertThat(find(head, "<h1>Title</h1><p class=\"date\">23.03.2022</p><p class=\"date\">24.03.2022</p>").published())
                .isEqualTo("2022-03-24T20:35+01:00");
    }

    @Test
    void aDeclaredDateThePageSaysItWasFirstPublishedOnBeatsTheBylinesLaterDay() {
        String head = "<meta property=\"article:published_time\" content=\"2017-04-12T18:33:59+02:00\">";
        String body = "<h1>Le titre</h1><p class=\"byline\">Ann Lee | Le 19 février 2020</p>" + "<p>Un paragraphe.</p>".repeat(5);
        assertThat(find(head, body).published()).isEqualTo("2020-02-19");
        assertThat(find(head, body + "<p>Cet article, initialement publié en avril 2017, a été mis à jour.</p>").published())
                .isEqualTo("2017-04-12T18:33:59+02:00");
    }

    @Test
    void datesOfAListNextToTheHeadlineAreNoByline() {
        String head = "<meta property=\"article:published_time\" content=\"2022-02-04T09:55:00+01:00\">";
        assertThat(find(head, "<h1>Title</h1><p class=\"date\">01.02.2022</p>").published()).isEqualTo("2022-02-01");
        assertThat(find(head, "<h1>Title</h1><ul><li class=\"date\">01.02.2022</li><li class=\"date\">30.01.2022</li>"
                + "<li class=\"date\">31.01.2022</li></ul>").published()).isEqualTo("2022-02-04T09:55+01:00");
    }

    @Test
    void editedByNamesAnEditorAndDoesNotMakeTheDateAModification() {
        PublicationDate d = find("", "<h1>Title</h1><div class=\"byline\">By Ann Lee | Edited by Bo Ray | March 28, 2022</div>"
                + "<p>Text.</p>");
        assertThat(d.published()).isEqualTo("2022-03-28");
        assertThat(d.modified()).isNull();
    }

    @Test
    void aCueDoesNotReachAcrossALinkToAnotherPage() {
        PublicationDate d = finder.find(page("", "<h1>Title</h1><p class=\"date\">25.03.2022</p>" + "<p>Text.</p>".repeat(60)
                + "<p>Originally published at <a href=\"https://other.example/post\">other.example</a> on 18.11.2021</p>"),
                "https://blog.example/title", null);
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void futureAndPre1995DatesAreImpossible() {
        PublicationDate d = find("<meta property=\"article:published_time\" content=\"2030-01-01\">"
                + "<meta name=\"pubdate\" content=\"1990-05-05\">", "<h1>T</h1><p class=\"date\">25.03.2022</p>");
        assertThat(d.published()).isEqualTo("2022-03-25");
        Instant crawled = Instant.parse("2022-03-20T00:00:00Z");
        PublicationDate bounded = finder.find(page("<meta property=\"article:published_time\" content=\"2022-03-25\">", ""),
                null, crawled);
        assertThat(bounded.published()).isNull();
    }

    @Test
    void aDateTheDayAfterTheCrawlIsAllowedForTimeZones() {
        Instant crawled = Instant.parse("2022-03-24T23:00:00Z");
        assertThat(finder.find(page("<meta property=\"article:published_time\" content=\"2022-03-25T08:00+09:00\">", ""),
                null, crawled).published()).isEqualTo("2022-03-25T08:00+09:00");
    }

    @Test
    void relativeBylinesCountFromTheCrawlTime() {
        PublicationDate d = finder.find(page("", "<h1>Title</h1><span class=\"timestamp\">vor 3 Stunden</span>"), null,
                Instant.parse("2022-03-25T18:00:00Z"));
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void theTextVotePrefersTheDateByTheHeadlineOverSidebarsAndCopyright() {
        PublicationDate d = find("", "<div class=\"widget\"><p>Latest: 30.03.2022</p></div><h1>Headline</h1>"
                + "<p>Berlin, 25.03.2022.</p><p>Lorem ipsum.</p><p>Event on 28.03.2022</p><footer>© 2022 Site</footer>");
        assertThat(d.published()).isEqualTo("2022-03-25");
        assertThat(d.source()).isEqualTo("text-vote");
    }

    @Test
    void aUtcStructuredDateTakesThePublishersLocalDayFromTheUrl() {
        PublicationDate d = finder.find(page("<meta property=\"article:published_time\" content=\"2022-03-26T02:30:00Z\">", ""),
                "https://example.com/2022/03/25/late-night-story/", null);
        assertThat(d.day()).isEqualTo(LocalDate.of(2022, 3, 25));
    }

    @Test
    void noEvidenceNoDate() {
        assertThat(find("", "<h1>Title</h1><p>Text without any date.</p>")).isEqualTo(PublicationDate.NONE);
    }

    @Test
    void doesNotModifyTheDocument() {
        Document doc = page(jsonLd("{\"datePublished\":\"2022-03-25\"}"), "<nav>1.1.2022</nav><h1>T</h1><p>25.03.2022</p>");
        String before = doc.outerHtml();
        finder.find(doc, null, null);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void aBlogPostInsideAWidgetIsReadWhenItsTitleIsMarkedAsTheEntryTitle() {
        PublicationDate d = find("", "<div class=\"widget Header\"><h1>My Blog</h1></div>"
                + "<div class=\"widget Blog\"><h2 class=\"date-header\"><span>Friday, March 25, 2022</span></h2>"
                + "<h3 class=\"post-title entry-title\">A post</h3><p>Text of the post.</p></div>"
                + "<div class=\"widget Archive\"><span class=\"date\">March 2, 2022</span></div>");
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void theHeadingThatIsThePageTitleAnchorsTheBylineNotTheSiteLogo() {
        PublicationDate d = find("<title>Ferry strike ends after three weeks | Daily Planet</title>",
                "<header><h1>Daily Planet</h1><span class=\"date\">Friday, 1 April 2022</span></header>"
                + "<div class=\"teaser\"><p>Other story</p></div><div class=\"teaser\"><p>Other story</p></div>"
                + "<main><h1>Ferry strike ends after three weeks</h1><p class=\"byline\">25 March 2022</p>"
                + "<p>Body text.</p></main>");
        assertThat(d.published()).isEqualTo("2022-03-25");
        assertThat(d.source()).isEqualTo("byline");
    }

    @Test
    void aBylineWrittenMonthFirstWithDotsIsTheStructuredDateNotAnotherOne() {
        PublicationDate d = find(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-11-03T03:01:00\"}"),
                "<h1>Title</h1><div class=\"meta\">11.03.17</div><p>Body text.</p>");
        assertThat(d.published()).isEqualTo("2017-11-03T03:01");
    }

    @Test
    void postClassesNamingACategoryOrTagDoNotHideTheArticle() {
        PublicationDate d = find("", "<div class=\"post type-post category-popular tag-menu hentry\">"
                + "<h1>Title</h1><p>March 25, 2022</p><p>Body text.</p></div>");
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void pageWideFormsTeasersAndAsidesInsideTheArticleAreRead() {
        assertThat(find("", "<form id=\"aspnetForm\"><div class=\"post\"><h3>Title</h3>"
                + "<p>25.03.2022</p><p>Body text.</p></div></form>").published()).isEqualTo("2022-03-25");
        assertThat(find("", "<div class=\"teaser-body\"><h1>Title</h1><p>Body text.</p>"
                + "<h5>25.03.2022</h5></div>").published()).isEqualTo("2022-03-25");
        assertThat(find("", "<article><h1>Title</h1><aside class=\"blogData\"><dl><dt>Datum</dt>"
                + "<dd>25.03.2022</dd></dl></aside><p>Body text.</p></article>"
                + "<aside><span class=\"date\">01.03.2022</span></aside>").published()).isEqualTo("2022-03-25");
    }

    @Test
    void aLoneHeadlineWhoseContainerSoundsLikeNavigationStillAnchorsTheByline() {
        PublicationDate d = find("", "<div class=\"intro intro__breadcrumbnavigation\"><h1>Title</h1>"
                + "<p class=\"caption\">25. März 2022 | Politik</p></div><p>Body text.</p>");
        assertThat(d.published()).isEqualTo("2022-03-25");
    }

    @Test
    void anAbbreviationCarriesItsDateInItsTitle() {
        assertThat(find("", "<div class=\"post\"><h3>Title</h3><p>Body text.</p>"
                + "<abbr class=\"published\" title=\"2022-03-25T05:11:00-05:00\">5:11 AM</abbr></div>").published())
                .isEqualTo("2022-03-25T05:11-05:00");
        assertThat(find("", "<h1>Title</h1><abbr title=\"Freitag, 25. März 2022 um 04:00\">vor 3 Tagen</abbr>")
                .published()).startsWith("2022-03-25");
    }

    @Test
    void aDatelineOpeningALongParagraphIsRead() {
        String prose = " Bei der Erinnerung an die Vergangenheit geht es um viel mehr als um Zahlen, Namen und Orte:"
                + " es geht um Menschen, ihre Geschichten und um das, was wir heute daraus lernen können, sagte sie.";
        assertThat(find("", "<h1>Title</h1><p>Von A. Autorin</p><p>25.3.2022 -" + prose + "</p>").published())
                .isEqualTo("2022-03-25");
        assertThat(find("", "<h1>Title</h1><p>Karlsruhe, (25.03.2022)." + prose + "</p>").published())
                .isEqualTo("2022-03-25");
    }

    @Test
    void aHeadlineInsideAFigureCaptionKeepsItsCaptionReadable() {
        assertThat(find("", "<figure><img src=\"a.jpg\"><figcaption><small>25.03.2022 Sport</small>"
                + "<h1>Title</h1></figcaption></figure><p>Body text.</p>").published()).isEqualTo("2022-03-25");
    }
}

package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.extract.Extraction;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final String P1 = "Ferry crews on the harbour's three busiest routes walked out on Tuesday morning, "
            + "leaving thousands of commuters to find other ways across the water.";
    private static final String P2 = "The strike, called by the Maritime Workers' Union, follows months of dispute over "
            + "new shift patterns that the union says would add hours to some weekly rotas.";
    private static final String P3 = "Harbour Link, which runs the services under a council contract, said it regretted "
            + "the disruption and that its offer remained on the table.";
    private static final String P4 = "Replacement buses will run every fifteen minutes between the quay and Northpoint, "
            + "and the council has asked employers to allow working from home.";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Extraction extract(String body) {
        return extract(body, "", "");
    }

    private Extraction extract(String body, String head, String url) {
        return extractor.extract(Jsoup.parse("<html><head><title>Harbour ferry crews strike | Portside Courier</title>"
                + head + "</head><body>" + body + "</body></html>", url));
    }

    private static String nav() {
        return "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>";
    }

    @Test
    void textBrokenByLineBreaksInsideADivCountsAsParagraphs() {
        Extraction e = extract(nav() + "<div class=x><h1>Harbour ferry crews strike</h1></div>"
                + "<div class=y>" + P1 + "<br>" + P2 + "<br>" + P3 + "</div>"
                + "<div class=z><a href=/a>Weather</a>, <a href=/b>Traffic</a></div>");

        assertThat(e.body()).contains(P1, P2, P3).doesNotContain("Weather", "Home");
        assertThat(e.title()).isEqualTo("Harbour ferry crews strike");
    }

    @Test
    void anArticleOnlyInANoscriptBlockIsFoundThere() {
        Extraction e = extract(nav() + "<div class=post><script type=text/template><p>" + P1 + "</p></script>"
                + "<noscript><p>" + P1 + "</p><p>" + P2 + "</p></noscript></div>"
                + "<noscript>Please enable JavaScript.</noscript>");

        assertThat(e.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aPageOfOnlyShortLinesKeepsThemRatherThanNothing() {
        Extraction e = extract(nav() + "<div><p>Opening hours</p><p>Mon to Fri 9 to 5</p></div>");

        assertThat(e.paragraphs()).containsExactly("Opening hours", "Mon to Fri 9 to 5");
        assertThat(e.article()).isFalse();
    }

    @Test
    void textInsideAJavascriptLinkIsTextNotALink() {
        Extraction e = extract(nav() + "<div class=story><a href=\"javascript:void(0)\"><p>" + P1 + "</p><p>" + P2
                + "</p></a></div><div class=more><a href=/next><p>" + P3 + "</p></a></div>");

        assertThat(e.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void theRestOfAnArticleHiddenFromNonSubscribersIsKeptButOtherHiddenTextIsNot() {
        Extraction e = extract("<article><p>" + P1 + "</p><div class=subscriber-only style=\"display:none\"><p>" + P2
                + "</p></div><div style=\"display:none\"><p>" + P3 + "</p></div>"
                + "<p class=paywall-note hidden>Subscribe.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void anElementHiddenByItsClassIsNotTextUnlessAnotherClassShowsItAtSomeWidth() {
        String appeal = "Our reporters work to keep local news free for everyone, and a contribution of any size "
                + "helps us keep covering the harbour, the council and the courts.";
        Extraction e = extract("<article><p>" + P1 + "</p><div class=\"support-box hidden\"><p>" + appeal + "</p></div>"
                + "<p>" + P2 + "</p><div class=\"hidden md:block\"><p>" + P3 + "</p></div>"
                + "<div class=\"d-none d-lg-block\"><p>" + P4 + "</p></div></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aBlockNamedForRelatedPostsInOneWordIsFurnitureToo() {
        String teaser = "Ferry operators across the region have asked for talks on pay and rotas after a year of delays, "
                + "and unions say they will decide on further action next month.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<div id=jp-relatedposts class=jp-relatedposts><h3>Related</h3><div class=jp-relatedposts-post>"
                + "<p>" + teaser + "</p><p>In \"News\"</p></div></div></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aCamelCaseClassNameIsReadWordByWord() {
        String bio = "Sam Reyes has reported on the harbour, its ferries and its unions for the Courier since 2015, "
                + "and before that covered the port for the regional radio station.";
        // the rules alone: the block model may take furniture back when it reads like the article
        Extraction e = new HtmlExtractor(null).extract(Jsoup.parse("<html><body><article><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + P4 + "</p><section class=Article-authorBox><p>" + bio
                + "</p></section></article></body></html>"));

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aComponentNamedInADataAttributeIsNamedLikeAClass() {
        String teaser = "Ferry operators across the region have asked for talks on pay and rotas after a year of delays, "
                + "and unions say they will decide on further action next month.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<div data-component=related-stories><p>" + teaser + "</p></div>"
                + "<div data-testid=sub-nav><p>" + teaser.replace("month", "week") + "</p></div></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void affiliateAndConsentDisclosuresAreNotBodyTextWhateverTheirLength() {
        String disclosure = "If you purchase a product or register for an account through a link on our site, we may receive "
                + "compensation. By using this site, you consent to our User Agreement and agree that your clicks may be "
                + "recorded by us and by third-party partners in accordance with our Privacy Policy.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + disclosure + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void disclosuresOfAffiliateFeesAndRevenueSharesAreNotBodyTextEither() {
        String fee = "We occasionally recommend products and services that readers may find useful for the journey. "
                + "If you make a purchase by clicking one of the links, we may earn an affiliate fee.";
        String share = "Our picks are chosen by our editors alone, and the Courier may get a share of the revenue if you buy "
                + "anything featured in this guide to getting around during the strike.";
        Extraction e = extract("<article><p>" + fee + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + share + "</p><p>" + P3
                + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void anArticleSplitIntoSectionsIsKeptWhole() {
        Extraction e = extract(nav() + "<main><div class=story>"
                + "<section class=part><p>" + P1 + "</p><p>" + P2 + "</p></section>"
                + "<figure><img src=a.jpg><figcaption>Getty Images</figcaption></figure>"
                + "<section class=part><h2>Talks remain open</h2><p>" + P3 + "</p><p>" + P4 + "</p></section>"
                + "</div></main><footer><p>© 2024 Portside Courier. All rights reserved.</p></footer>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, "Talks remain open", P3, P4);
        assertThat(e.captions()).as("a bare credit is no caption").isEmpty();
    }

    @Test
    void aCaptionIsKnownByItsMarkupEvenWhenItsTextSitsInAParagraphInside() {
        Extraction e = extract("<article><p>" + P1 + "</p>"
                + "<figure><img src=a.jpg><figcaption><p>Commuters queue for a replacement bus at the quay on Tuesday. "
                + "(Dana Whitfield/Portside Courier)</p></figcaption></figure><p>" + P2 + "</p>"
                + "<div class=\"wp-caption aligncenter\"><img src=b.jpg><p class=wp-caption-text>The harbour ferry "
                + "terminal stood empty.</p></div><p>" + P3 + "</p>"
                + "<div class=imageCaption><p>Union members outside the depot (Portside Courier)</p></div></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(e.captions()).containsExactly("Commuters queue for a replacement bus at the quay on Tuesday. "
                + "(Dana Whitfield/Portside Courier)", "The harbour ferry terminal stood empty.");
    }

    @Test
    void aCaptionOutsideCaptionMarkupIsKnownByTheCreditItEndsWith() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=media><p>Crews gathered at the gates of the depot before dawn on Tuesday. Credit: Dana Whitfield</p></div>"
                + "<p>" + P3 + "</p><div class=media><p>The quay at Northpoint, where replacement buses will stop. | Image "
                + "credit: Portside Courier.</p></div><p>" + P4 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aCaptionOutsideCaptionMarkupIsKnownByTheAgencyOrPhotographerCreditItEndsWith() {
        String ap = "The vote in Portside on Monday was the first since the union was founded in 1921. (AP)";
        Extraction e = extract("<article><p>" + P1 + "</p><div class=media><p>Crews gathered at the gates of the depot before "
                + "dawn on Tuesday. (AP Photo/Dana Whitfield)</p></div><p>" + P2 + "</p><div class=media><p>The quay at "
                + "Northpoint on Wednesday. (Photo by Ana Li/Getty Images)</p></div><p>" + P3 + "</p><div class=media><p>"
                + ap + "</p></div><p>" + P4 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aPostEmbeddedFromASocialNetworkIsNotArticleTextButAQuotationIs() {
        String quote = "“We have asked for talks on pay and rotas for a year, and we are still waiting for an answer,” "
                + "the union's regional secretary told the Courier.";
        Extraction e = extract("<article><p>" + P1 + "</p><blockquote class=twitter-tweet><p>Stuck at the quay for an hour "
                + "now, no ferry and no bus in sight. Not happy. pic.twitter.com/abc123</p>— Commuter (@commuter) "
                + "<a href=https://twitter.com/x>May 2, 2024</a></blockquote><p>" + P2 + "</p><blockquote><p>" + quote
                + "</p></blockquote><p>" + P3 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, quote, P3);
    }

    @Test
    void aCaptionIsNotBodyTextEvenWhenItTellsPartOfTheStoryInFullSentences() {
        String caption = "The last ferry of the morning left the quay half empty as crews gathered at the gates, "
                + "and commuters were told to expect no service until Thursday.";
        String credited = "Union members and their families gathered outside the depot gates on Tuesday evening to hear "
                + "the regional secretary speak about the dispute.";
        Extraction e = extract("<article><p>" + P1 + "</p><figure><img src=a.jpg><figcaption><p>" + caption
                + "</p></figcaption></figure><p>" + P2 + "</p><div class=photo-caption><img src=b.jpg><p>" + credited
                + "</p></div><p>" + P3 + "</p><figure><img src=c.jpg><figcaption>Ferries at the quay after the article "
                + "ended, in a gallery of the week's pictures.</figcaption></figure></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(e.captions()).as("kept apart, those within the article").containsExactly(caption, credited);
    }

    @Test
    void aNoteOnTheAuthorClosingTheArticleIsNotBodyTextButTheSameWordsInsideItAre() {
        String inside = "Mara Kellen is a freelance reporter who has covered the harbour for ten years, and she was "
                + "on the last ferry to leave before the walkout began.";
        String note = "Sam Reyes is a senior reporter at the Portside Courier, where he covers transport and labour. "
                + "Email him at sam.reyes@example.com.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + inside + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>" + P4 + "</p><p><em>" + note + "</em></p><p>Follow the Courier on social media.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, inside, P2, P3, P4);
    }

    @Test
    void editorsNotesBeforeTheFirstParagraphAndAfterTheLastAreNotBodyText() {
        String middle = "A correction issued by the council on Monday said the timetable had listed the wrong quay, "
                + "which the union said had added to the confusion.";
        Extraction e = extract("<article><p><em>Editor’s note: This story first appeared in the Harbour Weekly.</em></p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + middle + "</p><p>" + P3 + "</p>"
                + "<p>Ana Li contributed to this report.</p>"
                + "<p>Correction: An earlier version of this article gave the wrong date for the walkout.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, middle, P3);
    }

    @Test
    void thePublishersSmallPrintAfterTheLastParagraphIsNotBodyTextButTheSameWordsInsideItAre() {
        String inside = "The union said the views expressed by the operator did not match what crews were told, and "
                + "that its members would vote again on Friday.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + inside + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>The opinions expressed in this column are the author's own and do not necessarily reflect those "
                + "of the Portside Courier.</p><p>© 2023 Sam Reyes. Distributed by Harbour Features.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, inside, P2, P3);
    }

    @Test
    void aNoteOnAnUpdateAndTheEditorialBoardClosingTheArticleAreNotBodyText() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>The Courier Editorial Board "
                + "consists of Editorial Page Editor Sam Reyes and editorial writer Ana Li.</p><p>Updated to add comments "
                + "from Harbour Link. The headline was updated to reflect the strike vote.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aReferenceToThePaperAfterTheLastParagraphIsNotBodyText() {
        String study = "The study, led by Ana Li et al at the Harbour Institute, was published in the journal Coastal "
                + "Transport this week and is free to read.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + study + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>More information: Ana Li et al, Ferry demand after a strike, Coastal Transport (2024). "
                + "DOI: 10.1234/ct.2024.001</p><p>Sam Reyes et al, Commuting by water, Harbour Studies (2023). "
                + "DOI: 10.1234/hs.2023.017</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, study, P2, P3);
    }

    @Test
    void aLineThatOnlyDatesThePageAtEitherEdgeIsNotBodyText() {
        String updated = "Updated on Friday, the timetable now lists 14 replacement buses an hour between the quay and "
                + "Northpoint.";
        Extraction e = extract("<article><p>Updated: Dec. 22, 2023, 1:59 p.m.</p><p>" + P1 + "</p><p>" + updated + "</p>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p><p>Published 12:04 GMT</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, updated, P2, P3);
    }

    @Test
    void theLinesOfAnAdSlotOrAnEmbedWaitingForConsentAreNotBodyText() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>Article continues below advertisement</p><p>" + P2 + "</p>"
                + "<p>Waiting for your permission to load the Instagram Media.</p><p>" + P3 + "</p>"
                + "<p>La suite après cette publicité</p><p>" + P4 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aParagraphTheModelLeftOutBetweenTwoChosenSiblingsIsTakenBack() {
        List<Blocks.Block> page = Blocks.of(Jsoup.parse("<article><p>" + P1 + "</p><div class=ad><p>Advertisement</p></div>"
                + "<p>" + P2 + "</p><aside><p>" + P3 + "</p></aside><p>" + P4 + "</p><p>A last word.</p></article>").body());
        boolean[] chosen = {true, false, false, false, true, false};
        boolean[] kept = {true, true, true, true, true, false};

        HtmlExtractor.fillGaps(page, chosen, kept);

        // P2 stands between two chosen siblings; the ad line and P3 have another parent, the last line was not kept
        assertThat(chosen).containsExactly(true, false, true, false, true, false);
    }

    @Test
    void aSingleWordBeforeTheFirstParagraphIsALabelNotBodyText() {
        Extraction e = extract("<article><div>US</div><div>More</div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void singleWordsAfterTheLastParagraphAreMenuItemsNotBodyText() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div>About</div><div>More</div></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void bylinesCreditsPromptsAndReadMoreHeadingsAreNotBodyText() {
        Extraction e = extract("<article><h1>Harbour ferry crews strike</h1><p>By Sam Reyes</p>"
                + "<p>" + P1 + "</p><p>Advertisement</p><p>" + P2 + "</p>"
                + "<p>Get the latest news straight to your inbox: sign up for our newsletter.</p>"
                + "<p>" + P3 + "</p><h3>Read more:</h3></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }


    @Test
    void invitationsToFollowSomeoneAndWidgetErrorMessagesAreNotBodyText() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>We’re sorry, this feature is currently unavailable. "
                + "Please try again later.</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>Follow transport editor Sam Reyes on Instagram at @samreyes.</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void theByOfABylineWhoseNamesAreAuthorLinksIsNotBodyTextEither() {
        Extraction e = extract("<article><h1>Harbour ferry crews strike</h1>"
                + "<div class=meta><span>By —</span><p><a href=/author/sam-reyes>Sam Reyes</a></p></div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=card><span>By</span><p><a href=/author/ana-li>Ana Li</a></p></div><p>" + P3 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }
    @Test
    void photoCreditsStandingAsParagraphsAreNotBodyText() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>Courtesy of Harbour Link/Instagram</p><p>" + P2 + "</p>"
                + "<p>Credit: Ana Li/Portside Courier</p><p>Foto: Sam Reyes</p><p>" + P3 + "</p></article>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aParagraphOfCommaSeparatedLinksDoesNotWinOverTheArticle() {
        StringBuilder kudos = new StringBuilder("<div id=kudos><p>");
        for (int i = 0; i < 200; i++) {
            kudos.append("<a href=/u").append(i).append(">reader").append(i).append("</a>, ");
        }
        Extraction e = extract("<div id=main><p>" + P1 + "</p><p>" + P2 + "</p></div>" + kudos + "</p></div>");

        assertThat(e.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void anArticleInsideAContainerNamedLikeFurnitureIsFoundWhenNothingElseIs() {
        Extraction e = extract(nav() + "<div class=widget-wrap><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");

        assertThat(e.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readersCommentsGoToTheirOwnFieldNotTheBody() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<section id=comments><h2>Comments</h2><p>Join the conversation: sign in to comment.</p>"
                + "<ol><li class=comment><div class=comment-content><p>The rota was unfair from the start.</p></div></li>"
                + "<li class=comment><div class=comment-content><p>Buses took me twice as long today.</p></div></li></ol>"
                + "</section>");

        assertThat(e.body()).doesNotContain("rota was unfair", "Join the conversation");
        assertThat(e.comments()).isEqualTo("The rota was unfair from the start.\n\nBuses took me twice as long today.");
    }

    @Test
    void aPageWithoutCommentsHasNone() {
        assertThat(extract("<article><p>" + P1 + "</p></article>").comments()).isNull();
    }

    @Test
    void anArticleIsAnArticle() {
        assertThat(extract("<article><p>" + P1 + "</p><p>" + P2 + "</p></article>", "",
                "https://portside.example/news/2024/05/14/strike").article()).isTrue();
    }

    @Test
    void aSitesHomePageIsNotAnArticle() {
        Extraction home = extract("<div><p>" + P1 + "</p><p>" + P2 + "</p></div>", "", "https://portside.example/");

        assertThat(home.article()).isFalse();
        assertThat(extract("<div><p>" + P1 + "</p></div>", "", "https://portside.example/index.html").article()).isFalse();
    }

    @Test
    void aPageThatDeclaresItselfAnArticleIsOneEvenAtTheRoot() {
        String head = "<meta property=og:type content=article>";

        assertThat(extract("<div><p>" + P1 + "</p></div>", head, "https://portside.example/").article()).isTrue();
    }

    @Test
    void aListingOfHeadlinesIsNotAnArticle() {
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 0; i < 12; i++) {
            list.append("<li><h3>Council approves new budget for harbour works ").append(i).append("</h3>")
                    .append("<span>Updated 2 hours ago</span></li>");
        }
        String head = "<script type=application/ld+json>{\"@type\": \"CollectionPage\", \"name\": \"News\"}</script>";

        assertThat(extract(list + "</ul>", head, "https://portside.example/news/").article()).isFalse();
        assertThat(extract(list + "</ul>", "", "https://portside.example/news/").article()).isFalse();
    }

    @Test
    void aKeyIsTheLowerCasedWordsJoinedBySingleSpaces() {
        assertThat(HtmlExtractor.key("  Breaking: The Mayor's  PLAN_B, 2024! ")).isEqualTo("breaking the mayor s plan_b 2024");
        assertThat(HtmlExtractor.key("Grüße aus Köln")).isEqualTo("gr e aus k ln");
        assertThat(HtmlExtractor.key("— … —")).isEmpty();
    }
}

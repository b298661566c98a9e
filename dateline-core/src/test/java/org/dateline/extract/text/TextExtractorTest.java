package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text-mode extractor on dumps written for these tests (invented stories, no real pages). */
class TextExtractorTest {
    private static final TextExtractor EXTRACTOR = TextExtractor.create();

    static String fixture(String name) throws IOException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/extract/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The paragraphs of a fixture between two lines (inclusive), as written: one per blank-line block. */
    static List<String> paragraphs(String text, String first, String last) {
        int from = text.indexOf(first);
        int to = text.indexOf(last) + last.length();
        return List.of(text.substring(from, to).split("\n\n"));
    }

    @Test
    void readsHeaderFieldsOfAStoryDump() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("ferry-story.txt"));

        assertThat(r.title()).isEqualTo("Harbour town votes to keep its last ferry running after ‘heated’ council meeting");
        assertThat(r.standfirst()).startsWith("Residents packed the hall");
        assertThat(r.bylines()).containsExactly(new Byline("Alice Penrose", "Transport Correspondent"));
        assertThat(r.dateline()).isEqualTo("Tuesday 14 June 2022 09:12 BST");
        assertThat(r.article()).isTrue();
    }

    @Test
    void keepsExactlyTheBodyParagraphsOfAStoryDump() throws IOException {
        String dump = fixture("ferry-story.txt");
        TextExtraction r = EXTRACTOR.extract(dump);

        List<String> body = paragraphs(dump, "Councillors in Portmarrow", "for the next fifty years.”");
        assertThat(body).hasSize(17);
        assertThat(r.paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void keepsAShortQuotedParagraph() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("ferry-story.txt"));

        assertThat(r.paragraphs()).contains("“We will not let it go,” said one resident.");
    }

    @Test
    void classifiesEveryLineOfAStoryDump() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("ferry-story.txt"));

        assertThat(r.blocks()).startsWith(
                new TextBlock("Harbour town votes to keep its last ferry running after ‘heated’ council meeting", LineClass.HEADLINE),
                new TextBlock("Residents packed the hall as councillors weighed the cost of the crossing ‘for another decade’",
                        LineClass.STANDFIRST),
                new TextBlock("Alice Penrose", LineClass.BYLINE),
                new TextBlock("Transport Correspondent", LineClass.BYLINE),
                new TextBlock("Tuesday 14 June 2022 09:12 BST", LineClass.DATELINE),
                new TextBlock("Comments", LineClass.BOILERPLATE),
                new TextBlock("Watch: Ferry crossing in heavy fog filmed from the harbour wall", LineClass.BOILERPLATE));
        assertThat(r.blocks()).filteredOn(b -> b.text().startsWith("Join") || b.text().startsWith("Thank")
                || b.text().startsWith("Please") || b.text().equals("Comments")).extracting(TextBlock::kind)
                .containsOnly(LineClass.BOILERPLATE);
    }

    @Test
    void rejoinsHardWrappedParagraphsAndDropsMenusAndLinkLists() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("wrapped-w3m.txt"));

        assertThat(r.title()).isEqualTo("Glaciers in the northern range shrank faster this decade than in any decade on record");
        assertThat(r.bylines()).containsExactly(new Byline("Marta Kowalski", null));
        assertThat(r.dateline()).isEqualTo("12 March 2021");
        assertThat(r.paragraphs()).hasSize(4);
        assertThat(r.paragraphs().get(0)).isEqualTo("Glaciers in the northern range lost more ice in the past ten years "
                + "than in any decade since measurements began, according to a survey published on Thursday by a team "
                + "of field researchers.");
        assertThat(r.paragraphs().get(3)).endsWith("once the glaciers pass their peak melt.");
        assertThat(r.body()).doesNotContain("Home", "Related", "Snow lines", "©", "Privacy");
    }

    @Test
    void readsAGermanDump() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("german.txt"));

        assertThat(r.title()).isEqualTo("Stadtrat beschließt neue Radwege entlang des Flussufers");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Jonas Albrecht");
        assertThat(r.dateline()).isEqualTo("Aktualisiert am 3. Mai 2023, 14:20 Uhr");
        assertThat(r.paragraphs()).hasSize(5);
        assertThat(r.paragraphs().get(0)).startsWith("Der Stadtrat hat am Dienstagabend");
        assertThat(r.paragraphs().get(3)).startsWith("„Wir haben lange");
        assertThat(r.body()).doesNotContain("Teilen", "Mehr zum Thema", "Buslinie", "Impressum");
    }

    @Test
    void readsAFrenchDump() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("french.txt"));

        assertThat(r.title()).isEqualTo("La ville ouvre une nouvelle bibliothèque dans l’ancienne gare de marchandises");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Claire Dumoulin");
        assertThat(r.dateline()).isEqualTo("Publié le 7 octobre 2022 à 11h05");
        assertThat(r.paragraphs()).hasSize(5);
        assertThat(r.paragraphs().get(2)).startsWith("« Nous voulions");
        assertThat(r.body()).doesNotContain("Partager", "Sur le même sujet", "tramway prolongé", "Mentions");
    }

    @Test
    void aMenuPageIsNoArticle() throws IOException {
        TextExtraction r = EXTRACTOR.extract(fixture("menu-page.txt"));

        assertThat(r.article()).isFalse();
        assertThat(r.paragraphs()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void oneParagraphPerLineIsNotJoined() {
        String wet = "Council backs plan for a new bridge over the river at the old ford\n"
                + "The council voted on Monday to build a new bridge over the river at the old ford, ending years of debate about the crossing.\n"
                + "Work is expected to start next spring and to take about two years, the council said in a statement after the vote.\n"
                + "Residents on both banks have asked for the bridge since the ferry stopped running in the nineteen-seventies.\n";

        TextExtraction r = EXTRACTOR.extract(wet);

        assertThat(r.paragraphs()).hasSize(3);
        assertThat(r.title()).isEqualTo("Council backs plan for a new bridge over the river at the old ford");
    }

    @Test
    void emptyAndBlankDumpsGiveNothing() {
        for (String text : new String[] {"", "\n\n  \n", "\r\n", "•", "[ ]"}) {
            TextExtraction r = EXTRACTOR.extract(text);
            assertThat(r.paragraphs()).as(text).isEmpty();
            assertThat(r.article()).isFalse();
            assertThat(r.title()).isNull();
        }
    }

    @Test
    void crlfLineEndsReadLikeLf() throws IOException {
        String dump = fixture("ferry-story.txt");

        assertThat(EXTRACTOR.extract(dump.replace("\n", "\r\n")).paragraphs()).isEqualTo(EXTRACTOR.extract(dump).paragraphs());
    }

    @Test
    void commonLinesOfASiteAreBoilerplate() throws IOException {
        String footer = "The Portmarrow Packet has reported on the harbour and the villages of the estuary since it was founded in 1881.";
        String dump = fixture("ferry-story.txt").replace("Join our commenting forum", footer + "\n\nJoin our commenting forum");
        assertThat(EXTRACTOR.extract(dump).paragraphs()).contains(footer);

        LineStats site = LineStats.create(2);
        site.add(dump);
        site.add("Another page\n\n" + footer + "\n");

        assertThat(EXTRACTOR.withCommonLines(site).extract(dump).paragraphs()).doesNotContain(footer).hasSize(17);
    }
    /** Prose of an invented story, one paragraph per line as in a WET record. */
    private static final String[] ORCHARD = {
        "The village orchard, planted by the parish in the eighteen-nineties, will be replanted this winter with old local varieties of apple and pear.",
        "Volunteers have spent the autumn clearing brambles from the rows, and the council has paid for a new fence to keep the deer out of the young trees.",
        "The orchard had been left to grow wild for most of the last forty years, and only a dozen of the original trees are still bearing fruit.",
        "A nursery in the next valley has grafted cuttings from those trees, so that the varieties that grew here a century ago can be planted again.",
        "The first of the new trees will go in during the second week of December, when the ground is soft and the sap has stopped rising.",
        "Children from the village school will each plant a tree and give it a name, and a map of the names will hang in the church porch.",
        "The parish hopes to hold its first apple day in the orchard in three years, once the trees have settled and begun to flower.",
    };

    @Test
    void theHeaderInsideTheBodyRunIsReadThereAndWhatComesBeforeItIsChrome() {
        String dump = "Portmarrow Gazette\n\nSign in\n\n"
                + "Log in with your Portmarrow Gazette account to create or edit your custom homepage, catch up on your notifications and set your newsletter preferences.\n\n"
                + "Register\n\n"
                + "Sign up for a free Portmarrow Gazette account to customize your local news and weather experience every day.\n\n"
                + "Take the tour\n\n"
                + "Village replants its old orchard\n\n"
                + "Volunteers and the school bring back the apple varieties of a century ago to the parish orchard.\n\n"
                + "Published Thursday 27 July 2017\n\nBy Alice Penrose\n\n"
                + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Village replants its old orchard");
        assertThat(r.dateline()).isEqualTo("Published Thursday 27 July 2017");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Alice Penrose");
        assertThat(r.paragraphs()).first().asString().startsWith("Volunteers and the school");
        assertThat(r.paragraphs()).hasSize(ORCHARD.length + 1).endsWith(ORCHARD);
    }

    @Test
    void aRelatedBoxSetIntoTheArticleDoesNotEndIt() {
        String dump = "Village replants its old orchard\n\n" + ORCHARD[0] + "\n\n" + ORCHARD[1] + "\n\nRelated\n\n"
                + "Parish council elections: the candidates\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 2, 7))
                + "\n\nComments\n\nShow 12 comments\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aTerminatorEndsTheArticleWhenLessProseFollowsItAfterAGap() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + "\n\nComments\n\nAnna Kerr\n\n3 hours ago\n\n" + ORCHARD[5] + "\n\nTom Ellis\n\n2 hours ago\n\n" + ORCHARD[6] + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }
    /** A "Most read" box of other stories' headlines, longer than a good paragraph may be away. */
    private static final String MOST_READ = "\n\nMost read\n\nStorm closes the coast road for a week\n\nMayor resigns over the bus budget\n\n"
            + "Football club wins its first cup in fifty years\n\nLibrary to open on Sundays\n\n";

    @Test
    void prosePastAMostReadBoxThatGoesOnWithTheStoryIsStillTheArticle() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + MOST_READ + ORCHARD[5] + "\n\n" + ORCHARD[6] + "\n";

        assertThat(EXTRACTOR.extract(dump).paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void prosePastAMostReadBoxThatSpeaksOfOtherThingsIsNot() {
        String other = "Great reader offer: enjoy luxury cruises along stunning Mediterranean coastlines with exclusive discounts for subscribers.";
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + MOST_READ + other + "\n";

        assertThat(EXTRACTOR.extract(dump).paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }

    @Test
    void keepsASentenceDenseWithNamesAndFigures() {
        String names = "Parish clerk Margaret Thornbury, orchard warden David Okafor and nursery owner Priya Lindqvist signed the 2024 planting plan with the council on Monday, costing £12,400.";
        String roll = "Margaret Thornbury · David Okafor · Priya Lindqvist · Tomasz Brennan · Eleanor Vasquez · Oliver Nakamura";
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n" + names + "\n\n" + roll + "\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(names).doesNotContain(roll);
    }
    @Test
    void aPageOfAFewShortLinesIsAllBody() {
        TextExtraction r = EXTRACTOR.extract("First note\n\nSecond note\n\nThird note\n");

        assertThat(r.paragraphs()).containsExactly("First note", "Second note", "Third note");
        assertThat(r.article()).isFalse();
    }

    @Test
    void withoutAnyProseTheSentencesOfALongerPageAreRescued() {
        StringBuilder dump = new StringBuilder();
        for (String item : new String[] {"Home", "News", "Sport", "Weather", "Contact", "About us", "Archive", "Search"}) {
            dump.append(item).append("\n");
        }
        dump.append("\nThe ferry runs again on Monday.\n\nTickets cost two pounds.\n");

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly("The ferry runs again on Monday.", "Tickets cost two pounds.");
    }
    @Test
    void aListingOfManyShortLinesDoesNotSplitTheArticle() {
        StringBuilder listing = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            listing.append("row ").append(i).append(" │ ").append(i * 7).append("\n");
        }
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4))
                + "\n\n" + listing + "\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 4, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    /** Greedy hard wrapping at {@code width} columns, as a text browser wraps, with lynx's indent of three. */
    private static String wrapped(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder("   ");
        for (String w : paragraph.split(" ")) {
            if (line.length() > 3 && line.length() + 1 + w.length() > width) {
                out.append(line).append('\n');
                line.setLength(3);
            }
            line.append(line.length() > 3 ? " " : "").append(w);
        }
        return out.append(line).append('\n').toString();
    }

    /** The {@link #ORCHARD} paragraphs {@link #wrapped} at {@code width}, a blank line after each. */
    private static String wrappedOrchard(int width) {
        StringBuilder out = new StringBuilder();
        for (String p : ORCHARD) {
            out.append(wrapped(p, width)).append('\n');
        }
        return out.toString();
    }

    @Test
    void aListOfLongLinksAfterTheArticleDoesNotHideHowItIsWrapped() {
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n").append(wrappedOrchard(72));
        dump.append("References\n\n");
        for (int i = 1; i <= 40; i++) {
            dump.append(String.format("  %2d. https://news.example/2024/12/village-orchard-replanted-with-old-varieties/%d?ref=footer%n", i, i));
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aTableWiderThanTheTextDoesNotHideHowTheDumpIsWrapped() {
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n").append(wrappedOrchard(72));
        dump.append("   Variety          Planted     Rootstock     Harvest     Storage     Juice     Cider\n");
        for (String variety : new String[] {"Bramley", "Cox", "Egremont Russet", "Discovery", "Worcester", "Howgate", "Ashmead"}) {
            dump.append(String.format("   %-16s 2024        MM106         October     Good        Yes       Yes       %n", variety));
        }
        dump.append("\n   The council will open the orchard to visitors in the spring.\n");

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void linksWithWordsAfterThemDoNotHideHowTheDumpIsWrappedEither() {
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n").append(wrappedOrchard(72));
        dump.append("References\n\n");
        for (int i = 1; i <= 40; i++) {
            dump.append(String.format("  %2d. https://ads.example/?template=box&utm_content=thumbnails-%d:Below Article Thumbnails%n", i, i));
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aWrappedArticleOnAPageOfManyShorterLinesIsStillRejoined() {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            dump.append(String.format("Parish notice no. %03d%n%n", i));
        }
        dump.append("   Village replants its old orchard\n\n").append(wrappedOrchard(40));

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void lynxReferencesAreNoProseNorOneParagraph() {
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n").append(wrappedOrchard(72));
        dump.append("References\n\n");
        for (int i = 1; i <= 12; i++) {
            dump.append(String.format("  %2d. https://news.example/content-%d-where-to-plant-an-orchard-in-the-village-of-the-valley%n", i, i));
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
        assertThat(r.blocks()).filteredOn(b -> b.text().contains("https://")).hasSize(12);
    }

    @Test
    void wrappedChineseIsRejoinedWithoutSpaces() {
        String p1 = "村里的果园是教区在十九世纪九十年代种下的，今年冬天将重新种上当地的老品种苹果和梨树。志愿者们整个秋天都在清理荆棘，议会也出钱修了新的围栏。";
        String p2 = "果园在过去四十年里大多无人照管，原来的树只有十几棵还在结果。邻近山谷的苗圃已经从这些树上剪下枝条嫁接，让一百年前的品种可以重新种下。";
        StringBuilder dump = new StringBuilder("村里重新种植老果园\n\n");
        for (String p : new String[] {p1, p2}) {
            for (int i = 0; i < p.length(); i += 24) {
                dump.append(p, i, Math.min(p.length(), i + 24)).append('\n');
            }
            dump.append('\n');
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(p1, p2);
    }

    @Test
    void linesOfChineseProseWithoutFullStopsAreBodyButBracketedTeasersAreNot() {
        List<String> body = List.of(
                "一波波低温寒流报到之后山上的枫树已经由绿转黄再转红远远看去层层叠叠",
                "营区入口换上了新的原木招牌还加上了猫头鹰装饰看得出主人花了不少心思",
                "下午雨势渐渐停了下来我们沿着溪边步道慢慢走到吊桥再回到营地准备晚餐",
                "第二天早上天气放晴阳光洒在满地落叶上大家都忍不住拿起相机多拍了几张");
        String dump = "首页\n\n部落格\n\n[新竹旅游]新竹观光景点一日游柿饼加工厂与观光果园全记录\n\n"
                + "【亲子饭店】从入住一直玩到退房的优质饭店推荐给大家参考...\n\n"
                + "山上营地赏枫记\n\n" + String.join("\n\n", body) + "\n\n"
                + "[标签] 营地, 枫叶, 吊桥, 步道, 溪边, 相机, 落叶, 寒流\n\n上一篇文章与下一篇文章\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void aCaptionDrawnSeveralTimesOverCostsTheArticleOnce() {
        StringBuilder dump = new StringBuilder("Village replants its old orchard\n\n");
        for (int i = 0; i < ORCHARD.length; i++) {
            dump.append(ORCHARD[i]).append("\n\n");
            if (i % 2 == 1) {
                String caption = "Volunteers from the parish at work in the rows of the old orchard on the hill above the church (picture " + i + ")";
                dump.append((caption + "\n\n").repeat(3));
            }
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aLongCaptionDrawnAgainCloseByIsNoBodyButAParagraphRepeatedFarOffIs() {
        String caption = "FILE - Volunteers from the parish plant young apple trees in the rows of the old orchard on the hill "
                + "above the church, on a cold morning in March, while their children carry the saplings up from the road "
                + "in wheelbarrows borrowed from the allotments.";
        StringBuilder dump = new StringBuilder("Village replants its old orchard\n\n");
        for (int slide = 1; slide <= 3; slide++) {
            dump.append(caption.replace("March", "March " + slide)).append("\n\n").append(slide).append(" of 3\n\n")
                    .append(caption.replace("March", "March " + slide)).append("\n\n");
        }
        String twice = ORCHARD[2] + " " + ORCHARD[3]; // a long paragraph the story prints again at its end
        dump.append(String.join("\n\n", ORCHARD[0], ORCHARD[1], twice, ORCHARD[4], ORCHARD[5], ORCHARD[6], twice)).append("\n");

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).noneMatch(p -> p.startsWith("FILE - ")).containsExactly(ORCHARD[0], ORCHARD[1], twice,
                ORCHARD[4], ORCHARD[5], ORCHARD[6], twice);
    }

    @Test
    void aLongParagraphDrawnTwiceThatIsTheOnlyProseIsStillAnArticle() {
        String paragraph = String.join(" ", ORCHARD[0], ORCHARD[1]);
        TextExtraction r = EXTRACTOR.extract("Village replants its old orchard\n\n" + paragraph + "\n\n" + paragraph + "\n");

        assertThat(r.article()).isTrue();
        assertThat(r.paragraphs()).containsExactly(paragraph, paragraph);
    }

    @Test
    void aCookiePolicyAfterTheArticleIsNoBodyHoweverLong() {
        String policy = "This website uses cookies to improve your experience while you navigate through the website. "
                + "Out of these, the cookies that are categorized as necessary are stored on your browser as they are "
                + "essential for the working of basic functionalities of the website. We also use third-party cookies "
                + "that help us analyze and understand how you use this website. These cookies will be stored in your "
                + "browser only with your consent. You also have the option to opt-out of these cookies.";
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\nPrivacy Overview\n\n" + (policy + "\n\n").repeat(1)
                + "Necessary cookies are absolutely essential for the website to function properly.\n\n"
                + policy.replace("This website", "Our website") + "\n\n" + policy.replace("This website", "The site") + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 3));
    }

    @Test
    void cookiesInTheStoryAreNoConsentBanner() {
        assertThat(Cues.consent("Bake until the edges are firm and the cookies appear set, about 14 minutes more.")).isFalse();
        assertThat(Cues.consent("Nearly every website that you visit has a button that lets a network read its cookies.")).isFalse();
        assertThat(Cues.consent("Targeting cookies may be set through our site by our advertising partners.")).isTrue();
    }

    @Test
    void aTableWithACommentColumnDoesNotEndTheArticle() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4))
                + "\n\nVariety        Trees   Comment\nRibston        12      grafted\nBramley        9       old stock\n"
                + "Blenheim       4       new\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 4, 6)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD[4], ORCHARD[5]);
    }

    @Test
    void inADumpThatMarksItsLinksAListItemWithoutAMarkIsNoLink() {
        String menu = "   * [1]Home\n   * [2]News\n   * [3]Sport\n   * [4]Weather\n   * [5]Contact\n\n";
        String list = "What is on this year\n\n   * Apple day in the orchard\n   * Grafting workshop for beginners\n   * Blossom walk in April\n\n";
        String dump = menu + "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n" + list + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 6)) + "\n\n" + menu;

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains("Apple day in the orchard", "Grafting workshop for beginners", "Blossom walk in April")
                .doesNotContain("[1]Home", "[2]News");
    }

    @Test
    void aListBetweenParagraphsIsPartOfTheArticleButAMenuIsNot() {
        String menu = "  • Home\n  • News\n  • Sport\n  • Weather\n\n";
        String list = "  • Apple day in the orchard\n  • Grafting workshop for beginners\n  • Blossom walk in April\n\n";
        String dump = menu + "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n" + list + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 6)) + "\n\n" + menu;

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains("Apple day in the orchard", "Grafting workshop for beginners", "Blossom walk in April")
                .doesNotContain("Home", "News", "Weather");
    }

    @Test
    void escapedMarkupIsNoProse() {
        assertThat(TextExtractor.hasTag("<div style=\"position:absolute;\"><img width=1 src=\"x.gif\">")).isTrue();
        assertThat(TextExtractor.hasTag("</p> left over")).isTrue();
        assertThat(TextExtractor.hasTag("prices rose 3% (x < 5) last year")).isFalse();
    }

    @Test
    void japaneseWrappedByCharactersNotColumnsIsRejoinedToo() {
        // as lynx does: every line of a paragraph has 90 characters, whatever the columns they take, so
        // lines with more or fewer Latin letters (one column each, not two) have all sorts of widths
        String japanese = "トレンドマイクロは公衆無線の通信を暗号化して保護するアプリの発売を開始すると発表した。一年版の価格は二千九百円となる。";
        String latin = "Free Wi-Fi Protection for iPhone, Android and Mac users in public hotspots, via a VPN";
        List<String> body = new ArrayList<>();
        StringBuilder dump = new StringBuilder("ニュース\n\nトピックス\n\n");
        int w = 0;
        for (int p = 0; p < 4; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int l = 0; l < 4; l++) {
                int letters = (w++ * 37) % 82;
                int wide = 90 - letters;
                String line = japanese.substring(0, wide / 2) + latin.substring(0, letters) + japanese.substring(0, wide - wide / 2);
                dump.append("   ").append(line).append('\n');
                paragraph.append(line);
            }
            dump.append('\n');
            body.add(paragraph.toString());
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void theHeadlineIsTheTitleLikeLineTheBodyRetellsNotTheCaptionUnderIt() {
        String dump = "Home\n\nNews\n\nParish volunteers replant the village orchard with old apple varieties\n\n"
                + "Photo: Mia Holt for the Packet\n\n"
                + "Volunteers from the parish have begun to replant the village orchard with old apple varieties, "
                + "grafted from the dozen trees that still bear fruit.\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Parish volunteers replant the village orchard with old apple varieties");
        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void theHeadlinePrintedUnderTheDatelineOrBylineIsTheTitle() {
        for (String anchor : new String[] {"Dec 19, 2023 9:00 AM", "By Mia Holt, Contributor, Packet |"}) {
            String dump = "Home\n\nNews\n\nNewsletters\n\nMia Holt\n\nCountryside\n\n" + anchor + "\n\n"
                    + "Parish volunteers replant the village orchard with old apple varieties\n\n"
                    + "The orchard planted in the eighteen-nineties gets a second life this winter, with trees grafted from its last survivors\n\n"
                    + "Share on Facebook\n\nShare on Twitter\n\n" + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.title()).as(anchor).isEqualTo("Parish volunteers replant the village orchard with old apple varieties");
            assertThat(r.standfirst()).as(anchor).startsWith("The orchard planted");
            assertThat(r.paragraphs()).as(anchor).contains(ORCHARD);
        }
    }

    @Test
    void aMenuLineOverTheHeadlineDoesNotPushItIntoTheStandfirst() {
        String dump = "Home\n\nSearch\n\nSubscribe Events Podcasts Special Reports Jobs\n\n"
                + "Parish volunteers replant the village orchard with old apple varieties\n\n"
                + "Mia Holt\n\nDecember 18, 2023 5:30 AM\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Parish volunteers replant the village orchard with old apple varieties");
        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void theHeadlineUnderTheDatelineBeatsAMenuLineOverItThatTheBodyDoesNotRetell() {
        String dump = "Home\n\nSearch\n\nSubscribe and give a gift card today\n\nDecember 18, 2023\n\n"
                + "Parish volunteers replant the village orchard with old apple varieties\n\n"
                + "Photo: Mia Holt for the Packet\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Parish volunteers replant the village orchard with old apple varieties");
        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void aCaptionUnderTheDatelineDoesNotReplaceAHeadlineTheBodyRetells() {
        String dump = "Home\n\nParish volunteers replant the village orchard\n\nDecember 18, 2023\n\n"
                + "Volunteers in the village orchard with apple varieties\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Parish volunteers replant the village orchard");
    }

    @Test
    void aHeadlineFarAboveTheBodyIsFoundWhenNoneIsNearer() {
        StringBuilder furniture = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            furniture.append("Video ").append(i).append("\n\nPlay\n\n");
        }
        String dump = "Home\n\nParish volunteers replant the village orchard with old apple varieties\n\n" + furniture
                + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Parish volunteers replant the village orchard with old apple varieties");
        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void farAboveTheBodyARelatedHeadlineDoesNotReplaceANearerOne() {
        StringBuilder furniture = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            furniture.append("Video ").append(i).append("\n\nPlay\n\n");
        }
        String dump = "Home\n\nParish volunteers replant the village orchard with old apple varieties\n\n" + furniture
                + "Orchard day returns to the village\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Orchard day returns to the village");
    }

    @Test
    void aNoteBetweenHeadlineAndStandfirstDoesNotMakeTheStandfirstTheTitle() {
        String dump = "Home\n\nVillage orchard replanted with old apple varieties\n\nThis article is more than one month old\n\n"
                + "The village orchard will be replanted with old local varieties of apple and pear\n\nReuters\n\n"
                + "Fri 22 Dec 2023 12.10 CET\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Village orchard replanted with old apple varieties");
        assertThat(r.paragraphs()).contains(ORCHARD);
    }

    @Test
    void aSentenceUnderTheDatelineIsNoHeadline() {
        String dump = "Home\n\nNews\n\nDec 19, 2023 9:00 AM\n\n"
                + "Note: the parish orchard volunteers grafted the old varieties from the surviving trees.\n\n"
                + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isNull();
    }

    @Test
    void readsTheAuthorPrintedInTheDatelineBeforeTheDate() {
        String[][] cases = {
            {"Alice Penrose - Dec 21, 2023 1:00 pm UTC", "Alice Penrose"},
            {"Alice Penrose, Packet Dec 21, 2023, 06:21 AM ET", "Alice Penrose"},
            {"Alice PenroseDecember 21, 2023 Comments", "Alice Penrose"},
            {"Dec 21, 2023 at 2:56 pm | By Alice Penrose", "Alice Penrose"},
            {"[32]Alice Penrose 8:41 PM on December 21, 2023", "Alice Penrose"},
            {"By [100]Alice Penrose  on December 21, 2023", "Alice Penrose"},
        };
        for (String[] c : cases) {
            String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\n" + c[0] + "\n\n"
                    + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.dateline()).as(c[0]).isEqualTo(c[0]);
            assertThat(r.bylines()).as(c[0]).extracting(Byline::name).containsExactly(c[1]);
        }
    }

    @Test
    void aLinkMarkerBetweenByAndTheNameIsNoPartOfTheByline() {
        String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\nBy[8]Alice Penrose [9]via logo\n"
                + "21 December 2023\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Alice Penrose");
    }

    @Test
    void aLinkMarkerOfATextBrowserIsNoPartOfTheAuthorsName() {
        String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\nBy [13]Alice Penrose and [14]Tom Ellis\n\n"
                + "21 December 2023\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Alice Penrose", "Tom Ellis");
    }

    @Test
    void everyNameOfABylineListedWithCommasIsAnAuthor() {
        String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\n"
                + "By Alice Penrose, Jordan B. Ellis, Tom Ellis\n\n21 December 2023\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Alice Penrose", "Jordan B. Ellis", "Tom Ellis");
    }

    @Test
    void aBreadcrumbTrailEndingInTheHeadlineIsNotTheHeadline() {
        for (String trail : new String[] {"Home News Villages ", "News / Villages / ", "[12]Home > [13]Villages > "}) {
            String dump = "Home\n\n" + trail + "Village replants its old orchard with varieties of a century ago\n\n"
                    + "Village replants its old orchard with varieties of a century ago\n\n21 December 2023\n\n"
                    + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.title()).as(trail).isEqualTo("Village replants its old orchard with varieties of a century ago");
            assertThat(r.standfirst()).as(trail).isNull();
        }
    }

    @Test
    void aWordRunIntoTheAuthorsNameOrADateAfterItIsNoPartOfTheName() {
        String[][] cases = {
            {"By Alice PenroseTransport Correspondent", "Alice Penrose"},
            {"By Alice Penrose December 21", "Alice Penrose"},
            {"By Alice Penrose Dec. 21", "Alice Penrose"},
            {"By Alice Penrose Date published", "Alice Penrose"},
            {"By Jamie MacDonald", "Jamie MacDonald"},
            {"By Theresa May", "Theresa May"},
        };
        for (String[] c : cases) {
            String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\n" + c[0]
                    + "\n\n21 December 2023\n\n" + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.bylines()).as(c[0]).extracting(Byline::name).containsExactly(c[1]);
        }
    }

    @Test
    void twoCapitalisedWordsOverASectionNameAreNoAuthorAndRole() {
        for (String section : new String[] {"News Analysis", "Science", "Rhode Island News"}) {
            String dump = "Home\n\nLatest Stories\n\n" + section + "\n\n"
                    + "Village replants its old orchard with varieties of a century ago\n\n" + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.bylines()).as(section).isEmpty();
            assertThat(r.title()).as(section).isEqualTo("Village replants its old orchard with varieties of a century ago");
        }
        String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\nAlice Penrose\n\n"
                + "Breaking News Intern\n\n" + String.join("\n\n", ORCHARD) + "\n";

        assertThat(EXTRACTOR.extract(dump).bylines()).containsExactly(new Byline("Alice Penrose", "Breaking News Intern"));
    }

    @Test
    void aNameOnTheLineUnderABylineLabelIsTheAuthor() {
        String[][] cases = {
            {"By\nAlice Penrose\n", "Alice Penrose"},
            {"BY\nAlice Penrose, Tom Ellis\n", "Alice Penrose", "Tom Ellis"},
            {"Commentary by\n\nAlice Penrose\n\nTransport Correspondent\n", "Alice Penrose"},
            {"Author\nAlice Penrose | Sponsored\n", "Alice Penrose"},
        };
        for (String[] c : cases) {
            String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\n" + c[0]
                    + "Posted Thursday 1:30PM\n\n" + String.join("\n\n", ORCHARD) + "\n";

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.bylines()).as(c[0]).extracting(Byline::name)
                    .containsExactly(java.util.Arrays.copyOfRange(c, 1, c.length));
            assertThat(r.title()).as(c[0]).isEqualTo("Village replants its old orchard with varieties of a century ago");
        }
        String dump = "Home\n\nVillage replants its old orchard with varieties of a century ago\n\nSupported by\nGreen Orchard Fund\n\n"
                + String.join("\n\n", ORCHARD) + "\n";

        assertThat(EXTRACTOR.extract(dump).bylines()).isEmpty();
    }

    @Test
    void codeListingsSetIntoAnArticleDoNotEndIt() {
        String code = "function plant(tree) {\n  if (!tree)\n    throw new Error(\"no tree\");\n  rows.push(tree);\n"
                + "  return rows.length;\n}\n\nvar orchard = new Orchard(\"parish\");\norchard.plant(pear);\n"
                + "orchard.plant(apple);\nconsole.log(orchard.rows);\n";
        StringBuilder dump = new StringBuilder("Village replants its old orchard\n\n");
        dump.append(String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))).append("\n\n");
        String[] intros = {"The parish keeps its planting plan in code:", "And the test of it:", "Then the rows are counted:",
            "And printed for the council:"};
        for (int k = 0; k < intros.length; k++) {
            dump.append(intros[k]).append("\n\n").append(code.replace("pear", "pear" + k).replace("apple", "apple" + k)
                    .replace("parish", "parish " + k).replace(".rows)", ".rows.at(" + k + "))")).append('\n');
        }
        dump.append(String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 5))).append('\n');

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).contains(java.util.Arrays.copyOfRange(ORCHARD, 0, 5)).contains("orchard.plant(pear1);", "rows.push(tree);");
    }

    @Test
    void aQueryShownTwiceAndItsTableOfResultsStayInTheArticle() {
        String query = "SELECT variety, count(*)\nFROM orchard_rows\nGROUP BY variety;\n";
        String table = " variety │ trees\n─────────┼───────\n apple   │    41\n pear    │    17\n";
        String dump = "Village counts its orchard with a query\n\n" + ORCHARD[0] + "\n\n" + ORCHARD[1] + "\n\n" + query
                + "\n" + table + "\n" + ORCHARD[2] + "\n\n" + query + "\n" + table + "\n" + ORCHARD[3] + "\n\n" + ORCHARD[4] + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                .contains("FROM orchard_rows", "GROUP BY variety;", "apple   │    41", "variety │ trees");
        assertThat(r.paragraphs().stream().filter(p -> p.equals("GROUP BY variety;"))).hasSize(2);
    }

    /** The comments of a thread, each with its author line and a "Reply" link under it ({@code marker}: lynx's link numbers). */
    private static String thread(boolean marker) {
        String[] comments = {
            "I grew up next to that orchard and it is wonderful news that the old pears are coming back to the village at last.",
            "The council should have done this twenty years ago, when half of the trees were still alive and bearing every autumn.",
            "Does anyone know whether the volunteers still need help with the fence? I could bring tools on a Saturday morning.",
            "My grandmother used to make cider from those apples, and I would love to taste it again before long, if the trees allow.",
            "Deer will get through any fence they build, mark my words, unless it is two metres tall and dug into the ground as well.",
            "Wonderful to read about a project like this one. I hope the school children are invited to plant some of the new trees."};
        StringBuilder out = new StringBuilder("6 comments\n\n");
        for (int i = 0; i < comments.length; i++) {
            out.append("Reader ").append(i + 1).append(" · 3 March 2024 at 10:0").append(i).append("\n\n").append(comments[i])
                    .append("\n\n").append(marker ? "[" + (40 + i) + "]" : "").append("Reply\n\n");
        }
        return out.toString();
    }

    @Test
    void aThreadOfCommentsLongerThanTheArticleIsNoPartOfIt() {
        for (boolean marker : new boolean[] {false, true}) {
            String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4))
                    + "\n\n" + thread(marker);

            TextExtraction r = EXTRACTOR.extract(dump);

            assertThat(r.paragraphs()).as("marked links: %s", marker).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 4));
        }
    }

    @Test
    void teasersCutShortBeforeAReadMoreLinkAreNoPartOfTheArticle() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4))
                + "\n\nThe old pear trees of the valley are being grafted again by a nursery that has kept all of their… Read more\n\n"
                + "When the council bought the field next to the orchard, nobody thought that it would be used for… Read more »\n\n"
                + ORCHARD[4] + "\nRead More\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.body()).doesNotContain("grafted again", "bought the field");
        assertThat(r.paragraphs()).contains(java.util.Arrays.copyOfRange(ORCHARD, 0, 4));
        assertThat(Cues.teaser(ORCHARD[4] + " Read More")).as("a sentence with the next line joined to it").isFalse();
        assertThat(Cues.teaser("Read more")).as("the link alone, a prompt").isFalse();
    }

    @Test
    void aSignUpFormEndsTheArticleWhenWhatFollowsSpeaksOfOtherThings() {
        String ticker = String.join("\n\n",
                "14:44 The regional rail operator has announced that the night trains to the coast will run again from the first of May, after a winter of repairs.",
                "14:32 A museum in the capital has returned two paintings to the family of the collector who lost them during the war, after a ruling by the courts.",
                "14:10 Fishermen in the northern ports say that the new quotas for herring and mackerel will put several of the smaller crews out of work this year.",
                "13:54 The national football team has named three new players for the spring friendlies, including a goalkeeper who has never played abroad before.",
                "13:43 Heavy snow has closed the mountain pass between the two valleys for the third time this month, and the road service says it may stay shut.",
                "13:18 The central bank has kept its interest rate unchanged, saying that prices are rising more slowly than they were at the end of last summer.",
                "12:57 A lorry carrying oranges overturned on the motorway near the airport this morning, and the drivers of the cars behind it were unhurt.");
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4))
                + "\n\nGet the newsletter\n\nOur news every morning by email\n\n[                    ] [Sign up]\n\nLive\n\n" + ticker + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 4));
    }

    @Test
    void aSignUpFormSetIntoTheArticleDoesNotEndIt() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\nGet the newsletter\n\nOur news every morning by email\n\n[                    ] [Sign up]\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 7));
    }

    @Test
    void theFileNameOfAnImageIsNoText() {
        TextExtraction r = EXTRACTOR.extract("Test Case 1\n\n   performance.jpg\n\nTest Case 2\n\n   [12][performance.png]\n");

        assertThat(r.paragraphs()).containsExactly("Test Case 1", "Test Case 2");
    }

    @Test
    void aGalleryOfImagesSetIntoTheArticleDoesNotSplitIt() {
        StringBuilder dump = new StringBuilder("Home\n\nNews\n\nSport\n\n");
        for (int i = 0; i < 5; i++) {
            dump.append(ORCHARD[i]).append("\n\n");
            for (int k = 0; k < 4; k++) {
                dump.append("IMG_38").append(i).append(k).append("-orchard-row.jpg\n\n");
            }
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }

    private static final String BIO = "Alice Penrose is a reporter for the Valley Courier, where she covers farming, "
            + "villages and the countryside. She joined the paper in 2015 after ten years at a regional radio station.";

    @Test
    void theBiographyOfTheAuthorAfterTheArticleEndsIt() {
        String dump = "Village replants its old orchard\n\nBy Alice Penrose\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + "\n\n" + BIO + "\n\nAlice Penrose wrote last month about the long fight of the parish over its bus stop, "
                + "which the county council wanted to move to the main road outside the village.\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.bylines()).extracting(Byline::name).containsExactly("Alice Penrose");
        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }

    @Test
    void aPersonOfTheStoryIsNoAuthorsBiography() {
        String dump = "Village replants its old orchard\n\nBy Marta Kowalski\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + "\n\n" + BIO + "\n\n" + ORCHARD[5] + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(ORCHARD[0], ORCHARD[1], ORCHARD[2], ORCHARD[3], ORCHARD[4], BIO, ORCHARD[5]);
    }

    @Test
    void aCaptionThatCreditsItsPhotoIsNoBody() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 2))
                + "\n\nVolunteers clear brambles from the rows. (Photo: Alice Penrose)\n\n" + ORCHARD[2]
                + "\n\nThe orchard in 1910, when the parish still pressed its own cider. Credit: Parish archive\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 5))
                + "\n\nAlice Penrose/Getty Images\n\n" + ORCHARD[5] + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 6));
        assertThat(Cues.credit("Farmers may claim the credit for every tree they plant.")).isFalse();
        assertThat(Cues.credit("Growers lose their tax credit: the week in farming")).isFalse();
        assertThat(Cues.credit("The orchard in 1910 (AP Photo/Alice Penrose)")).isTrue();
    }

    @Test
    void aCaptionThatCreditsItsPhotoIsNoHeadline() {
        String caption = "The old pear trees of the parish orchard in the snow. Photo: Alice Penrose";
        String dump = "Home\n\nNews\n\n" + caption + "\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isNull();
        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }

    @Test
    void aPictureWhoseTextIsSaidTwiceOrThriceIsNoBody() {
        String twice = "Volunteers clear brambles from the rows Volunteers clear brambles from the rows";
        String thrice = "How to graft an apple tree How to graft an apple tree How to graft an apple tree";
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 2))
                + "\n\n" + twice + "\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 2, 5)) + "\n\n" + thrice
                + "\n\n" + ORCHARD[5] + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 6));
        assertThat(TextExtractor.caption("Bye Bye")).as("a word said twice").isFalse();
        assertThat(TextExtractor.caption(ORCHARD[0])).isFalse();
    }

    @Test
    void aListOfLongHeadlinesElsewhereOnThePageDoesNotOutweighTheArticle() {
        String[] headlines = {
            "Harbour town votes to keep its last ferry running after a heated council meeting that went on until well past midnight and ended with a show of hands from the whole hall, as residents feared for the island school",
            "Glaciers in the northern range shrank faster this decade than in any decade on record, according to a survey of field researchers who walked every one of them with their instruments over three long summers",
            "A lorry carrying oranges overturned on the motorway near the airport this morning and the drivers of the cars behind it were unhurt, but the road was closed for hours while the fruit was swept into the verge",
            "The central bank has kept its interest rate unchanged, saying that prices are rising more slowly than they were at the end of last summer and may even fall again by the spring if the harvest is a good one",
            "Fishermen in the northern ports say that the new quotas for herring and mackerel will put several of the smaller crews out of work this year, and some of them for good, as the boats are sold to pay the debts",
            "Heavy snow has closed the mountain pass between the two valleys for the third time this month, and the road service says that it may stay shut until the weekend while the ploughs clear the upper bends of ice",
        };
        StringBuilder dump = new StringBuilder("Village replants its old orchard\n\n");
        dump.append(String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 4)))
                .append("\n\nShare\n\nTweet\n\nEmail\n\nSubscribe\n\nAdvertisement\n\nMost read\n\n");
        for (String h : headlines) {
            dump.append("  • ").append(h).append('\n');
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 4));
    }

    @Test
    void anAffiliateDisclosureIsNoBody() {
        String disclosure = "Every product here is chosen by our editors. If you buy something through the links on this page, "
                + "we may earn a commission, which helps to support our journalism.";
        String dump = "Village replants its old orchard\n\nBy Alice Penrose\n\n" + disclosure + "\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
        assertThat(Cues.affiliate("Estate agents in the valley earn a commission of two per cent on every sale.")).isFalse();
    }

    @Test
    void aSentenceEndsBeforeTheMarksOfItsFootnotes() {
        assertThat(TextExtractor.endsSentence("It gave 40.1% of the gross energy supply.^[231]")).isTrue();
        assertThat(TextExtractor.endsSentence("It gave 40.1% of the gross energy supply.^[916][231]")).isTrue();
        assertThat(TextExtractor.endsSentence("It gave 40.1% of the supply.\"^[a]")).isTrue();
        assertThat(TextExtractor.endsSentence("It gave 40.1% of the gross energy supply^[231]")).isFalse();
        assertThat(TextExtractor.endsSentence("It gave 40.1% of the gross energy supply. [chart.png]")).as("set apart").isFalse();
        assertThat(TextExtractor.endsSentence("[231]")).isFalse();
    }

    @Test
    void keepsParagraphsThatCiteReferencesOrEndInFootnoteMarks() {
        String dump = """
                Harbour Protocol

                The harbour protocol lets a client book a berth with a port authority over the network, and it\
                 keeps the booking in step with the port's own ledger of vessels, tides and pilots at all times.

                Clients MUST send their requests over https [HTTPS], and servers MUST comply with HTTP/1.1 [HTTP]. Unless [KERBEROS] is used, every request carries a bearer token.

                In 2015 the Portmarrow terminal, Kestrel Quay and Dunmore Pier handled 40.1% of the region's 2.3 million tonnes of freight.^[12] Kestrel Quay alone took 22% in 2015.^[12]

                A server that cannot find the berth answers with a 404 response, and the client then asks the\
                 authority for the list of free berths before it tries again with another one of the same size.
                """;
        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).anyMatch(p -> p.startsWith("Clients MUST send"))
                .anyMatch(p -> p.startsWith("In 2015 the Portmarrow"));
    }

    @Test
    void keepsAParagraphThatStartsWithALinkInALynxDump() {
        String dump = """
                   [1]Home [2]News [3]Sport

                Harbour town keeps its ferry

                   The harbour town of Portmarrow will keep its last ferry running after a heated council meeting on Tuesday night, at which residents spoke for three hours.

                   [4]Portmarrow council voted by nine votes to four to pay for the ferry from its reserves until the end of the decade, when a new contract will be let.

                   The ferry carries some two hundred passengers a day in the summer, and the islands have no other link to the mainland in the winter months.

                References

                   1. https://news.example/
                   2. https://news.example/news
                   3. https://news.example/sport
                   4. https://news.example/council
                """;
        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).anyMatch(p -> p.startsWith("[4]Portmarrow council voted"));
    }

    @Test
    void theWrappedLinesOfANumberedItemHangUnderItsText() {
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n").append(wrappedOrchard(72));
        dump.append("""
                 1. The parish council, minutes of the meeting of 3 October 2024, item 7: the orchard, its
                    trees and the fence that keeps the deer out of the young trees.
                 2. Portmarrow Nursery, a list of the old local varieties of apple and pear that it can graft
                    from the cuttings of the last trees still bearing fruit.
                """);

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.blocks()).extracting(TextBlock::text).contains(
                "1. The parish council, minutes of the meeting of 3 October 2024, item 7: the orchard, its trees and the fence"
                        + " that keeps the deer out of the young trees.",
                "2. Portmarrow Nursery, a list of the old local varieties of apple and pear that it can graft from the cuttings"
                        + " of the last trees still bearing fruit.");
    }

    @Test
    void aListingThatOpensWithACommandKeepsItsOutputLines() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n$ orchard plant --row 3 --variety bramley\nplanting in row 3\n"
                + "12 trees planted, 0 trees failed, 3 rows staked, 0 rows unguarded, 4 stakes spare\n$ orchard map --row 3\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD).contains("$ orchard plant --row 3 --variety bramley", "planting in row 3",
                "12 trees planted, 0 trees failed, 3 rows staked, 0 rows unguarded, 4 stakes spare", "$ orchard map --row 3");
    }

    @Test
    void aBlockOfLinesWithCodeAmongThemIsAListingAllThrough() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\nWITH rows AS (\nSELECT\ncount(tree) AS trees,\nFROM orchard_rows;\n)\n"
                + "3        12        2024-12-09 10:00:00+00        0.75000000000000000000        t\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD).contains("WITH rows AS (", "SELECT",
                "3        12        2024-12-09 10:00:00+00        0.75000000000000000000        t");
    }

    @Test
    void aListingWhoseLinesOpenBracketsIsAListingAllThrough() {
        // a query whose clauses open brackets that close lines below: no line of it is a call or ends a statement
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\nWITH rows AS (\n   SELECT\n       row_number,\n       (trees - staked) / trees AS unguarded_share\n   FROM\n"
                + "       orchard_rows\n),\nguarded AS (\n   SELECT\n       row_number\n   FROM\n       rows\n   WHERE\n"
                + "       unguarded_share BETWEEN 0 AND 0.25\n)\nSELECT\n   *\nFROM\n   guarded\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD).contains("WITH rows AS (", "(trees - staked) / trees AS unguarded_share",
                "guarded AS (", "unguarded_share BETWEEN 0 AND 0.25");
    }

    @Test
    void theBodyOfADumpThatMarksItsLinksIsReadWithoutTheMarkers() {
        String dump = """
                   [1]Home [2]News [3]Sport [4]Weather

                Harbour town keeps its ferry

                   The harbour town of [5]Portmarrow will keep its last ferry running after a heated council meeting on Tuesday night, at which residents spoke for three hours.

                   [6]Portmarrow council voted by nine votes to four to pay for the ferry from its reserves until the end of the decade, when a new contract will be let.

                   The ferry carries some two hundred passengers a day in the summer, as it did in 2009 [2009], and the islands have no other [7]link to the mainland.^[8][12]

                   [9]Share on Facebook

                   [10]Share on Twitter
                """;
        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(
                "The harbour town of Portmarrow will keep its last ferry running after a heated council meeting on Tuesday night,"
                        + " at which residents spoke for three hours.",
                "Portmarrow council voted by nine votes to four to pay for the ferry from its reserves until the end of the decade,"
                        + " when a new contract will be let.",
                "The ferry carries some two hundred passengers a day in the summer, as it did in 2009 [2009], and the islands have"
                        + " no other link to the mainland.^[12]");
    }

    @Test
    void footnoteMarksStayInADumpThatDoesNotMarkItsLinks() {
        String dump = "Harbour town keeps its ferry\n\n" + ORCHARD[0] + "^[1]^[2]\n\n" + ORCHARD[1] + "^[3],^[4]\n\n"
                + ORCHARD[2] + "^[5]^[6]\n\n" + ORCHARD[3] + "^[7]^[8]\n\n" + ORCHARD[4] + "^[9]^[10]\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD[0] + "^[1]^[2]", ORCHARD[2] + "^[5]^[6]", ORCHARD[4] + "^[9]^[10]");
    }

    @Test
    void aChineseParagraphWithANoteAfterItsLastSentenceIsBody() {
        String p1 = "村里的果园是教区在十九世纪九十年代种下的，今年冬天将重新种上当地的老品种苹果和梨树。志愿者们整个秋天都在清理荆棘，议会也出钱修了新的围栏。";
        String p2 = "果园在过去四十年里大多无人照管，原来的树只有十几棵还在结果。邻近山谷的苗圃已经从这些树上剪下枝条嫁接，让一百年前的品种可以重新种下。";
        String p3 = "第一批新树将在十二月第二周种下，村里的学校会让每个孩子种一棵树。教区的报告已经刊登在《乡村》杂志上。（编辑/林果）";
        String dump = "村里重新种植老果园\n\n" + p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n我要分享\n\n腾讯微博\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(p1, p2, p3);
    }

    @Test
    void aSubheadingAfterAPictureBetweenParagraphsIsBody() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n[orchard-map]\n\n[orchard-rows]\n\nThe new trees\n\n"
                + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains("The new trees").doesNotContain("[orchard-map]");
    }

    @Test
    void aTerminatorFollowedByPicturesAndTeasersEndsTheArticle() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 5))
                + "\n\nRelated coverage\n\n[storm-photo]\n\n"
                + "Storm closes the coast road for a week A storm that swept in from the sea on Sunday night has washed away part of"
                + " the coast road, and the county says that it will take at least a week to rebuild the sea wall under it.\n\n"
                + "[library-photo]\n\n"
                + "Library to open on Sundays The town library will open its doors on Sunday afternoons from next month, after a"
                + " survey of its readers found that most of them would rather borrow their books at the weekend than after work.\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(java.util.Arrays.copyOfRange(ORCHARD, 0, 5));
    }

    @Test
    void teasersUnderHeadlinesDrawnTwiceDoNotContinueTheArticle() {
        StringBuilder dump = new StringBuilder("Village replants its old orchard\n\n")
                .append(String.join("\n\n", ORCHARD)).append("\n\nRelated\n\n");
        String[][] teasers = {
            {"Parish plants a hedge along the orchard fence", "The parish council has planted a hedge of hawthorn and hazel along"
                    + " the new orchard fence, so that birds can nest near the young apple and pear trees this winter."},
            {"School children name the orchard trees", "Children from the village school have given names to the old apple trees"
                    + " of the orchard, and a map of the names will hang in the church porch until the apple day."},
        };
        for (String[] t : teasers) {
            dump.append("[12]").append(t[0]).append("\n\n[13]").append(t[0]).append("\n\n").append(t[1]).append("\n\nMarch 17, 2016\n\n");
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void theLabelsOfAdvertisementsSetBetweenParagraphsAreNoBody() {
        String dump = "Village replants its old orchard\n\n" + String.join("\n\nAdvertising\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aTableOfPicturesCostsByItsWordsNotByTheLengthOfTheFileNames() {
        // a converter that prints a picture's whole file name draws the same rows as one that cuts it to "[f]"
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 6; row++) {
            rows.append("Row ").append(row).append(" [orchard-row-").append(row).append("-before-planting.jpg] [orchard-row-")
                    .append(row).append("-after-planting.jpg] [orchard-row-").append(row).append("-in-blossom.jpg]\n\n");
        }
        String dump = "Village replants its old orchard\n\n" + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 0, 3))
                + "\n\n" + rows + String.join("\n\n", java.util.Arrays.copyOfRange(ORCHARD, 3, 7)) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.paragraphs()).contains(ORCHARD).noneMatch(p -> p.startsWith("Row "));
    }

    @Test
    void aPictureRightUnderAParagraphIsABlockOfItsOwn() {
        // lynx sets a picture's file name on the line under a paragraph, with no blank line between
        StringBuilder dump = new StringBuilder("   Village replants its old orchard\n\n");
        for (int i = 0; i < ORCHARD.length; i++) {
            dump.append(wrapped(ORCHARD[i], 72)).append("   [orchard-photo-").append(i).append("-taken-from-the-church-tower.jpg]\n\n");
        }

        TextExtraction r = EXTRACTOR.extract(dump.toString());

        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void theLinkMarkersOfADatelineAreNoWordsOfIt() {
        // "Alice Penrose March 12, 2024 Comment now!", eight words, as a converter that does not mark its links prints it
        String dateline = "[14]Alice Penrose March 12, 2024 [15]Comment now!";
        String dump = "Village replants its old orchard\n\n" + dateline + "\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.dateline()).isEqualTo(dateline);
        assertThat(r.paragraphs()).containsExactly(ORCHARD);
    }

    @Test
    void aHeadlineThatIsALinkIsReadWithoutItsMarker() {
        String dump = "[1]Home\n\n[2]News\n\n[3]Sport\n\n[4]Weather\n\n[5]Travel\n\n[59]Village replants its old orchard\n\n"
                + "Published 12 March 2024\n\n" + String.join("\n\n", ORCHARD) + "\n";

        TextExtraction r = EXTRACTOR.extract(dump);

        assertThat(r.title()).isEqualTo("Village replants its old orchard");
        assertThat(r.dateline()).isEqualTo("Published 12 March 2024");
    }
}

package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void aTeaserEndsInALinkToReadOnInAnyCaseAndLanguage() {
        assertThat(Cues.teaser("The council bought the field next to the orchard for… READ MORE")).isTrue();
        assertThat(Cues.teaser("Der Gemeinderat hat das Feld neben dem Obstgarten gekauft, um … Weiterlesen »")).isTrue();
        assertThat(Cues.teaser("El ayuntamiento compró el campo junto al huerto para… Leer más")).isTrue();
        assertThat(Cues.teaser("El ayuntamiento compró el campo junto al huerto para… LEER MÁS")).isTrue();
        assertThat(Cues.teaser("The council bought the field next to the orchard for… Read more Read more »")).isTrue();
    }

    @Test
    void aTeaserNeedsTheWholeLinkAtTheEnd() {
        assertThat(Cues.teaser("The council bought the field next to the orchard for… Read")).isFalse();
        assertThat(Cues.teaser("The council bought the field next to the orchard for… Spread more")).isFalse();
        assertThat(Cues.teaser("The council bought the field next to the orchard. Read more")).isFalse();
        assertThat(Cues.teaser("»")).isFalse();
    }

    @Test
    void anImageFileIsAFileNameWithTheExtensionOfAnImage() {
        assertThat(Cues.imageFile("performance.jpg")).isTrue();
        assertThat(Cues.imageFile("[photo_2.PNG]")).isTrue();
        assertThat(Cues.imageFile("IMG_3801.jpeg")).isTrue();
        assertThat(Cues.imageFile("a.webp]")).isTrue();
        assertThat(Cues.imageFile("x.gif")).isTrue();
        assertThat(Cues.imageFile(".jpg")).as("the extension alone").isFalse();
        assertThat(Cues.imageFile(".jpeg")).as("the extension alone").isFalse();
        assertThat(Cues.imageFile("my photo.jpg")).as("words").isFalse();
        assertThat(Cues.imageFile("performance.pdf")).isFalse();
        assertThat(Cues.imageFile("jpg")).isFalse();
        assertThat(Cues.imageFile("")).isFalse();
    }

    @Test
    void aCreditPhraseIsFoundInAnyCaseAsStringCaseFoldingFindsIt() {
        assertThat(Cues.credit("Volunteers clear the rows. PHOTO BY ALICE PENROSE")).isTrue();
        assertThat(Cues.credit("Volunteers clear the rows. Photo: Alice Penrose")).isTrue();
        assertThat(Cues.credit("Alice Penrose/Getty Images")).isTrue();
        assertThat(Cues.credit("Alice Penrose/Getty")).as("the phrase cut at the end").isFalse();
        assertThat(Cues.credit("Volunteers clear the rows. Photon bursts")).isFalse();
        // String.regionMatches folds the long s (U+017F) to an s and the Kelvin sign to a k
        assertThat(Cues.credit("Alice Penrose/Shutter\u017Ftoc\u212A")).isTrue();
        assertThat(Cues.credit("Alice Penrose/Shutter\u00DFtock")).isFalse();
    }

    @Test
    void anUpperCaseWordInBracketsIsAButtonUnlessASentenceCitesItAsAReference() {
        assertThat(Cues.hasFormWidget("Email address [SUBMIT]")).isTrue();
        assertThat(Cues.hasFormWidget("[SEARCH] Go")).isTrue();
        assertThat(Cues.hasFormWidget("Clients MUST comply with HTTP/1.1 [HTTP].")).isFalse();
        assertThat(Cues.hasFormWidget("Requests go over https [HTTPS], and servers answer them.")).isFalse();
        assertThat(Cues.hasFormWidget("Unless [KERBEROS] is used, a token is sent.")).isFalse();
        assertThat(Cues.hasFormWidget("Unless [KERBEROS] is used, a token is sent [ ]")).as("a check box besides").isTrue();
    }

    @Test
    void aUnitLedByALinkIsALinkUnlessItReadsOnAsASentenceOfProse() {
        assertThat(Cues.linky("[12]Harbour town keeps its last ferry", 6, false)).isTrue();
        assertThat(Cues.linky("[12]Ferry vote: what the council decided.", 6, true)).as("a short sentence").isTrue();
        assertThat(Cues.linky("[12]Ferry vote in Portmarrow as the council meets again tonight and the residents of the harbour wait", 18, false))
                .as("no sentence end").isTrue();
        String prose = "[12]Portmarrow council voted on Tuesday to keep the last ferry to the islands running for at least another ten years.";
        assertThat(Cues.linky(prose, 21, true)).isFalse();
    }

    @Test
    void aSentenceWithALinkEveryFewWordsIsProseButAFlattenedLinkListIsNot() {
        assertThat(Cues.linky("[1]Home [2]News [3]Sport [4]Weather [5]Jobs [6]Contact", 6, false)).isTrue();
        assertThat(Cues.linky("News: [1]Ferry, [2]Harbour, [3]Council, [4]Islands, [5]Tides and [6]Weather.", 8, true)).isTrue();
        String prose = "The votes are counted by [1]hand. The count, including the postal votes, is kept by [2]Anna Kerr, [3]Tom Ellis and [4]Ruth Moss.";
        assertThat(Cues.linky(prose, 22, true)).isFalse();
    }

    /** A unit measured and read as the extractor reads a line of a dump. */
    private static Unit read(String text) {
        Unit u = new Unit(text, false, true);
        u.measure(text.toCharArray(), text.length(), new int[text.length() + 2]);
        Cues.read(u);
        return u;
    }

    @Test
    void sharePromptsAndAdLabelsAreChromeInPolishRussianCzechAndEastAsianLanguages() {
        assertThat(read("Udostępnij").chrome).isTrue();
        assertThat(read("Zaloguj się").chrome).isTrue();
        assertThat(read("ПОДЕЛИТЬСЯ").chrome).as("in capitals").isTrue();
        assertThat(read("Реклама").chrome).isTrue();
        assertThat(read("Sdílet článek").chrome).isTrue();
        assertThat(read("【広告】").chrome).isTrue();
        assertThat(read("로그인").chrome).isTrue();
        assertThat(read("Антиреклама").chrome).as("inside a word").isFalse();
    }

    @Test
    void relatedAndCommentHeadingsEndTheArticleInPolishRussianCzechAndEastAsianLanguages() {
        assertThat(read("Czytaj też").chrome).isTrue();
        assertThat(read("Читайте также:").chrome).isTrue();
        assertThat(read("Powiązane artykuły").terminator).isTrue();
        assertThat(read("Материалы по теме").terminator).isTrue();
        assertThat(read("Související").terminator).isTrue();
        assertThat(read("Právě se děje").terminator).isTrue();
        assertThat(read("【関連記事】").terminator).isTrue();
        assertThat(read("相關閱讀").terminator).isTrue();
        assertThat(read("관련 기사").terminator).isTrue();
        Unit comments = read("Komentarze (12)");
        assertThat(comments.terminator).isTrue();
        assertThat(comments.cues & Cues.COMMENT_CUE).isNotZero();
        assertThat(read("Комментарии").terminator).isTrue();
    }

    @Test
    void aTeaserEndsInALinkToReadOnInPolishRussianAndCzechToo() {
        assertThat(Cues.teaser("Rada gminy kupiła pole obok sadu, aby… Czytaj więcej")).isTrue();
        assertThat(Cues.teaser("Совет купил поле рядом с садом, чтобы… Читать далее")).isTrue();
        assertThat(Cues.teaser("Obec koupila pole vedle sadu, aby… Číst dál")).isTrue();
    }
}

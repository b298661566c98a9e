package org.dateline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class NodesTest {
    @Test
    void aTextOfSpacesNoBreakSpacesAndInvisibleCharactersIsBlank() {
        assertThat(Nodes.isBlank(" \n\t\u00a0\u200b\u00ad ")).isTrue();
        assertThat(Nodes.isBlank("")).isTrue();
        assertThat(Nodes.isBlank("  x ")).isFalse();
        assertThat(Nodes.isBlank("\u2003")).isFalse();
    }

    @Test
    void visibleCharactersLeaveOutWhatNormalisingAndTrimmingDrop() {
        assertThat(Nodes.visibleChars(" a\u00a0b \u200bc\u0001 ", 100)).isEqualTo(3);
        assertThat(Nodes.visibleChars("abcdef", 4)).isEqualTo(4);
    }

    @Test
    void anElementsTextIsSurelyLongerThanItsVisibleCharacters() {
        Element e = Jsoup.parse("<div> <span>one two</span>\n <b>three</b> </div>").selectFirst("div");

        assertThat(e.text()).isEqualTo("one two three");
        assertThat(Nodes.textLongerThan(e, 10)).isTrue();
        assertThat(Nodes.textLongerThan(e, 11)).isFalse();
        assertThat(Nodes.textLongerThan(e, 13)).isFalse();
    }

    @Test
    void theNormalisedStartIsTheStartOfTheNormalisedText() {
        String raw = " \n  Karlsruhe,\u00a0\u00a0(12.11.2021).\u200b  Traditionell " + "lädt die Stadt ".repeat(40);
        String whole = new TextNode(raw).text().stripLeading();

        assertThat(Nodes.normalisedStart(raw, 40)).isEqualTo(whole.substring(0, 40));
        assertThat(Nodes.normalisedStart("  short  ", 40)).isEqualTo("short ");
        assertThat(Nodes.normalisedStart(" ".repeat(500) + "late start", 40)).isEqualTo("late start");
    }

    @Test
    void theTextOfATextNodeIsItsRawTextWhenThatIsAlreadyNormalised() {
        for (String raw : new String[] {"By Jane Doe", " By  Jane", "By\nJane", "a\u00a0b", "soft\u00adhyphen", " lead", ""}) {
            assertThat(Nodes.text(new TextNode(raw))).isEqualTo(new TextNode(raw).text());
        }
        String plain = "By Jane Doe";
        assertThat(Nodes.text(new TextNode(plain))).isSameAs(plain);
    }

    @Test
    void theElementWalkVisitsEveryElementUnderTheRootInDocumentOrderAndStopsAtTheRoot() {
        Element root = Jsoup.parse("<div id=r><p id=a><b id=b>x</b> text</p><ul id=c><li id=d></li></ul></div><p id=after>")
                .getElementById("r");
        StringBuilder ids = new StringBuilder();
        for (Element el = root; el != null; el = Nodes.nextElement(el, root)) {
            ids.append(el.id()).append(' ');
        }

        assertThat(ids.toString()).isEqualTo("r a b c d ");
    }
}

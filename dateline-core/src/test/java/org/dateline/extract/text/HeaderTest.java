package org.dateline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pieces of the header reader. */
class HeaderTest {
    @Test
    void wordsAreThoseOfASplitAtWhitespace() {
        for (String text : new String[] {"By Alice Penrose", "Alice  Penrose,\tTransport Correspondent", " leading",
                "trailing \f", "\u000Bvertical tab", "one", "", " ", "a\u00a0b c", "By\r\nJo  |  Staff Writer"}) {
            assertThat(Header.words(text)).as("[%s]", text).containsExactly(text.split("\\s+"));
        }
    }

    @Test
    void theFirstWordsAreThoseTheWholeSplitStartsWith() {
        for (String text : new String[] {"Alice Penrose is a reporter at the Courier", "Alice  Penrose,\tTransport Correspondent",
                " leading and more words here", "trailing \f", "a b c d e ", "a b c d e  f", "one", "", " ", "  ", "a\u00a0b c"}) {
            String[] all = Header.words(text);
            for (int max = 1; max <= 6; max++) {
                assertThat(Header.firstWords(text, max)).as("[%s] %d", text, max)
                        .containsExactly(java.util.Arrays.copyOf(all, Math.min(all.length, max)));
            }
        }
    }

    @Test
    void moreWordsThanAMaximumAreCountedAsTheSplitFindsThem() {
        for (String text : new String[] {"By Alice Penrose", "Alice  Penrose,\tTransport Correspondent", "one", "x",
                "a\u00a0b c", "By\r\nJo  |  Staff Writer", "Commentary by"}) {
            for (int max = 0; max <= 5; max++) {
                assertThat(Header.hasMoreWords(text, max)).as("[%s] %d", text, max).isEqualTo(Header.words(text).length > max);
            }
        }
    }

    @Test
    void theHeadlineTheBodyRetellsIsFoundWhateverTheCaseOfItsWords() {
        String body = "Die Freiwilligen der Gemeinde pflanzen den Obstgarten des Dorfes mit alten Apfelsorten neu, "
                + "veredelt von den zwölf Bäumen, die noch Früchte tragen.\n\n"
                + "Der Obstgarten wurde in den vergangenen vierzig Jahren sich selbst überlassen, und nur ein Dutzend "
                + "der ursprünglichen Bäume trägt noch Früchte.\n\n"
                + "Eine Baumschule im Nachbartal hat Reiser dieser Bäume veredelt, damit die Sorten von damals wieder "
                + "gepflanzt werden können.\n";
        for (String headline : new String[] {"Freiwillige pflanzen den Obstgarten mit alten Apfelsorten neu",
            "FREIWILLIGE PFLANZEN DEN OBSTGARTEN MIT ALTEN APFELSORTEN NEU", "Zwölf Bäume tragen im Obstgarten noch Früchte",
            "ZWÖLF BÄUME TRAGEN IM OBSTGARTEN NOCH FRÜCHTE"}) {
            String dump = "Startseite\n\nNachrichten\n\n" + headline + "\n\nFoto: Mia Holt für den Boten\n\n" + body;

            TextExtraction r = TextExtractor.create().extract(dump);

            assertThat(r.title()).as(headline).isEqualTo(headline);
        }
    }
}

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
        assertThat(Cues.credit("Foto:")).as("the shortest phrase, alone").isTrue();
        assertThat(Cues.credit("FOTO: Alice Penrose")).isTrue();
        assertThat(Cues.credit("The rows cleared, photos: Alice Penrose")).isTrue();
        assertThat(Cues.credit("Fotos")).isFalse();
        assertThat(Cues.credit("Volunteers clear the rows. Photon bursts")).isFalse();
        // String.regionMatches folds the long s (U+017F) to an s and the Kelvin sign to a k
        assertThat(Cues.credit("Alice Penrose/Shutter\u017Ftoc\u212A")).isTrue();
        assertThat(Cues.credit("Alice Penrose/Shutter\u00DFtock")).isFalse();
    }
}

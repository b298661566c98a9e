package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void decodesWellFormedTextAsTheJdkDoes() {
        String text = "Plain ASCII longer than eight bytes – «Grüße» 東京 😀 and more ASCII after it.";
        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(Utf8.decode(new byte[0])).isEmpty();
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        assertThat(Utf8.decode(bytes('a', 0x80, 'b'))).as("stray continuation byte").isNull();
        assertThat(Utf8.decode(bytes('a', 0xE9, 't', 'e'))).as("Latin-1 é").isNull();
        assertThat(Utf8.decode(bytes(0xC0, 0x80))).as("overlong NUL").isNull();
        assertThat(Utf8.decode(bytes(0xE0, 0x80, 0x80))).as("overlong three bytes").isNull();
        assertThat(Utf8.decode(bytes(0xED, 0xA0, 0x80))).as("surrogate").isNull();
        assertThat(Utf8.decode(bytes(0xF4, 0x90, 0x80, 0x80))).as("beyond U+10FFFF").isNull();
        assertThat(Utf8.decode(bytes('a', 'b', 0xE2, 0x82))).as("cut off at the end").isNull();
    }

    @Test
    void agreesWithTheJdkOnRandomMixesOfAsciiAndMultiByteSequences() {
        Random random = new Random(42);
        String[] pieces = {"a", "plain text ", "é", "–", "東", "😀", "\n"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            if (b.length > 0 && random.nextInt(3) == 0) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256); // maybe breaks a sequence
            }
            String jdk = new String(b, StandardCharsets.UTF_8);
            String decoded = Utf8.decode(b);
            if (decoded != null) {
                assertThat(decoded).isEqualTo(jdk);
            } else {
                assertThat(jdk).contains("\uFFFD");
            }
        }
    }
}

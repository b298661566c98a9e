package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Decoding pages: BOM, then HTTP header, then meta, then UTF-8 validity, then the detector. */
class CharsetsTest {
    private static final String FRENCH = "Le festival d'été de Valcourt réduit son budget. La municipalité, confrontée à la hausse "
            + "des coûts de l'énergie, a décidé de diminuer sa subvention. « Nous avons dû faire des choix difficiles », "
            + "a expliqué le maire. Les organisateurs assurent que la programmation principale sera maintenue.";
    private static final String JAPANESE = "東京都は十四日、新しい防災計画を発表した。計画では、大規模な地震が発生した場合に備えて、"
            + "避難所の数を増やし、食料や水の備蓄を拡充する。都の担当者は「住民の安全を最優先に考えた」と話している。"
            + "また、外国人観光客向けの多言語による情報提供も強化するという。";
    private static final String CHINESE = "北京市政府十四日发布新的城市交通规划。根据规划，未来五年内将新建多条地铁线路，"
            + "并扩大公共自行车系统的覆盖范围。市交通委员会负责人表示，这些措施旨在缓解交通拥堵，改善空气质量。"
            + "专家认为，这一规划将对城市发展产生深远影响。";

    private static byte[] page(String text, String charset, String head) {
        return ("<html><head>" + head + "<title>t</title></head><body><p>" + text + "</p></body></html>").getBytes(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{0} declared in a meta tag")
    @CsvSource({"UTF-8, FRENCH", "windows-1252, FRENCH", "ISO-8859-1, FRENCH", "Shift_JIS, JAPANESE", "GB18030, CHINESE"})
    void decodesPagesDeclaredInAMetaTag(String charset, String sample) {
        String text = sample(sample);
        Decoded d = Charsets.decode(page(text, charset, "<meta charset=\"" + charset + "\">"), null);
        assertThat(d.text()).contains(text);
        assertThat(d.source()).isIn(CharsetSource.META, CharsetSource.UTF8_VALID);
    }

    @ParameterizedTest(name = "{0} declared in the HTTP header")
    @CsvSource({"UTF-8, FRENCH", "windows-1252, FRENCH", "ISO-8859-1, FRENCH", "Shift_JIS, JAPANESE", "GB18030, CHINESE"})
    void decodesPagesDeclaredInTheHttpHeader(String charset, String sample) {
        String text = sample(sample);
        Decoded d = Charsets.decode(page(text, charset, ""), "text/html; charset=" + charset);
        assertThat(d.text()).contains(text);
    }

    @ParameterizedTest(name = "undeclared {0}")
    @CsvSource({"UTF-8, FRENCH", "windows-1252, FRENCH", "ISO-8859-1, FRENCH", "Shift_JIS, JAPANESE", "GB18030, CHINESE"})
    void decodesUndeclaredPagesByValidityOrDetection(String charset, String sample) {
        String text = sample(sample);
        Decoded d = Charsets.decode(page(text, charset, ""), null);
        assertThat(d.text()).contains(text);
        assertThat(d.source()).isIn(CharsetSource.UTF8_VALID, CharsetSource.DETECTED);
    }

    @Test
    void aByteOrderMarkWinsOverEveryDeclaration() {
        byte[] body = page(FRENCH, "UTF-16LE", "<meta charset=windows-1252>");
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Decoded d = Charsets.decode(withBom, "text/html; charset=iso-8859-1");
        assertThat(d.source()).isEqualTo(CharsetSource.BOM);
        assertThat(d.text()).contains(FRENCH);
    }

    @Test
    void theHttpHeaderWinsOverTheMetaTag() {
        Decoded d = Charsets.decode(page(JAPANESE, "Shift_JIS", "<meta charset=utf-8>"), "text/html; charset=Shift_JIS");
        assertThat(d.source()).isEqualTo(CharsetSource.HTTP);
        assertThat(d.text()).contains(JAPANESE);
    }

    @Test
    void utf8DeclaredOverWindows1252BytesIsOverruled() {
        Decoded d = Charsets.decode(page(FRENCH, "windows-1252", "<meta charset=utf-8>"), null);
        assertThat(d.text()).contains(FRENCH);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void latin1DeclaredOverUtf8BytesIsReadAsUtf8() {
        Decoded d = Charsets.decode(page(FRENCH, "UTF-8", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"), null);
        assertThat(d.text()).contains(FRENCH);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aPageDeclaredGbkButSavedAsUtf8IsReadAsUtf8() {
        Decoded d = Charsets.decode(page(CHINESE, "UTF-8", "<meta charset=gb2312>"), null);
        assertThat(d.text()).contains(CHINESE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aGbkPageDeclaredGbkStaysGbk() {
        Decoded d = Charsets.decode(page(CHINESE, "GB18030", "<meta charset=gb2312>"), null);
        assertThat(d.text()).contains(CHINESE);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
    }

    @Test
    void aUtf8PageCutInsideACharacterIsStillUtf8() {
        byte[] full = page(FRENCH + " é", "UTF-8", "");
        byte[] cut = java.util.Arrays.copyOf(full, new String(full, StandardCharsets.UTF_8).indexOf(" é") + 2);
        cut[cut.length - 1] = (byte) 0xC3; // the first byte of "é", its second byte lost
        assertThat(Charsets.decode(cut, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void iso88591DecodesAsWindows1252LikeBrowsers() {
        assertThat(Charsets.forLabel("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(Charsets.forLabel("gb2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(Charsets.forLabel("no-such-charset")).isNull();
    }

    private static String sample(String name) {
        return switch (name) {
            case "FRENCH" -> FRENCH;
            case "JAPANESE" -> JAPANESE;
            case "CHINESE" -> CHINESE;
            default -> throw new IllegalArgumentException(name);
        };
    }
}

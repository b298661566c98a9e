package org.dateline.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes to text, choosing the charset from the strongest evidence.
 *
 * <p>The order is the HTML standard's, with two corrections for declarations that are wrong in
 * practice: (1) a byte-order mark; (2) the HTTP {@code Content-Type} charset; (3) a
 * {@code <meta>} declaration in the first 4 KiB; (4) without a declaration, UTF-8 if the bytes are
 * (almost all) valid UTF-8, else a statistical detector (juniversalchardet), else windows-1252. The
 * corrections: a declared UTF-8 page whose bytes are not UTF-8 goes to the detector, and a page
 * declared in another charset whose non-ASCII bytes all form valid UTF-8 sequences is UTF-8 (such
 * byte sequences are vanishingly rare in real Latin-1 text, and in GBK or Shift_JIS text once
 * there are a few dozen of them). As in browsers,
 * ISO-8859-1 and US-ASCII declarations decode as windows-1252, and GB2312 as GB18030.
 *
 * <p>Stateless and thread-safe.
 */
public final class Charsets {
    /** How far into the page to look for a {@code <meta>} declaration. */
    static final int META_PRESCAN_BYTES = 4096;
    /** How many bytes the detector sees; enough for a confident guess, cheap on huge pages. */
    private static final int DETECTOR_BYTES = 64 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    /**
     * A page declared in a multi-byte charset (GBK, Shift_JIS...) whose bytes hold at least this many
     * UTF-8 sequences and no invalid byte was saved as UTF-8: text in those charsets does not form
     * that many valid UTF-8 sequences by chance.
     */
    private static final int MIN_UTF8_SEQUENCES_OVER_MULTIBYTE = 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /**
     * Decodes {@code content}, taking the charset from a BOM, the HTTP header, the page's
     * {@code <meta>}, UTF-8 validity or a detector, in that order.
     *
     * @param content     the raw bytes
     * @param contentType the HTTP {@code Content-Type} header value, or {@code null}
     */
    public static Decoded decode(byte[] content, @Nullable String contentType) {
        Decoded bom = decodeBom(content);
        if (bom != null) {
            return bom;
        }
        Charset declared = contentType == null ? null : charsetParameter(contentType);
        CharsetSource source = CharsetSource.HTTP;
        if (declared == null) {
            declared = metaCharset(content);
            source = CharsetSource.META;
        }
        if (declared != null) {
            return decodeDeclared(content, declared, source);
        }
        String utf8 = utf8(content);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8, CharsetSource.UTF8_VALID) : detect(content);
    }

    private static Decoded decodeDeclared(byte[] content, Charset declared, CharsetSource source) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            String utf8 = utf8(content);
            return utf8 != null ? new Decoded(utf8, declared, source) : detect(content);
        }
        Utf8Scan scan = Utf8Scan.of(content);
        int needed = isSingleByteWestern(declared) ? 1 : MIN_UTF8_SEQUENCES_OVER_MULTIBYTE;
        if (scan.multiByte() >= needed && scan.invalid() == 0) {
            return new Decoded(new String(content, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.UTF8_VALID);
        }
        return new Decoded(new String(content, declared), declared, source);
    }

    /**
     * The bytes decoded as UTF-8 if they read as UTF-8 ({@link Utf8Scan#plausible}), else
     * {@code null}. Well-formed UTF-8, most pages, is decoded in one pass; the rest is scanned,
     * then decoded with replacement characters if a rare stray byte is all that is wrong.
     */
    private static @Nullable String utf8(byte[] content) {
        String text = Utf8.decode(content);
        if (text != null) {
            return text;
        }
        return Utf8Scan.of(content).plausible() ? new String(content, StandardCharsets.UTF_8) : null;
    }

    private static Decoded detect(byte[] content) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(content, 0, Math.min(content.length, DETECTOR_BYTES));
        detector.dataEnd();
        Charset detected = forLabel(detector.getDetectedCharset());
        if (detected != null) {
            return new Decoded(new String(content, detected), detected, CharsetSource.DETECTED);
        }
        return new Decoded(new String(content, WINDOWS_1252), WINDOWS_1252, CharsetSource.DEFAULT);
    }

    private static @Nullable Decoded decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, CharsetSource.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, CharsetSource.BOM);
        }
        return null;
    }

    /** The charset named by a {@code Content-Type} value's parameter, if known to the JVM. */
    public static @Nullable Charset charsetParameter(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forLabel(m.group(1)) : null;
    }

    /** The charset declared by a {@code <meta>} tag in the first 4 KiB, if any and known. */
    static @Nullable Charset metaCharset(byte[] content) {
        if (!hasMetaTag(content, Math.min(content.length, META_PRESCAN_BYTES))) {
            return null; // most text pages, and no pattern run over them
        }
        String head = new String(content, 0, Math.min(content.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = forLabel(m.group(1));
            if (cs != null) {
                // a page that says UTF-16 in an ASCII-compatible <meta> is not UTF-16 (HTML standard)
                return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
            }
        }
        return null;
    }

    /** Whether {@code <meta} occurs in {@code content[0, n)}, ignoring case: where {@link #META_CHARSET} can match. */
    private static boolean hasMetaTag(byte[] content, int n) {
        for (int i = 0; i + 4 < n; i++) {
            if (content[i] == '<' && (content[i + 1] | 0x20) == 'm' && (content[i + 2] | 0x20) == 'e'
                    && (content[i + 3] | 0x20) == 't' && (content[i + 4] | 0x20) == 'a') {
                return true;
            }
        }
        return false;
    }

    /**
     * The charset for an encoding label, with the browser aliases (the WHATWG Encoding standard)
     * that matter for web pages, or {@code null} if the label is unknown.
     */
    public static @Nullable Charset forLabel(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "x-cp1252":
                return WINDOWS_1252;
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "x-euc-cn":
                return Charset.forName("GB18030");
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j":
                return Charset.forName("windows-31j");
            case "utf8", "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteWestern(Charset cs) {
        String n = cs.name();
        return n.equals("windows-1252") || n.startsWith("ISO-8859-") || n.equals("US-ASCII") || n.equals("windows-1250");
    }
}

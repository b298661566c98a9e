package org.dateline.page;

/**
 * Counts of well-formed multi-byte UTF-8 sequences and of invalid bytes in a byte array: the
 * evidence that a page is UTF-8 whatever it declares. A sequence cut off by the end of the array
 * (a truncated page) does not count as invalid.
 */
record Utf8Scan(int multiByte, int invalid) {
    /** Up to one stray byte per this many good sequences still reads as UTF-8 with a few typos. */
    private static final int GOOD_PER_BAD = 50;

    static Utf8Scan of(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                invalid++;
                i++;
                continue;
            }
            if (i + len > n) {
                break; // truncated at the end of the content
            }
            int cp = c & (0xFF >> (len + 1));
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                multi++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multi, invalid);
    }

    /** Whether the bytes read as UTF-8: no invalid byte, or a rare one among many good sequences. */
    boolean plausible() {
        return invalid == 0 || (multiByte >= GOOD_PER_BAD && invalid * GOOD_PER_BAD <= multiByte);
    }
}

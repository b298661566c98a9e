package org.dateline.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses human sizes: {@code 512}, {@code 64KB}, {@code 20MB}, {@code 1GB} (powers of 1024). */
final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    static long parse(String s) {
        Matcher m = SIZE.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size '" + s + "', expected e.g. 512KB or 20MB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long bytes = switch (unit.charAt(0)) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> n;
        };
        if (bytes <= 0) {
            throw new IllegalArgumentException("size must be positive: '" + s + "'");
        }
        return bytes;
    }
}

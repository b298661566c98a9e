package org.dateline.meta.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates in a URL path: {@code /2022/03/25/}, {@code /2022-03-25-title}, {@code /20220325/},
 * {@code _2022_03_25}, {@code /2022/mar/25/}, {@code /25-03-2022-title} (day first, as {@link DateText} reads
 * numeric dates that are not slashed, unless the day can only be second: {@code 03-25-2022});
 * {@code /2022/03/} gives the month only. Query strings and hosts are not read.
 */
public final class UrlDates {
    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d])((?:199[5-9]|20\\d{2}))([/_.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("(?<=[/_.-])((?:199[5-9]|20\\d{2}))(\\d{2})(\\d{2})(?=[/_.-]|$)");
    /** /2020/oct/02/, /2023/dec/21/: an English month name or its three-letter abbreviation. */
    private static final Pattern NAMED = Pattern.compile(
            "/((?:199[5-9]|20\\d{2}))/(\\p{Alpha}{3,9})/(\\d{1,2})(?=/|$)", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** 25-03-2022, 25.03.2022, 25_03_2022 as a path segment or a slug's part. */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<=[/_-])(\\d{1,2})([_.-])(\\d{1,2})\\2((?:199[5-9]|20\\d{2}))(?=[/_.-]|$)");
    private static final Pattern MONTH = Pattern.compile("/((?:199[5-9]|20\\d{2}))/(\\d{1,2})(?=/)");

    private UrlDates() {
    }

    /** The date in the URL's path, or {@code null}. */
    public static @Nullable DateValue find(String url) {
        String path = path(url);
        Matcher m = DAY.matcher(path);
        if (m.find() && !slugNumber(path, m)) {
            DateValue v = day(m.group(1), m.group(3), m.group(4));
            if (v != null) {
                return v;
            }
        }
        m = NAMED.matcher(path);
        if (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTH_NAMES.size(); i++) {
                String month = MONTH_NAMES.get(i);
                if (name.equals(month) || name.length() == 3 && month.startsWith(name)) {
                    DateValue v = day(m.group(1), String.valueOf(i + 1), m.group(3));
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        m = COMPACT.matcher(path);
        if (m.find()) {
            DateValue v = day(m.group(1), m.group(2), m.group(3));
            if (v != null) {
                return v;
            }
        }
        m = DAY_FIRST.matcher(path);
        if (m.find()) {
            boolean monthFirst = Integer.parseInt(m.group(3)) > 12;
            DateValue v = day(m.group(4), m.group(monthFirst ? 1 : 3), m.group(monthFirst ? 3 : 1));
            if (v != null) {
                return v;
            }
        }
        m = MONTH.matcher(path);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new DateValue(LocalDate.of(Integer.parseInt(m.group(1)), month, 1), null, null, Precision.MONTH);
            }
        }
        return null;
    }

    /**
     * Whether the "day" of {@code /2023/10/3-fragen-an} or {@code /2023/12/16-new-officers} opens
     * the title: after a month folder, a number joined by a hyphen to the next word is the slug's.
     */
    private static boolean slugNumber(String path, Matcher m) {
        return m.group(2).equals("/") && m.end() < path.length() && path.charAt(m.end()) == '-';
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return url.substring(start, end);
    }

    private static @Nullable DateValue day(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return DateValue.ofDay(LocalDate.of(year, month, day));
    }
}

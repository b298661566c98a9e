package org.dateline.meta.date;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates written in text: {@code Friday 25 March 2022 16:04 GMT}, {@code 25. März 2022},
 * {@code 25 de marzo de 2022}, {@code March 25, 2022 at 4:04 p.m. ET}, {@code 25 marca 2022},
 * {@code 25 марта 2022}, {@code 2022年3月25日}, {@code 25.03.2022}, {@code 2022-03-25},
 * {@code 3/25/2022}, {@code March 2022}, and, given a reference instant, {@code 3 hours ago},
 * {@code vor 3 Stunden}, {@code il y a 3 heures}.
 *
 * <p>Month and weekday names come from the JDK's locale data (CLDR) for English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish and Russian, in their format (genitive) and
 * stand-alone forms, full and abbreviated, with and without accents. A date lacking its year is
 * not a date: nothing is filled in from today. Relative dates are read only when a reference
 * instant (the crawl time) is given, and give the day in UTC.
 *
 * <p>Numeric dates are day-first ({@code 01.02.2022} is 1 February) except slashed ones, which
 * are month-first for English (without a region or {@code en-US}) and unknown languages ({@code 2/1/2022} is 1 February only for a
 * day-first language) unless a part exceeds 12 or a weekday next to the date settles it.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateText {
    /** The languages whose month and weekday names are known. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");

    /** Names the CLDR tables lack but pages use (Austrian Jänner, old German abbreviations...). */
    private static final Map<String, Integer> EXTRA_MONTHS = Map.ofEntries(
            Map.entry("jänner", 1), Map.entry("jaenner", 1), Map.entry("feber", 2), Map.entry("maerz", 3),
            Map.entry("mrz", 3), Map.entry("sept", 9), Map.entry("okt", 10), Map.entry("dez", 12),
            Map.entry("febr", 2), Map.entry("juin", 6), Map.entry("juil", 7), Map.entry("setiembre", 9));

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month m : Month.values()) {
                for (TextStyle style : TextStyle.values()) {
                    if (style != TextStyle.NARROW && style != TextStyle.NARROW_STANDALONE) {
                        addName(MONTHS, m.getDisplayName(style, locale), m.getValue(), 3);
                    }
                }
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                addName(WEEKDAYS, d.getDisplayName(TextStyle.FULL, locale), d, 2);
                addName(WEEKDAYS, d.getDisplayName(TextStyle.SHORT, locale), d, 2);
            }
        }
        EXTRA_MONTHS.forEach((name, month) -> addName(MONTHS, name, month, 3));
    }

    private static <T> void addName(Map<String, T> table, String name, T value, int minLength) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (n.length() < minLength || n.chars().anyMatch(Character::isDigit)) {
            return;
        }
        table.putIfAbsent(n, value);
        table.putIfAbsent(stripAccents(n), value);
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String alternation(Map<String, ?> table) {
        return table.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A space: also the no-break, thin and narrow no-break spaces of typeset dates ("4.&thinsp;2.&thinsp;2022"). */
    private static final String SP = "[\\s\\u00a0\\u2009\\u202f]";
    /**
     * A word that may be a month name, checked against {@link #MONTHS} after the match: one
     * alternation of some 250 names, tried case-insensitively at every position, cost more than
     * all the rest of the date finder.
     */
    private static final String MONTH = "(?<!\\p{L})(\\p{L}{3,}+)\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";

    /** 25 March 2022, 25. März 2022, 25 de marzo de 2022, 1er mars 2022, 25-Mar-2022. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º|°)?" + SP + "*(?:de" + SP + "+|of" + SP + "+|[-/]" + SP + "*)?"
                    + MONTH + ",?" + SP + "*(?:del?" + SP + "+|[-/]" + SP + "*|')?" + YEAR, FLAGS);
    /** March 25, 2022; Mar. 25 2022. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + SP + "*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?" + SP + "+" + YEAR, FLAGS);
    /** March 2022, im März 2022: month precision. */
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?" + SP + "+(?:de" + SP + "+)?" + YEAR, FLAGS);
    /** 2022-03-25, 2022/03/25, 2022.03.25, with an optional ISO time. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d.\\-/:])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    /** 25.03.2022, 25/03/2022, 3/25/2022, 25-03-2022, 25.03.22. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.\\-/:,])(\\d{1,2})([./-])" + SP + "?(\\d{1,2})\\2" + SP + "?((?:19|20)\\d{2}|\\d{2})(?!\\d|[.\\-/]\\d)");
    /** 2022年3月25日, 2022년 3월 25일, and 2022年3月 at month precision. */
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?");
    /** A time of day right after a date: ", 16:04", " at 4:04 p.m. ET", " um 16.04 Uhr", "T16:04:00.000+01:00". */
    private static final Pattern TIME = Pattern.compile(
            SP + "*(?:T|,|-|–|—|\\||·|@|at|um|à|a las|alle|às|om|o|в|kl\\.?|klo)?" + SP + "*,?" + SP + "*"
                    + "(\\d{1,2})[:h.](\\d{2})(?!\\d)(?::(\\d{2}))?(?:[.,]\\d+)?" + SP + "*"
                    + "(?:(a\\.?" + SP + "?m\\.?|p\\.?" + SP + "?m\\.?)(?!\\p{L}))?" + SP + "*(?:uhr(?!\\p{L})|h(?!\\p{L}))?" + SP + "*"
                    + "(?-i:(Z|UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|MEZ|MESZ|JST|AEST|AEDT)(?!\\p{L}))?"
                    + SP + "*([+-]\\d{1,2}(?::?\\d{2})?(?!\\d))?", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile(String.join("|",
            "(?<!\\p{L})(\\d+|an?|one)" + SP + "+(minutes?|mins?|hours?|hrs?|days?|weeks?)" + SP + "+ago(?!\\p{L})",
            "(?<!\\p{L})vor" + SP + "+(\\d+|einer|einem|eine)" + SP + "+(minuten?|stunden?|tagen?|wochen?)(?!\\p{L})",
            "(?<!\\p{L})il" + SP + "+y" + SP + "+a" + SP + "+(\\d+|une?)" + SP + "+(minutes?|heures?|jours?|semaines?)(?!\\p{L})",
            "(?<!\\p{L})hace" + SP + "+(\\d+|una?)" + SP + "+(minutos?|horas?|d[ií]as?|semanas?)(?!\\p{L})",
            "(?<!\\p{L})(\\d+|un|una)" + SP + "+(minut[oi]|or[ae]|giorn[oi]|settiman[ae])" + SP + "+fa(?!\\p{L})",
            "(?<!\\p{L})h[áa]" + SP + "+(\\d+|uma?)" + SP + "+(minutos?|horas?|dias?|semanas?)(?!\\p{L})",
            "(?<!\\p{L})(\\d+|een)" + SP + "+(minuut|minuten|uur|dag|dagen|week|weken)" + SP + "+geleden(?!\\p{L})",
            "(?<!\\p{L})(\\d+)" + SP + "+(minut[ay]?|godzin[ay]?|dni|dzie[nń]|tygodni[e]?)" + SP + "+temu(?!\\p{L})",
            "(?<!\\p{L})(\\d+)" + SP + "+(минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь])" + SP + "+назад(?!\\p{L})"), FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(" + alternation(WEEKDAYS) + ")(?!\\p{L})", FLAGS);

    /** Every pattern below needs a four-digit year; texts without one skip the costly month-name patterns. */
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final DateText MONTH_FIRST = new DateText(true);
    private static final DateText DAY_FIRST = new DateText(false);

    private final boolean slashMonthFirst;

    private DateText(boolean slashMonthFirst) {
        this.slashMonthFirst = slashMonthFirst;
    }

    /**
     * A parser for text in {@code language} (an ISO 639 code such as {@code en} or {@code de}, or
     * {@code null} when unknown); the language only decides how ambiguous slashed dates read.
     */
    public static DateText forLanguage(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return MONTH_FIRST;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        // English without a region, and US English, write months first; en-GB, en-AU, en-IN... do not
        return tag.equals("en") || tag.startsWith("en-us") ? MONTH_FIRST : DAY_FIRST;
    }

    /**
     * The first date in {@code text}, or empty if it has none.
     *
     * @param reference the instant relative dates ({@code 3 hours ago}) count back from, usually
     *                  the crawl time; {@code null} to ignore relative dates
     */
    public Optional<DateValue> first(String text, @Nullable Instant reference) {
        List<Hit> hits = scan(text, reference);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).value());
    }

    /**
     * Whether {@code text} may hold a date that {@link #first} finds: false only when it cannot, as
     * a text with fewer than {@link #MIN_DIGITS} digits when relative dates are not read ({@code
     * reference} null), and then false for the text with characters taken out or spaces put in too.
     * A cheap test before the costly ones.
     */
    public static boolean mayHold(String text, @Nullable Instant reference) {
        return reference != null || digits(text, MIN_DIGITS) >= MIN_DIGITS;
    }

    /**
     * Every date but a relative one has at least this many digits: a year of four, or a day, a
     * month and a year of two ("1.2.22").
     */
    private static final int MIN_DIGITS = 4;

    /** All dates in {@code text}, in the order they occur; see {@link #first}. */
    public List<DateValue> all(String text, @Nullable Instant reference) {
        return scan(text, reference).stream().map(Hit::value).toList();
    }

    /** A date found in a text, with where it was. */
    record Hit(DateValue value, int start, int end) {
    }

    /** The dates in {@code text} in order; day-precision readings hide month readings of the same words. */
    List<Hit> scan(String text, @Nullable Instant reference) {
        List<Hit> hits = new ArrayList<>(2);
        if (reference != null) {
            relative(text, reference, hits);
        }
        if (digits(text, MIN_DIGITS) < MIN_DIGITS) {
            return hits;
        }
        Matcher m;
        // both numeric forms need a digit right before a separator
        if (hasDigitBeforeSeparator(text)) {
            m = YEAR_MONTH_DAY.matcher(text);
            while (m.find()) {
                day(text, m, num(m.group(1)), num(m.group(3)), num(m.group(4)), m.end(), hits);
            }
            m = NUMERIC.matcher(text);
            while (m.find()) {
                if (!overlaps(hits, m.start(), m.end())) {
                    numeric(text, m, hits);
                }
            }
        }
        if (!ANY_YEAR.matcher(text).find()) {
            hits.sort(Comparator.comparingInt(Hit::start));
            return hits;
        }
        // the patterns with a month name only where the text has one: they take no other word
        boolean months = hasMonthName(text);
        m = DAY_MONTH_YEAR.matcher(text);
        for (int from = 0; months && from < text.length() && m.find(from); ) {
            Integer month = MONTHS.get(key(m.group(2)));
            if (month == null) {
                // not a month name: the next date may start inside this match
                from = m.start() + 1;
                continue;
            }
            if (!overlaps(hits, m.start(), m.end())) {
                day(text, m, num(m.group(3)), month, num(m.group(1)), m.end(), hits);
            }
            from = m.end();
        }
        m = MONTH_DAY_YEAR.matcher(text);
        for (int from = 0; months && from < text.length() && m.find(from); ) {
            Integer month = MONTHS.get(key(m.group(1)));
            if (month == null) {
                from = m.start() + 1;
                continue;
            }
            if (!overlaps(hits, m.start(), m.end())) {
                day(text, m, num(m.group(3)), month, num(m.group(2)), m.end(), hits);
            }
            from = m.end();
        }
        if (text.indexOf('年') >= 0 || text.indexOf('년') >= 0) {
            m = CJK.matcher(text);
            while (m.find()) {
                if (m.group(3) != null) {
                    day(text, m, num(m.group(1)), num(m.group(2)), num(m.group(3)), m.end(), hits);
                } else if (!overlaps(hits, m.start(), m.end())) {
                    month(m, num(m.group(1)), num(m.group(2)), hits);
                }
            }
        }
        m = MONTH_YEAR.matcher(text);
        for (int from = 0; months && from < text.length() && m.find(from); ) {
            Integer month = MONTHS.get(key(m.group(1)));
            if (month == null) {
                from = m.start() + 1;
                continue;
            }
            if (!overlaps(hits, m.start(), m.end())) {
                month(m, num(m.group(2)), month, hits);
            }
            from = m.end();
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * Whether {@code text} holds no word but weekday names, and no digit ("", "Friday, ",
     * "Fr., "): what may stand before a date that stands alone.
     */
    static boolean onlyWeekdays(String text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (Character.isDigit(c)) {
                    return false;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (!WEEKDAYS.containsKey(key(text.substring(start, i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text has a month name as {@link #MONTH} takes one: a whole run of three or more
     * letters that is a key of {@link #MONTHS}.
     */
    private static boolean hasMonthName(String text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3 && MONTHS.containsKey(key(text.substring(start, i)))) {
                return true;
            }
        }
        return false;
    }

    /** The number of ASCII digits in a text, counted up to {@code enough}. */
    private static int digits(String text, int enough) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < enough; i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits;
    }

    /** Whether a text has an ASCII digit. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether a text has an ASCII digit right before a {@code -}, {@code /} or {@code .}. */
    private static boolean hasDigitBeforeSeparator(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '/' || c == '.') && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static int num(@Nullable String digits) {
        return digits == null ? -1 : Integer.parseInt(digits);
    }

    private static boolean overlaps(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (start < h.end() && h.start() < end) {
                return true;
            }
        }
        return false;
    }

    private void numeric(String text, Matcher m, List<Hit> hits) {
        int a = num(m.group(1));
        int b = num(m.group(3));
        int year = num(m.group(4));
        if (m.group(4).length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        boolean monthFirst;
        if (a > 12) {
            monthFirst = false;
        } else if (b > 12) {
            monthFirst = true;
        } else if (!m.group(2).equals("/")) {
            monthFirst = false;
        } else {
            DayOfWeek said = weekdayBefore(text, m.start());
            if (said != null && valid(year, a, b) && LocalDate.of(year, a, b).getDayOfWeek() == said) {
                monthFirst = true;
            } else if (said != null && valid(year, b, a) && LocalDate.of(year, b, a).getDayOfWeek() == said) {
                monthFirst = false;
            } else {
                monthFirst = slashMonthFirst;
            }
        }
        day(text, m, year, monthFirst ? a : b, monthFirst ? b : a, m.end(), hits);
    }

    private static @Nullable DayOfWeek weekdayBefore(String text, int start) {
        Matcher w = WEEKDAY.matcher(text);
        w.region(Math.max(0, start - 16), start);
        DayOfWeek found = null;
        while (w.find()) {
            found = WEEKDAYS.get(key(w.group(1)));
        }
        return found;
    }

    private static boolean valid(int year, @Nullable Integer month, int day) {
        return month != null && month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1000
                && day <= Month.of(month).length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
    }

    private static void day(String text, Matcher m, int year, @Nullable Integer month, int day, int end, List<Hit> hits) {
        if (!valid(year, month, day)) {
            return;
        }
        LocalDate date = LocalDate.of(year, month, day);
        Matcher t = TIME.matcher(text);
        t.region(end, Math.min(text.length(), end + 40));
        DateValue value = DateValue.ofDay(date);
        int stop = end;
        if (t.lookingAt()) {
            DateValue timed = withTime(date, t);
            if (timed != null) {
                value = timed;
                stop = t.end();
            }
        }
        hits.add(new Hit(value, m.start(), stop));
    }

    private static void month(Matcher m, int year, @Nullable Integer month, List<Hit> hits) {
        if (month != null && month >= 1 && month <= 12) {
            hits.add(new Hit(new DateValue(LocalDate.of(year, month, 1), null, null, Precision.MONTH), m.start(), m.end()));
        }
    }

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("Z", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneId.of("America/New_York")),
            Map.entry("EDT", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CST", ZoneId.of("America/Chicago")), Map.entry("CDT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneId.of("America/Denver")),
            Map.entry("MDT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PST", ZoneId.of("America/Los_Angeles")), Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
            Map.entry("BST", ZoneId.of("Europe/London")), Map.entry("CET", ZoneId.of("Europe/Berlin")),
            Map.entry("CEST", ZoneId.of("Europe/Berlin")), Map.entry("MEZ", ZoneId.of("Europe/Berlin")),
            Map.entry("MESZ", ZoneId.of("Europe/Berlin")), Map.entry("JST", ZoneId.of("Asia/Tokyo")),
            Map.entry("AEST", ZoneId.of("Australia/Sydney")), Map.entry("AEDT", ZoneId.of("Australia/Sydney")));

    private static @Nullable DateValue withTime(LocalDate date, Matcher t) {
        int hour = num(t.group(1));
        int minute = num(t.group(2));
        int second = t.group(3) == null ? 0 : num(t.group(3));
        String ampm = t.group(4);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalTime time = LocalTime.of(hour, minute, second);
        ZoneOffset offset = null;
        try {
            if (t.group(6) != null) {
                String o = t.group(6).replace(":", "");
                int sign = o.charAt(0) == '-' ? -1 : 1;
                String digits = o.substring(1);
                int h = digits.length() <= 2 ? num(digits) : num(digits.substring(0, digits.length() - 2));
                int mm = digits.length() <= 2 ? 0 : num(digits.substring(digits.length() - 2));
                offset = ZoneOffset.ofHoursMinutes(sign * h, sign * mm);
            } else if (t.group(5) != null) {
                offset = ZONES.get(t.group(5)).getRules().getOffset(LocalDateTime.of(date, time));
            }
        } catch (DateTimeException | NumberFormatException e) {
            offset = null;
        }
        return new DateValue(date, time, offset, Precision.DAY);
    }

    private static void relative(String text, Instant reference, List<Hit> hits) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String amount = null;
            String unit = null;
            for (int g = 1; g < m.groupCount(); g += 2) {
                if (m.group(g) != null) {
                    amount = m.group(g);
                    unit = m.group(g + 1).toLowerCase(Locale.ROOT);
                    break;
                }
            }
            if (amount == null || unit == null) {
                continue;
            }
            long n = Character.isDigit(amount.charAt(0)) ? Long.parseLong(amount) : 1;
            Duration step = unitOf(unit);
            if (step == null || n > 10_000) {
                continue;
            }
            LocalDate date = LocalDate.ofInstant(reference.minus(step.multipliedBy(n)), ZoneOffset.UTC);
            hits.add(new Hit(DateValue.ofDay(date), m.start(), m.end()));
        }
    }

    private static @Nullable Duration unitOf(String unit) {
        if (unit.startsWith("min") || unit.startsWith("мин")) {
            return Duration.ofMinutes(1);
        }
        for (String h : List.of("hour", "hr", "stund", "heure", "hora", "ora", "ore", "uur", "godzin", "час")) {
            if (unit.startsWith(h)) {
                return Duration.ofHours(1);
            }
        }
        for (String w : List.of("week", "woche", "semaine", "semana", "settiman", "tygodn", "недел", "weken")) {
            if (unit.startsWith(w)) {
                return Duration.ofDays(7);
            }
        }
        for (String d : List.of("day", "tag", "jour", "día", "dia", "giorn", "dag", "dni", "dzie", "дн", "день")) {
            if (unit.startsWith(d)) {
                return Duration.ofDays(1);
            }
        }
        return null;
    }

    /** ISO 8601 as machines write it, read without the prose patterns: {@code 2022-03-25T16:04:00.000+01:00}. */
    private static final Pattern ISO = Pattern.compile(
            "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private static @Nullable DateValue iso(Matcher m) {
        int year = num(m.group(1));
        int month = num(m.group(2));
        int day = num(m.group(3));
        if (!valid(year, month, day)) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(4) == null) {
            return DateValue.ofDay(date);
        }
        int hour = num(m.group(4));
        int minute = num(m.group(5));
        int second = m.group(6) == null ? 0 : num(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return DateValue.ofDay(date);
        }
        ZoneOffset offset = null;
        String zone = m.group(7);
        if (zone != null) {
            try {
                offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            } catch (DateTimeException e) {
                offset = null;
            }
        }
        return new DateValue(date, LocalTime.of(hour, minute, second), offset, Precision.DAY);
    }

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?Z?");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * Reads a machine-readable date from an attribute or JSON value: ISO 8601 (also with a space
     * for {@code T}, fractions and {@code +0100} offsets), {@code YYYYMMDD}, Unix epoch seconds or
     * milliseconds, {@code YYYY-MM}, {@code YYYY}, else the first date in it as prose.
     */
    static @Nullable DateValue machine(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant at = s.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            return new DateValue(utc.toLocalDate(), utc.toLocalTime().withNano(0), ZoneOffset.UTC, Precision.DAY);
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            DateValue v = iso(iso);
            if (v != null) {
                return v;
            }
        }
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            if (!valid(num(c.group(1)), num(c.group(2)), num(c.group(3)))) {
                return null;
            }
            return DateValue.ofDay(LocalDate.of(num(c.group(1)), num(c.group(2)), num(c.group(3))));
        }
        Matcher ym = YEAR_MONTH.matcher(s);
        if (ym.matches()) {
            int month = num(ym.group(2));
            return month < 1 || month > 12 ? null
                    : new DateValue(LocalDate.of(num(ym.group(1)), month, 1), null, null, Precision.MONTH);
        }
        if (YEAR_ONLY.matcher(s).matches()) {
            return new DateValue(LocalDate.of(Integer.parseInt(s), 1, 1), null, null, Precision.YEAR);
        }
        List<Hit> hits = MONTH_FIRST.scan(s, null);
        return hits.isEmpty() ? null : hits.get(0).value();
    }
}

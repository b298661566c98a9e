package org.dateline.meta;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.text.LineClass;
import org.dateline.extract.text.TextBlock;
import org.dateline.meta.date.DateText;
import org.dateline.meta.date.DateValue;
import org.dateline.meta.date.Precision;
import org.jspecify.annotations.Nullable;

/**
 * Dates in the lines of a text dump: converters glue inline elements together ("ESPNDec 22,
 * 2023", "22 Dec 202322 Dec 2023", "Dec 20, 20236:46 PM"), and a dump without a recognised
 * dateline still prints its date on a short line near the headline.
 */
final class TextDates {
    /** A line longer than this is prose: the dates in it are what the story is about. */
    static final int MAX_DATED_LINE = 160;
    /** A letter glued to an English month name that a day follows: "ESPNDec 22", "IVDecember 22". */
    private static final Pattern GLUED_MONTH = Pattern.compile(
            "(?<=\\p{L})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?\\s+\\d)");
    /** A bracketed token without spaces: an image's file name, a link marker ("[2022-06-26-image-4]", "[12]"). */
    private static final Pattern MARKER = Pattern.compile("\\[[^\\]\\s]*\\]");
    /** A year glued to the day or time after it: "202322 Dec 2023", "20236:46 PM". */
    private static final Pattern GLUED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?=\\d{1,2}(?:[:.]\\d\\d|\\s+\\p{L}))");

    private TextDates() {
    }

    /**
     * The text with a space put back where a converter glued a date to the text before or after
     * it, and without bracketed markers (whose dates are those of image files).
     */
    static String unglue(String text) {
        String t = text.indexOf('[') >= 0 ? MARKER.matcher(text).replaceAll(" ") : text;
        // the patterns only where they can match, as most lines have no digit
        if (mayGlueMonth(t)) {
            t = GLUED_MONTH.matcher(t).replaceAll(" ");
        }
        return digitRun(t) >= 5 ? GLUED_YEAR.matcher(t).replaceAll("$1 ") : t;
    }

    /** Whether {@link #GLUED_MONTH} may match: a digit, and a capital that may start a month name after a letter. */
    private static boolean mayGlueMonth(String t) {
        if (digitRun(t) == 0) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            if ("JFMASOND".indexOf(t.charAt(i)) >= 0 && Character.isLetter(t.codePointBefore(i))) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of ASCII digits (what {@code \d} matches) in a text. */
    private static int digitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Words that introduce the time of publication, after that of an update: "Updated … / Published …". */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)(?<!\\p{L})(?:first )?(?:published|posted|publié|veröffentlicht|publicado|pubblicato)(?!\\p{L})");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(?<!\\p{L})(?:last )?(?:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado)(?!\\p{L})");

    /**
     * The part of a dateline that gives the time of publication: from its publication word when the
     * time of an update comes first ("Updated Dec. 23, 2023 / Published Dec. 22, 2023"), else all of it.
     */
    static String published(String dateline) {
        Matcher updated = UPDATED.matcher(dateline);
        if (!updated.find()) {
            return dateline;
        }
        Matcher published = PUBLISHED.matcher(dateline);
        return published.find(updated.end()) ? dateline.substring(published.start()) : dateline;
    }

    /**
     * The day-precision date of the short line (or header field) nearest to the article's start (its headline, else
     * its first body paragraph), a line after the start counting nearer than one as far before it
     * (a site's date of today sits in the bar above the headline); {@code null} when no short line
     * has a date. {@code date} reads a date from a line, or gives {@code null}; {@code mayHold} is a
     * cheap test that is false only for lines {@code date} finds none in ({@link DateText#mayHold}).
     */
    static @Nullable DateValue nearest(List<TextBlock> blocks, Predicate<String> mayHold,
            Function<String, @Nullable DateValue> date) {
        int anchor = -1;
        for (int i = 0; i < blocks.size() && anchor < 0; i++) {
            anchor = blocks.get(i).kind() == LineClass.HEADLINE ? i : -1;
        }
        for (int i = 0; i < blocks.size() && anchor < 0; i++) {
            anchor = blocks.get(i).kind() == LineClass.BODY ? i : -1;
        }
        anchor = Math.max(anchor, 0);
        // outwards from the anchor: distance k after it, k / 2 before it
        for (int k = 0; anchor + k < blocks.size() || anchor - k / 2 >= 0; k++) {
            int[] lines = k % 2 == 0 && k > 0 ? new int[] {anchor + k, anchor - k / 2} : new int[] {anchor + k};
            for (int i : lines) {
                if (i < 0 || i >= blocks.size()
                        || blocks.get(i).text().length() > MAX_DATED_LINE && !header(blocks.get(i).kind())
                        || !mayHold.test(blocks.get(i).text())) {
                    continue;
                }
                DateValue found = date.apply(unglue(blocks.get(i).text()));
                if (found != null && found.precision() == Precision.DAY) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether a class is one of the header's: a converter may glue the dateline to any of them. */
    private static boolean header(LineClass kind) {
        return kind == LineClass.HEADLINE || kind == LineClass.STANDFIRST || kind == LineClass.BYLINE;
    }
}

package org.dateline.meta.date;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * When an article was first published and last modified, as far as its page tells.
 *
 * @param published when the article was first published, in ISO 8601
 *                  ({@code 2022-03-25T16:04+01:00}, {@code 2022-03-25T16:04Z},
 *                  {@code 2022-03-25T16:04} without a known offset, {@code 2022-03-25},
 *                  {@code 2022-03}, {@code 2022}), or {@code null} when the page does not tell
 * @param modified  when it was last modified, same format, or {@code null}; never used as
 *                  {@code published}
 * @param source    which evidence gave {@code published}: {@code json-ld}, {@code meta},
 *                  {@code opengraph}, {@code itemprop}, {@code time-element}, {@code url},
 *                  {@code byline} or {@code text-vote}; {@code null} when {@code published} is
 * @param precision {@code day}, {@code month} or {@code year}: how much of {@code published} is
 *                  known ({@code day} also when a time of day is known); {@code null} when
 *                  {@code published} is
 */
public record PublicationDate(@Nullable String published, @Nullable String modified,
        @Nullable String source, @Nullable String precision) {

    /** No date found. */
    public static final PublicationDate NONE = new PublicationDate(null, null, null, null);

    /** The calendar day of {@code published} in the page's time zone, or {@code null} unless known to the day. */
    public @Nullable LocalDate day() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

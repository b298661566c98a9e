package org.dateline.meta.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date read from a page, as precise as the page wrote it.
 *
 * @param date      the calendar day in the page's own time zone; the first day of the month or
 *                  year when {@code precision} is coarser than {@link Precision#DAY}
 * @param time      the time of day, or {@code null} when not given
 * @param offset    the UTC offset of {@code time}, or {@code null} when not given
 * @param precision how much of {@code date} is known
 */
public record DateValue(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset, Precision precision) {
    public DateValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && time != null) {
            throw new IllegalArgumentException("a time needs day precision");
        }
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    /** A day without a time. */
    public static DateValue ofDay(LocalDate date) {
        return new DateValue(date, null, null, Precision.DAY);
    }

    /**
     * The value in ISO 8601: {@code 2022-03-25T16:04+01:00}, {@code 2022-03-25T16:04Z},
     * {@code 2022-03-25T16:04} (no offset known), {@code 2022-03-25}, {@code 2022-03} or
     * {@code 2022}.
     */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> time == null ? date.toString()
                    : offset == null ? LocalDateTime.of(date, time).toString()
                    : LocalDateTime.of(date, time).atOffset(offset).toString();
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}

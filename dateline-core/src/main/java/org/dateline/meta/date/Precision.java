package org.dateline.meta.date;

import java.util.Locale;

/** How much of a date is known. A time of day, when known, is part of a {@link #DAY} date. */
public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** The calendar day (possibly with a time of day). */
    DAY;

    /** The lower-case name used in output records: {@code year}, {@code month} or {@code day}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

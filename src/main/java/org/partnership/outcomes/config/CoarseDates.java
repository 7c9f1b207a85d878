package org.partnership.outcomes.config;

import java.time.LocalDate;
import org.partnership.outcomes.period.DatePrecision;

/**
 * What the report does with a publication date coarser than a day ({@code coarse-dates} in
 * {@code partnership.yml}): by default it keeps the date's whole span, so a record counts only in
 * the periods that hold all of it; {@code first-day} places a year on 1 January and a month on its
 * first day, as the job's own shape reads {@code YYYY-MM}.
 */
public enum CoarseDates {
    EXCLUDE, FIRST_DAY;

    /** The precision the report gives a date of this precision. */
    public DatePrecision effective(DatePrecision precision) {
        return this == FIRST_DAY ? DatePrecision.DAY : precision;
    }

    /**
     * The last day the date may stand for: a record counts as on or before a day (the as-of date, a
     * period's end) only when this is.
     */
    public LocalDate lastDay(LocalDate first, DatePrecision precision) {
        return effective(precision).lastDay(first);
    }
}

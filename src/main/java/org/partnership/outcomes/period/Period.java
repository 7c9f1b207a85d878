package org.partnership.outcomes.period;

import java.time.LocalDate;

/**
 * A reporting period: one quarter, the fiscal year to date, or all time. It covers the quarters
 * {@code firstQuarter..lastQuarter} and the dates {@code start..end}; {@code end} is before the
 * last quarter's end when the report is "to date".
 */
public record Period(Kind kind, String label, LocalDate start, LocalDate end, long firstQuarter, long lastQuarter) {

    public enum Kind { QUARTER, YEAR_TO_DATE, ALL_TIME }

    public Period {
        if (end.isBefore(start) || lastQuarter < firstQuarter) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}

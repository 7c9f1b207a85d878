package org.partnership.outcomes.period;

import java.time.LocalDate;

/**
 * How much of a publication date its source gives: a day, a month or a year alone. A date is kept
 * as the first day of its span with its precision, so that no day is invented: the span is the
 * day, the month or the whole year.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    private static final DatePrecision[] BY_CODE = values();

    /** The precision of a date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static DatePrecision ofWritten(String isoDate) {
        return isoDate.length() == 4 ? YEAR : isoDate.length() == 7 ? MONTH : DAY;
    }

    /** The precision of a one-byte code, as {@link #code} gives it. */
    public static DatePrecision ofCode(int code) {
        return BY_CODE[code];
    }

    /** A one-byte code, for staging. */
    public byte code() {
        return (byte) ordinal();
    }

    /** Whether the date lies wholly inside one fiscal quarter, whatever month fiscal years start in. */
    public boolean placesInQuarter() {
        return this != YEAR;
    }

    /** The last day of the span that starts on {@code first}. */
    public LocalDate lastDay(LocalDate first) {
        return switch (this) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** The date as precise as it is known: {@code 2022}, {@code 2022-03} or {@code 2022-03-15}. */
    public String format(LocalDate first) {
        String iso = first.toString();
        return switch (this) {
            case DAY -> iso;
            case MONTH -> iso.substring(0, iso.length() - 3);
            case YEAR -> iso.substring(0, iso.length() - 6);
        };
    }
}

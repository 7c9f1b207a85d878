package org.partnership.outcomes.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnership.outcomes.csv.RowRejected;

/**
 * The bounds of what a real record can hold (docs/metrics.md, "Sane bounds"). A value outside them
 * is a typo or a broken export: it rejects the row instead of stretching the report over thousands
 * of quarters, overflowing a sum, or reaching the workbook as a number Excel cannot show.
 */
public record Plausible(LocalDate asOf) {

    /** No record of a research partnership is older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** How far after the as-of date a date may lie (a planned award, a rate set ahead). */
    public static final int YEARS_AFTER_AS_OF = 10;
    /** Above the most-cited paper ever; the sum over any number of rows then fits a long exactly. */
    public static final long MAX_CITATIONS = 1_000_000;
    /** Above any field-weighted citation impact ever published. */
    public static final BigDecimal MAX_FWCI = new BigDecimal("10000");
    /** 10^15 units of any currency: more than any grant in the weakest currency. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    /** Exchange rates lie within 10^-9 and 10^9 units of base currency per unit. */
    public static final BigDecimal MIN_RATE = new BigDecimal("0.000000001");
    public static final BigDecimal MAX_RATE = new BigDecimal("1000000000");

    /** The date, if it lies from 1900 to {@value #YEARS_AFTER_AS_OF} years after the as-of date. */
    public LocalDate date(String column, LocalDate date) {
        if (date.isBefore(EARLIEST_DATE)) {
            throw new RowRejected(column, date.toString(), "date before " + EARLIEST_DATE.getYear());
        }
        if (date.isAfter(asOf.plusYears(YEARS_AFTER_AS_OF))) {
            throw new RowRejected(column, date.toString(),
                    "date more than " + YEARS_AFTER_AS_OF + " years after the as-of date " + asOf);
        }
        return date;
    }

    public static long citations(String column, long citations) {
        if (citations > MAX_CITATIONS) {
            throw new RowRejected(column, Long.toString(citations), "more than " + MAX_CITATIONS + " citations");
        }
        return citations;
    }

    /** The value, if it is at most {@code max}. */
    public static BigDecimal atMost(String column, BigDecimal value, BigDecimal max, String what) {
        if (value.compareTo(max) > 0) {
            throw new RowRejected(column, value.toPlainString(), what + " above " + max.toPlainString());
        }
        return value;
    }
}

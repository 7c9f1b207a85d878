package org.partnership.outcomes.brief;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.partnership.outcomes.metrics.Metric;

/**
 * Figures as people read them in the brief, the deck, the web page and the mail: the same
 * precision as the workbook's cells (whole counts and money, shares to 0.1%, ratios to 0.01).
 */
public final class Figures {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Figures() {
    }

    /** {@code 1,234}, {@code 43.8%}, {@code 2.35}, {@code £1,250,000} or {@code 1,250,000 USD}, {@code 44.5}. */
    public static String format(Metric.Unit unit, BigDecimal value, String currency) {
        return switch (unit) {
            case COUNT -> pattern("#,##0").format(value);
            case SHARE -> pattern("0.0%").format(value);
            case DECIMAL -> pattern("#,##0.00").format(value);
            case MONTHS -> pattern("#,##0.0").format(value);
            case MONEY -> "GBP".equals(currency) ? pattern("£#,##0").format(value)
                    : pattern("#,##0").format(value) + " " + currency;
        };
    }

    /** The size of a change, without sign: shares in percentage points ({@code 2.1 pp}). */
    static String change(Metric.Unit unit, BigDecimal change, String currency) {
        BigDecimal size = change.abs();
        return unit == Metric.Unit.SHARE ? pattern("0.0").format(size.movePointRight(2)) + " pp"
                : format(unit, size, currency);
    }

    /** The change as shown: rounded as the figures are, so that "unchanged" is what a reader sees. */
    static BigDecimal shownChange(Metric.Unit unit, BigDecimal change) {
        int scale = switch (unit) {
            case COUNT, MONEY -> 0;
            case SHARE -> 3;
            case DECIMAL -> 2;
            case MONTHS -> 1;
        };
        return change.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** {@code +25%}, {@code −20%}; whole per cent, one decimal under 10%. */
    static String percent(BigDecimal change, BigDecimal base) {
        BigDecimal ratio = change.divide(base.abs(), MathContext.DECIMAL64);
        String size = (ratio.abs().compareTo(new BigDecimal("0.1")) < 0 ? pattern("0.0%") : pattern("0%"))
                .format(ratio.abs());
        return (ratio.signum() < 0 ? "\u2212" : "+") + size;
    }

    /**
     * A change as a table shows it: {@code +4 (+25%)}, {@code −£5,000 (−20%)}, {@code +3.8 pp},
     * {@code 0}; no percentage over zero or for shares.
     */
    public static String signedChange(Metric.Unit unit, BigDecimal now, BigDecimal then, String currency) {
        BigDecimal shown = shownChange(unit, now.subtract(then));
        if (shown.signum() == 0) {
            return "0";
        }
        boolean percent = then.signum() != 0 && (unit == Metric.Unit.COUNT || unit == Metric.Unit.MONEY);
        return (shown.signum() < 0 ? "\u2212" : "+") + change(unit, shown, currency)
                + (percent ? " (" + percent(now.subtract(then), then) + ")" : "");
    }

    /** {@code 15 Aug 2026} */
    public static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}

package org.partnership.outcomes.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a row's values under the contract's value rules. Each method either returns a
 * valid value or throws {@link RowRejected} naming the field, the value and the reason, so the
 * first fault of a row is the one reported.
 */
public final class FieldReader {


    private final CsvRow row;

    public FieldReader(CsvRow row) {
        this.row = row;
        if (row.malformed().isPresent()) {
            throw new RowRejected("", "", "not valid CSV: " + row.malformed().get());
        }
        if (!row.hasHeaderShape()) {
            throw new RowRejected("", "", "has " + row.values().size() + " fields where the header has "
                    + row.header().size());
        }
    }

    public CsvRow row() {
        return row;
    }

    public Optional<String> optional(String column) {
        return row.value(column);
    }

    public String required(String column) {
        return row.value(column).orElseThrow(() -> new RowRejected(column, "", "required value missing"));
    }

    public LocalDate requiredDate(String column) {
        return date(column, required(column));
    }

    public Optional<LocalDate> optionalDate(String column) {
        return optional(column).map(value -> date(column, value));
    }

    /** A date as {@code YYYY-MM-DD}, or {@code YYYY-MM} meaning the first of the month. */
    public LocalDate requiredDayOrMonth(String column) {
        String value = required(column);
        if (isYearMonth(value)) {
            return date(column, value + "-01", value, "not a month (expected YYYY-MM-DD or YYYY-MM)");
        }
        if (!isIsoDate(value)) {
            throw new RowRejected(column, value, "not a date (expected YYYY-MM-DD or YYYY-MM)");
        }
        return date(column, value);
    }

    /**
     * A date as {@code YYYY-MM-DD}, {@code YYYY-MM} or a year alone, {@code YYYY}: the first day of
     * the day, month or year written, for exports whose dates may be coarse. The caller keeps how
     * much was written; nothing here invents a day.
     */
    public LocalDate requiredPartialDate(String column) {
        String value = required(column);
        if (isYear(value)) {
            return LocalDate.of(number(value, 0, 4), 1, 1);
        }
        if (isYearMonth(value)) {
            return date(column, value + "-01", value, "not a month (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        if (!isIsoDate(value)) {
            throw new RowRejected(column, value, "not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        return date(column, value);
    }

    /** A whole number of digits only; blank gives the fallback. */
    public long wholeNumber(String column, long fallback) {
        Optional<String> value = optional(column);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = value.get();
        if (!isWhole(text)) {
            throw new RowRejected(column, text, text.startsWith("-") && isWhole(text.substring(1))
                    ? "negative number" : "not a whole number");
        }
        if (text.length() > 18) {
            throw new RowRejected(column, text, "number too large");
        }
        return Long.parseLong(text);
    }

    /** A decimal ≥ 0 with {@code .} as the separator, no thousands separators and no exponent. */
    public Optional<BigDecimal> decimal(String column) {
        return optional(column).map(text -> {
            if (!isDecimal(text)) {
                throw new RowRejected(column, text, text.startsWith("-") && isDecimal(text.substring(1))
                        ? "negative number" : "not a decimal number");
            }
            return new BigDecimal(text);
        });
    }

    /** A value of an enumeration, matched case-insensitively and returned in lower case. */
    public Optional<String> choice(String column, Set<String> allowed) {
        return optional(column).map(text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!allowed.contains(lower)) {
                throw new RowRejected(column, text, "not one of " + String.join(", ", sorted(allowed)));
            }
            return lower;
        });
    }

    public String requiredChoice(String column, Set<String> allowed) {
        required(column);
        return choice(column, allowed).orElseThrow();
    }

    /** The items of a {@code ;}-separated field, each trimmed, empty items ignored. */
    public List<String> items(String column) {
        return optional(column).map(FieldReader::splitItems).orElse(List.of());
    }

    public static List<String> splitItems(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(";")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private LocalDate date(String column, String value) {
        if (!isIsoDate(value)) {
            throw new RowRejected(column, value, "not a date (expected YYYY-MM-DD)");
        }
        return date(column, value, value, "not a calendar date");
    }

    private static LocalDate date(String column, String iso, String shown, String reason) {
        try {
            return LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10));
        } catch (DateTimeException e) {
            throw new RowRejected(column, shown, reason);
        }
    }

    // The value rules' shapes, checked by hand: a regular expression per value was a noticeable
    // share of reading a million rows. Digits are ASCII 0-9 only.

    /** {@code \\d+} */
    static boolean isWhole(String text) {
        return !text.isEmpty() && isDigits(text, 0, text.length());
    }

    /** {@code \\d+(\\.\\d+)?|\\.\\d+} */
    static boolean isDecimal(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return isWhole(text);
        }
        return dot + 1 < text.length() && isDigits(text, dot + 1, text.length()) && isDigits(text, 0, dot);
    }

    /** {@code \\d{4}-\\d{2}-\\d{2}} */
    static boolean isIsoDate(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isDigits(text, 0, 4)
                && isDigits(text, 5, 7) && isDigits(text, 8, 10);
    }

    /** {@code \\d{4}} */
    static boolean isYear(String text) {
        return text.length() == 4 && isDigits(text, 0, 4);
    }

    /** {@code \\d{4}-\\d{2}} */
    static boolean isYearMonth(String text) {
        return text.length() == 7 && text.charAt(4) == '-' && isDigits(text, 0, 4) && isDigits(text, 5, 7);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by the digits in {@code [from, to)}, which were checked. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}

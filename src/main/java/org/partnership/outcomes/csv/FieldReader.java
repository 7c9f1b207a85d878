package org.partnership.outcomes.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to a row's values under the contract's value rules. Each method either returns a
 * valid value or throws {@link RowRejected} naming the field, the value and the reason, so the
 * first fault of a row is the one reported.
 */
public final class FieldReader {

    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

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
        if (YEAR_MONTH.matcher(value).matches()) {
            return date(column, value + "-01", value, "not a month (expected YYYY-MM-DD or YYYY-MM)");
        }
        if (!ISO_DATE.matcher(value).matches()) {
            throw new RowRejected(column, value, "not a date (expected YYYY-MM-DD or YYYY-MM)");
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
        if (!WHOLE.matcher(text).matches()) {
            throw new RowRejected(column, text, text.startsWith("-") && WHOLE.matcher(text.substring(1)).matches()
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
            if (!DECIMAL.matcher(text).matches()) {
                throw new RowRejected(column, text, text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()
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
        if (!ISO_DATE.matcher(value).matches()) {
            throw new RowRejected(column, value, "not a date (expected YYYY-MM-DD)");
        }
        return date(column, value, value, "not a calendar date");
    }

    private static LocalDate date(String column, String iso, String shown, String reason) {
        try {
            return LocalDate.of(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                    Integer.parseInt(iso.substring(8, 10)));
        } catch (DateTimeException e) {
            throw new RowRejected(column, shown, reason);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}

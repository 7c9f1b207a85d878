package org.partnership.outcomes.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowFile;

/**
 * Web of Science's exports: "Tab delimited" (UTF-8 or UTF-16 with a byte-order mark; no quoting at
 * all, a {@code "} is a character like any other; a trailing tab on every row) and "Plain text"
 * (field-tagged, {@link TaggedText}). Both name fields by two-letter tags: {@code UT} the id,
 * {@code TI} the title, {@code PY} the year and {@code PD} the month and sometimes the day,
 * {@code EA} the early-access date of a record not yet in an issue (its {@code PY} empty), {@code C1}
 * the addresses as {@code [Author; Author] Org, Dept, City, Country}.
 */
final class WebOfScience extends ExportFormat {

    /** The tags the job reads. */
    static final List<String> TAGS = List.of("ut", "ti", "py", "pd", "ea", "c1", "di", "dt", "so", "de", "tc", "oa");

    static final WebOfScience TAB_DELIMITED = new WebOfScience("wos");
    static final WebOfScience PLAIN_TEXT = new WebOfScience("wos-plain-text");

    /** Web of Science's document types as the job names them; any other (Editorial Material, Letter) is other. */
    private static final Map<String, String> TYPES = Map.of("article", "article", "review", "review",
            "proceedings paper", "conference-paper", "book chapter", "book-chapter");

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");
    /** A month ({@code SEP}) or a month and a day ({@code SEP 15}); a range or a season is neither. */
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Z]{3})(?: (\\d{1,2}))?");
    /** The authors an address of {@code C1} starts with. */
    private static final Pattern AUTHORS = Pattern.compile("\\[[^\\]]*\\]");

    private WebOfScience(String name) {
        super(name, "wos", List.of("ut", "ti", "py", "c1"), Set.copyOf(TAGS));
    }

    @Override
    public String description() {
        return this == PLAIN_TEXT ? "Web of Science plain text export" : "Web of Science tab-delimited export";
    }

    @Override
    CSVFormat csvFormat() {
        return CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null).get();
    }

    /** Authors, editors and group authors (AU, AF, BA, BF, BE, CA, GP), e-mails (EM), reprint address (RP), researcher ids (RI, OI). */
    @Override
    Set<String> personalData() {
        return Set.of("au", "af", "ba", "bf", "be", "ca", "gp", "em", "rp", "ri", "oi");
    }

    @Override
    boolean recognises(String firstLine) {
        if (this == PLAIN_TEXT) {
            return firstLine.startsWith("FN ");
        }
        List<String> columns = columns(firstLine, csvFormat());
        return columns.contains("pt") && columns.contains("ut");
    }

    @Override
    RowFile rows(Path path, String displayName, int fileIndex) {
        return this == PLAIN_TEXT ? TaggedText.open(path, displayName, fileIndex, charsetOf(path, displayName), TAGS)
                : super.rows(path, displayName, fileIndex);
    }

    @Override
    List<String> publication(CsvRow row) {
        String year = value(row, "py");
        String date = year.isEmpty() ? earlyAccess(value(row, "ea")) : date(year, value(row, "pd"));
        return List.of(value(row, "ut"), value(row, "ti"), date,
                addresses(value(row, "c1")), value(row, "di"), type(value(row, "dt")), value(row, "so"),
                value(row, "de"), value(row, "tc"), "", openAccess(value(row, "oa")));
    }

    /**
     * {@code PY} with {@code PD}: {@code 2010} and {@code JUL} is {@code 2010-07}, {@code FEB 12}
     * gives {@code 2010-02-12}; an empty {@code PD}, a range ({@code JAN-FEB}) or a season
     * ({@code SPR}) leaves the year alone. A year that is not four digits is passed on, to be rejected.
     */
    static String date(String year, String monthDay) {
        Matcher m = MONTH_DAY.matcher(monthDay.toUpperCase(Locale.ROOT));
        if (!year.matches("\\d{4}") || !m.matches() || !MONTHS.contains(m.group(1))) {
            return year;
        }
        String month = year + "-" + String.format("%02d", MONTHS.indexOf(m.group(1)) + 1);
        return m.group(2) == null ? month : month + "-" + String.format("%02d", Integer.parseInt(m.group(2)));
    }

    /**
     * {@code EA}, for an early-access record, which has no {@code PY} yet: {@code JUN 2025} is
     * {@code 2025-06}; {@code 2025}, or a first word that is no month, gives the year alone.
     */
    static String earlyAccess(String earlyAccess) {
        String[] words = earlyAccess.split(" +");
        return date(words[words.length - 1], words.length > 1 ? words[0] : "");
    }

    /**
     * {@code C1}'s addresses as the job's {@code ;} list: the {@code [Author; Author]} before each
     * is taken out, one item per address, without the full stop the plain text ends each with.
     */
    static String addresses(String c1) {
        List<String> addresses = new ArrayList<>();
        for (String address : AUTHORS.matcher(c1).replaceAll("").split(";")) {
            String item = address.strip();
            if (item.endsWith(".")) {
                item = item.substring(0, item.length() - 1).strip();
            }
            if (!item.isEmpty()) {
                addresses.add(item);
            }
        }
        return String.join("; ", addresses);
    }

    /** The first type {@code DT} names ("Article; Proceedings Paper" is an article). */
    private static String type(String documentType) {
        if (documentType.isEmpty()) {
            return "";
        }
        String first = documentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(first, "other");
    }
}

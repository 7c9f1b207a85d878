package org.partnership.outcomes.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnership.outcomes.InputProblem;

/**
 * Fiscal quarters for a fiscal year that starts in a given month. Quarters are numbered by a
 * running index (quarter 0 starts in the fiscal start month of year 0), so consecutive quarters
 * have consecutive indexes. With April: {@code FY2026-27 Q1} is April to June 2026; with January
 * the labels are {@code 2026 Q1}.
 */
public record FiscalCalendar(int startMonth) {

    private static final Pattern FISCAL_LABEL = Pattern.compile("(?i)FY(\\d{4})-(\\d{2})[ -]Q([1-4])");
    private static final Pattern CALENDAR_LABEL = Pattern.compile("(?i)(\\d{4})[ -]Q([1-4])");

    public FiscalCalendar {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1 to 12");
        }
    }

    public long quarterOf(LocalDate date) {
        return Math.floorDiv(date.getYear() * 12L + date.getMonthValue() - 1 - (startMonth - 1), 3);
    }

    public LocalDate quarterStart(long quarter) {
        long absoluteMonth = quarter * 3 + startMonth - 1;
        return LocalDate.of((int) Math.floorDiv(absoluteMonth, 12), (int) Math.floorMod(absoluteMonth, 12) + 1, 1);
    }

    public LocalDate quarterEnd(long quarter) {
        return quarterStart(quarter + 1).minusDays(1);
    }

    /** The first quarter of the fiscal year that holds this quarter. */
    public long fiscalYearStart(long quarter) {
        return quarter - Math.floorMod(quarter, 4);
    }

    public String fiscalYearLabel(long quarter) {
        long year = Math.floorDiv(quarter, 4);
        return startMonth == 1 ? Long.toString(year) : String.format("FY%d-%02d", year, (year + 1) % 100);
    }

    /** {@code FY2026-27 Q1}, or {@code 2026 Q1} when fiscal years start in January. */
    public String quarterLabel(long quarter) {
        return fiscalYearLabel(quarter) + " Q" + (Math.floorMod(quarter, 4) + 1);
    }

    /** The label as a folder or file name: {@code FY2026-27-Q1}. */
    public String quarterSlug(long quarter) {
        return quarterLabel(quarter).replace(' ', '-');
    }

    /** Parses {@code FY2026-27-Q2} or {@code FY2026-27 Q2} (or {@code 2026-Q2} with January years). */
    public long parseQuarter(String text) {
        String trimmed = text.strip();
        Matcher fiscal = FISCAL_LABEL.matcher(trimmed);
        if (fiscal.matches()) {
            int year = Integer.parseInt(fiscal.group(1));
            if (startMonth == 1) {
                throw InputProblem.usage("--quarter=" + text + ": fiscal years start in January, so write it as "
                        + year + "-Q" + fiscal.group(3));
            }
            if (Integer.parseInt(fiscal.group(2)) != (year + 1) % 100) {
                throw InputProblem.usage("--quarter=" + text + ": FY" + year + " is followed by "
                        + String.format("%02d", (year + 1) % 100));
            }
            return year * 4L + Integer.parseInt(fiscal.group(3)) - 1;
        }
        Matcher calendar = CALENDAR_LABEL.matcher(trimmed);
        if (calendar.matches()) {
            int year = Integer.parseInt(calendar.group(1));
            if (startMonth != 1) {
                throw InputProblem.usage("--quarter=" + text + ": fiscal years start in month " + startMonth
                        + ", so write it as FY" + year + "-" + String.format("%02d", (year + 1) % 100) + "-Q"
                        + calendar.group(2));
            }
            return year * 4L + Integer.parseInt(calendar.group(2)) - 1;
        }
        throw InputProblem.usage("--quarter=" + text + " is not a quarter such as "
                + (startMonth == 1 ? "2026-Q2" : "FY2026-27-Q2"));
    }
}

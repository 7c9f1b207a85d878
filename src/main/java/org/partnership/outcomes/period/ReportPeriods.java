package org.partnership.outcomes.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods of one report: every quarter from the one holding the earliest included record to
 * the report quarter, then the fiscal year to date, then all time. When the report quarter ends
 * after the as-of date it is "to date": its end, and the end of the year-to-date and all-time
 * periods, is the as-of date.
 */
public record ReportPeriods(FiscalCalendar calendar, long reportQuarter, LocalDate asOf, List<Period> all) {

    public ReportPeriods {
        all = List.copyOf(all);
    }

    public static ReportPeriods of(FiscalCalendar calendar, long reportQuarter, LocalDate asOf,
            Optional<LocalDate> earliestRecord) {
        long first = Math.min(reportQuarter, earliestRecord.map(calendar::quarterOf).orElse(reportQuarter));
        LocalDate reportEnd = reportEnd(calendar, reportQuarter, asOf);
        List<Period> periods = new ArrayList<>();
        for (long q = first; q <= reportQuarter; q++) {
            LocalDate end = q == reportQuarter ? reportEnd : calendar.quarterEnd(q);
            periods.add(new Period(Period.Kind.QUARTER, calendar.quarterLabel(q), calendar.quarterStart(q), end, q, q));
        }
        long yearStart = calendar.fiscalYearStart(reportQuarter);
        periods.add(new Period(Period.Kind.YEAR_TO_DATE, calendar.fiscalYearLabel(reportQuarter) + " YTD",
                calendar.quarterStart(yearStart), reportEnd, yearStart, reportQuarter));
        periods.add(new Period(Period.Kind.ALL_TIME, "All time", calendar.quarterStart(first), reportEnd,
                first, reportQuarter));
        return new ReportPeriods(calendar, reportQuarter, asOf, periods);
    }

    /** The report quarter's end, or the as-of date when the quarter is not over. */
    public static LocalDate reportEnd(FiscalCalendar calendar, long reportQuarter, LocalDate asOf) {
        LocalDate end = calendar.quarterEnd(reportQuarter);
        return end.isAfter(asOf) ? asOf : end;
    }

    public boolean toDate() {
        return calendar.quarterEnd(reportQuarter).isAfter(asOf);
    }

    public List<Period> quarters() {
        return all.stream().filter(p -> p.kind() == Period.Kind.QUARTER).toList();
    }

    public Period report() {
        return quarters().get(quarters().size() - 1);
    }

    public Period yearToDate() {
        return all.get(all.size() - 2);
    }

    public Period allTime() {
        return all.get(all.size() - 1);
    }

    /** The quarter {@code offset} quarters before the report quarter, if the report covers it. */
    public Optional<Period> quarterBefore(int offset) {
        long wanted = reportQuarter - offset;
        return quarters().stream().filter(p -> p.firstQuarter() == wanted).findFirst();
    }
}

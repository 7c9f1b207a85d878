package org.partnership.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The periods of a report (REQUIREMENTS §2 "to date", §4 "Periods start", §5). */
class ReportPeriodsTest {

    private final FiscalCalendar april = new FiscalCalendar(4);

    @Test
    void coversEveryQuarterFromTheEarliestRecordToTheReportQuarter() {
        // report FY2026-27 Q2 (Jul-Sep 2026), earliest record 2026-02-10 is in FY2025-26 Q4
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q2"), date("2026-10-05"),
                Optional.of(date("2026-02-10")));

        assertThat(periods.quarters()).extracting(Period::label)
                .containsExactly("FY2025-26 Q4", "FY2026-27 Q1", "FY2026-27 Q2");
        assertThat(periods.quarters()).extracting(Period::start)
                .containsExactly(date("2026-01-01"), date("2026-04-01"), date("2026-07-01"));
        assertThat(periods.quarters()).extracting(Period::end)
                .containsExactly(date("2026-03-31"), date("2026-06-30"), date("2026-09-30"));
    }

    @Test
    void startsTheYearToDateOnTheFiscalYearsFirstDay() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q3"), date("2027-01-10"),
                Optional.of(date("2025-05-01")));

        Period ytd = periods.yearToDate();
        assertThat(ytd.label()).isEqualTo("FY2026-27 YTD");
        assertThat(ytd.start()).isEqualTo(date("2026-04-01"));
        assertThat(ytd.end()).isEqualTo(date("2026-12-31"));
    }

    @Test
    void startsAllTimeOnTheFirstDayOfTheEarliestRecordsQuarter() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q3"), date("2027-01-10"),
                Optional.of(date("2025-05-17")));

        Period allTime = periods.allTime();
        assertThat(allTime.label()).isEqualTo("All time");
        assertThat(allTime.start()).isEqualTo(date("2025-04-01"));
        assertThat(allTime.end()).isEqualTo(date("2026-12-31"));
        assertThat(periods.quarters()).hasSize(7);
    }

    @Test
    void endsAToDateReportOnTheAsOfDate() {
        // the report quarter FY2026-27 Q2 is not over on 2026-08-14
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q2"), date("2026-08-14"),
                Optional.of(date("2026-05-01")));

        assertThat(periods.toDate()).isTrue();
        assertThat(periods.report().start()).isEqualTo(date("2026-07-01"));
        assertThat(periods.report().end()).isEqualTo(date("2026-08-14"));
        assertThat(periods.yearToDate().end()).isEqualTo(date("2026-08-14"));
        assertThat(periods.allTime().end()).isEqualTo(date("2026-08-14"));
        assertThat(periods.quarters().get(0).end()).isEqualTo(date("2026-06-30"));
    }

    @Test
    void isNotToDateWhenTheAsOfDateIsTheQuartersLastDay() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q2"), date("2026-09-30"),
                Optional.empty());

        assertThat(periods.toDate()).isFalse();
        assertThat(periods.report().end()).isEqualTo(date("2026-09-30"));
    }

    @Test
    void coversOnlyTheReportQuarterWithoutRecords() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q2"), date("2026-10-01"),
                Optional.empty());

        assertThat(periods.quarters()).extracting(Period::label).containsExactly("FY2026-27 Q2");
        assertThat(periods.allTime().start()).isEqualTo(date("2026-07-01"));
        assertThat(periods.yearToDate().start()).isEqualTo(date("2026-04-01"));
    }

    @Test
    void listsQuartersThenYearToDateThenAllTime() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q1"), date("2026-07-01"),
                Optional.of(date("2026-01-20")));

        assertThat(periods.all()).extracting(Period::kind).containsExactly(Period.Kind.QUARTER, Period.Kind.QUARTER,
                Period.Kind.YEAR_TO_DATE, Period.Kind.ALL_TIME);
    }

    @Test
    void findsThePreviousQuarterAndTheSameQuarterAYearBefore() {
        ReportPeriods periods = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q2"), date("2026-10-01"),
                Optional.of(date("2025-04-02")));

        assertThat(periods.quarterBefore(1)).map(Period::label).hasValue("FY2026-27 Q1");
        assertThat(periods.quarterBefore(4)).map(Period::label).hasValue("FY2025-26 Q2");
        assertThat(periods.quarterBefore(6)).isEmpty();
    }

    @Test
    void labelsJanuaryYearsWithoutFy() {
        FiscalCalendar january = new FiscalCalendar(1);
        ReportPeriods periods = ReportPeriods.of(january, january.parseQuarter("2026-Q2"), date("2026-07-01"),
                Optional.of(date("2026-02-01")));

        assertThat(periods.quarters()).extracting(Period::label).containsExactly("2026 Q1", "2026 Q2");
        assertThat(periods.yearToDate().label()).isEqualTo("2026 YTD");
        assertThat(periods.yearToDate().start()).isEqualTo(date("2026-01-01"));
    }

    @Test
    void containsBothEndsOfAPeriod() {
        Period q1 = ReportPeriods.of(april, april.parseQuarter("FY2026-27-Q1"), date("2026-07-01"), Optional.empty())
                .report();

        assertThat(q1.contains(date("2026-04-01"))).isTrue();
        assertThat(q1.contains(date("2026-06-30"))).isTrue();
        assertThat(q1.contains(date("2026-03-31"))).isFalse();
        assertThat(q1.contains(date("2026-07-01"))).isFalse();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

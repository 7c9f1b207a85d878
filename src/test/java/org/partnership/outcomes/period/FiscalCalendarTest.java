package org.partnership.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.InputProblem;

/** Fiscal quarters and their labels (REQUIREMENTS §2 --quarter and §4 "Periods"). */
class FiscalCalendarTest {

    private final FiscalCalendar april = new FiscalCalendar(4);
    private final FiscalCalendar january = new FiscalCalendar(1);

    @Test
    void putsAprilToJuneInTheFirstQuarterOfTheAprilFiscalYear() {
        assertThat(labelOf(april, "2026-04-01")).isEqualTo("FY2026-27 Q1");
        assertThat(labelOf(april, "2026-06-30")).isEqualTo("FY2026-27 Q1");
        assertThat(labelOf(april, "2026-07-01")).isEqualTo("FY2026-27 Q2");
    }

    @Test
    void putsJanuaryToMarchInTheFourthQuarterOfTheAprilFiscalYear() {
        assertThat(labelOf(april, "2027-01-15")).isEqualTo("FY2026-27 Q4");
        assertThat(labelOf(april, "2027-03-31")).isEqualTo("FY2026-27 Q4");
        assertThat(labelOf(april, "2026-03-31")).isEqualTo("FY2025-26 Q4");
    }

    @Test
    void givesTheQuarterItsFirstAndLastDay() {
        long q4 = april.quarterOf(LocalDate.of(2027, 1, 15));

        assertThat(april.quarterStart(q4)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(april.quarterEnd(q4)).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void numbersConsecutiveQuartersConsecutively() {
        long q4 = april.quarterOf(LocalDate.of(2026, 3, 31));

        assertThat(april.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(q4 + 1);
    }

    @Test
    void writesTheCenturyTurnWithTwoDigits() {
        assertThat(labelOf(april, "1999-05-01")).isEqualTo("FY1999-00 Q1");
    }

    @Test
    void labelsCalendarQuartersWhenFiscalYearsStartInJanuary() {
        assertThat(labelOf(january, "2026-01-01")).isEqualTo("2026 Q1");
        assertThat(labelOf(january, "2026-03-31")).isEqualTo("2026 Q1");
        assertThat(labelOf(january, "2026-12-31")).isEqualTo("2026 Q4");
    }

    @Test
    void labelsAFiscalYearStartingInJuly() {
        FiscalCalendar july = new FiscalCalendar(7);

        assertThat(labelOf(july, "2026-07-01")).isEqualTo("FY2026-27 Q1");
        assertThat(labelOf(july, "2026-10-01")).isEqualTo("FY2026-27 Q2");
        assertThat(labelOf(july, "2027-06-30")).isEqualTo("FY2026-27 Q4");
        assertThat(labelOf(july, "2026-06-30")).isEqualTo("FY2025-26 Q4");
    }

    @Test
    void labelsAFiscalYearStartingInDecemberByTheYearItStarts() {
        FiscalCalendar december = new FiscalCalendar(12);

        assertThat(labelOf(december, "2026-12-01")).isEqualTo("FY2026-27 Q1");
        assertThat(labelOf(december, "2027-02-28")).isEqualTo("FY2026-27 Q1");
        assertThat(labelOf(december, "2027-11-30")).isEqualTo("FY2026-27 Q4");
        assertThat(labelOf(december, "2026-11-30")).isEqualTo("FY2025-26 Q4");
    }

    @Test
    void parsesBackEveryLabelItWritesForEveryStartMonth() {
        for (int month = 1; month <= 12; month++) {
            FiscalCalendar calendar = new FiscalCalendar(month);
            for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(13)) {
                long quarter = calendar.quarterOf(day);
                assertThat(calendar.parseQuarter(calendar.quarterSlug(quarter))).as("%s from %d", day, month)
                        .isEqualTo(quarter);
                assertThat(calendar.quarterStart(quarter)).isBeforeOrEqualTo(day);
                assertThat(calendar.quarterEnd(quarter)).isAfterOrEqualTo(day);
            }
        }
    }

    @Test
    void makesAFolderNameOfTheLabel() {
        assertThat(april.quarterSlug(april.quarterOf(LocalDate.of(2026, 8, 1)))).isEqualTo("FY2026-27-Q2");
        assertThat(january.quarterSlug(january.quarterOf(LocalDate.of(2026, 5, 1)))).isEqualTo("2026-Q2");
    }

    @Test
    void parsesAFiscalQuarterWithAHyphenOrASpace() {
        long q2 = april.quarterOf(LocalDate.of(2026, 7, 1));

        assertThat(april.parseQuarter("FY2026-27-Q2")).isEqualTo(q2);
        assertThat(april.parseQuarter("FY2026-27 Q2")).isEqualTo(q2);
        assertThat(april.parseQuarter(" fy2026-27-q2 ")).isEqualTo(q2);
    }

    @Test
    void parsesACalendarQuarterWhenFiscalYearsStartInJanuary() {
        long q2 = january.quarterOf(LocalDate.of(2026, 4, 1));

        assertThat(january.parseQuarter("2026-Q2")).isEqualTo(q2);
        assertThat(january.parseQuarter("2026 Q2")).isEqualTo(q2);
        assertThat(january.quarterStart(q2)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void refusesAFiscalYearWhoseSecondYearDoesNotFollowTheFirst() {
        assertUsageProblem(() -> april.parseQuarter("FY2026-28-Q1"));
    }

    @Test
    void refusesACalendarLabelWhenFiscalYearsStartInApril() {
        assertUsageProblem(() -> april.parseQuarter("2026-Q2"));
    }

    @Test
    void refusesAFiscalLabelWhenFiscalYearsStartInJanuary() {
        assertUsageProblem(() -> january.parseQuarter("FY2026-27-Q2"));
    }

    @Test
    void refusesAQuarterOutsideOneToFour() {
        assertUsageProblem(() -> april.parseQuarter("FY2026-27-Q5"));
        assertUsageProblem(() -> april.parseQuarter("FY2026-27-Q0"));
        assertUsageProblem(() -> april.parseQuarter("next quarter"));
    }

    @Test
    void refusesAStartMonthOutsideTheYear() {
        assertThatThrownBy(() -> new FiscalCalendar(13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalCalendar(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String labelOf(FiscalCalendar calendar, String date) {
        return calendar.quarterLabel(calendar.quarterOf(LocalDate.parse(date)));
    }

    private static void assertUsageProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.USAGE))
                .hasMessageContaining("--quarter");
    }
}

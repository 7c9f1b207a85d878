package org.partnership.outcomes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;

/**
 * Periods, themes and the as-of rule, with records fed in by hand. Themes: bit 0 = quantum,
 * bit 1 = robotics. Partners: bit 0 = ucl, bit 1 = iisc. As of 2026-08-15, April fiscal years.
 */
class MetricsCalculatorTest {

    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;
    private static final long JOINT = 3;
    private static final long UCL_ONLY = 1;
    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
    private static final long FY2026_Q2 = 2026 * 4 + 1;

    private final PartnershipConfig config = new PartnershipConfig(
            List.of(new Partner("ucl", "UCL", List.of(), List.of("UCL"), List.of()),
                    new Partner("iisc", "IISc", List.of(), List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum", List.of()), new Theme("robotics", "Robotics", List.of())),
            4, "GBP", new BigDecimal("0.05"), 5);
    private final MetricsCalculator calculator = new MetricsCalculator(config, AS_OF);

    private static MergedPublication publication(String date, long partners, long themes, long citations) {
        return new MergedPublication("k" + date + partners + themes + citations, "", "t", LocalDate.parse(date),
                DatePrecision.DAY, 0, Optional.empty(), Optional.empty(), partners, themes, citations, Optional.empty(), Optional.empty(), 1);
    }

    private static Grant grant(String id, String type, String status, String decided, String value, long themes,
            String followOn) {
        return new Grant(id, "t", "f", Optional.empty(), type, Optional.empty(), Optional.empty(), themes, status,
                Optional.ofNullable(decided).map(LocalDate::parse), Optional.empty(), Optional.of("GBP"),
                Optional.ofNullable(value).map(BigDecimal::new), Optional.ofNullable(followOn));
    }

    private static PhdStudent student(String start, String submission, String award, String withdrawal, String status,
            String fte, long themes) {
        return new PhdStudent("S" + start, Optional.empty(), Optional.empty(), Optional.empty(), themes,
                LocalDate.parse(start), Optional.ofNullable(submission).map(LocalDate::parse),
                Optional.ofNullable(award).map(LocalDate::parse), Optional.ofNullable(withdrawal).map(LocalDate::parse),
                status, new BigDecimal(fte), Optional.empty());
    }

    private String value(String period, String theme, Metric metric) {
        return calculator.table(FY2026_Q2).value(period, theme, metric).map(MetricsTable::format).orElse("");
    }

    @Test
    void aRecordInTwoThemesCountsOnceInEachAndOnceInAll() {
        calculator.addPublication(publication("2026-07-02", JOINT, QUANTUM | ROBOTICS, 5));
        calculator.addPublication(publication("2026-07-03", UCL_ONLY, 0, 1));
        assertThat(value("FY2026-27 Q2", "quantum", Metric.PUBLICATIONS)).isEqualTo("1");
        assertThat(value("FY2026-27 Q2", "robotics", Metric.JOINT_PUBLICATIONS)).isEqualTo("1");
        assertThat(value("FY2026-27 Q2", "unclassified", Metric.PUBLICATIONS)).isEqualTo("1");
        assertThat(value("FY2026-27 Q2", "all", Metric.PUBLICATIONS)).isEqualTo("2");
        assertThat(value("FY2026-27 Q2", "all", Metric.JOINT_SHARE)).isEqualTo("0.5");
    }

    @Test
    void recordsAfterTheAsOfDateAreLeftOutOfEveryPeriod() {
        calculator.addPublication(publication("2026-08-15", JOINT, QUANTUM, 5));
        calculator.addPublication(publication("2026-08-16", JOINT, QUANTUM, 7));
        assertThat(value("FY2026-27 Q2", "all", Metric.JOINT_CITATIONS)).isEqualTo("5");
        assertThat(value("All time", "all", Metric.JOINT_CITATIONS)).isEqualTo("5");
    }

    @Test
    void yearToDateAndAllTimeSumTheirQuarters() {
        calculator.addPublication(publication("2025-12-01", JOINT, QUANTUM, 3)); // FY2025-26 Q3
        calculator.addPublication(publication("2026-04-01", JOINT, QUANTUM, 4)); // FY2026-27 Q1
        calculator.addPublication(publication("2026-07-01", JOINT, QUANTUM, 5)); // FY2026-27 Q2
        assertThat(value("FY2026-27 YTD", "all", Metric.JOINT_PUBLICATIONS)).isEqualTo("2");
        assertThat(value("FY2026-27 YTD", "all", Metric.JOINT_H_INDEX)).isEqualTo("2");
        assertThat(value("All time", "all", Metric.JOINT_PUBLICATIONS)).isEqualTo("3");
        assertThat(value("All time", "all", Metric.JOINT_H_INDEX)).isEqualTo("3");
        assertThat(value("FY2025-26 Q4", "all", Metric.JOINT_PUBLICATIONS)).isEqualTo("0");
        MetricsTable table = calculator.table(FY2026_Q2);
        assertThat(table.periods()).extracting(MetricsTable.PeriodRow::label).containsExactly("FY2025-26 Q3",
                "FY2025-26 Q4", "FY2026-27 Q1", "FY2026-27 Q2", "FY2026-27 YTD", "All time");
        assertThat(table.period("All time").orElseThrow().start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(table.period("FY2026-27 Q2").orElseThrow().end()).isEqualTo(AS_OF);
    }

    @Test
    void leverageIsCumulativeToThePeriodsEndAndNeedsASeedGrantOfTheRegister() {
        calculator.addGrant(grant("S1", "seed", "awarded", "2025-05-01", "1000", QUANTUM, null), Set.of("S1"));
        calculator.addGrant(grant("E1", "external", "awarded", "2026-05-01", "3000", QUANTUM, "S1"), Set.of("S1"));
        calculator.addGrant(grant("E2", "external", "awarded", "2026-07-01", "500", QUANTUM, "E1"), Set.of("S1"));
        calculator.addGrant(grant("E3", "external", "declined", "2026-07-02", null, ROBOTICS, "S1"), Set.of("S1"));
        // FY2025-26 Q1: 0 over 1000; FY2026-27 Q1 and Q2: 3000 over 1000 (E2 follows on from an external grant)
        assertThat(value("FY2025-26 Q1", "quantum", Metric.LEVERAGE_RATIO)).isEqualTo("0");
        assertThat(value("FY2026-27 Q1", "quantum", Metric.LEVERAGE_RATIO)).isEqualTo("3");
        assertThat(value("FY2026-27 Q2", "all", Metric.LEVERAGE_RATIO)).isEqualTo("3");
        assertThat(value("FY2026-27 Q2", "robotics", Metric.LEVERAGE_RATIO)).isEmpty();
        assertThat(value("FY2026-27 Q2", "all", Metric.GRANT_SUCCESS_RATE)).isEqualTo("0.5");
        assertThat(value("FY2026-27 Q2", "all", Metric.EXTERNAL_VALUE)).isEqualTo("500");
        assertThat(value("FY2026-27 YTD", "quantum", Metric.AWARDED_VALUE)).isEqualTo("3500");
    }

    @Test
    void eventsAfterTheAsOfDateHaveNotHappenedYet() {
        // started 2022-09-01, awarded 2026-09-30: after the as-of date, so still active
        calculator.addStudent(student("2022-09-01", "2026-06-01", "2026-09-30", null, "awarded", "1.0", QUANTUM));
        assertThat(value("FY2026-27 Q2", "quantum", Metric.PHD_COMPLETIONS)).isEqualTo("0");
        assertThat(value("FY2026-27 Q2", "quantum", Metric.PHD_ACTIVE_AT_END)).isEqualTo("1");
        // its 4 years end 2026-09-01, after the as-of date: not yet in the cohort
        assertThat(value("FY2026-27 Q2", "quantum", Metric.PHD_FOUR_YEAR_SUBMISSION_RATE)).isEmpty();
    }

    @Test
    void activeAtEndAndTheFourYearRateFollowThePeriodsEnd() {
        calculator.addStudent(student("2021-04-01", "2025-03-01", "2025-06-10", null, "awarded", "1.0", QUANTUM));
        calculator.addStudent(student("2021-05-01", null, null, "2023-05-01", "withdrawn", "1.0", QUANTUM));
        calculator.addStudent(student("2020-01-01", "2026-01-01", null, null, "submitted", "0.5", QUANTUM));
        // FY2024-25 Q4 ends 2025-03-31: the second withdrew in 2023, the other two are active; the
        // full-timers' 4 years end on 2025-04-01 and 2025-05-01, after the period
        assertThat(value("FY2024-25 Q4", "quantum", Metric.PHD_ACTIVE_AT_END)).isEqualTo("2");
        assertThat(value("FY2024-25 Q4", "quantum", Metric.PHD_FOUR_YEAR_SUBMISSION_RATE)).isEmpty();
        // FY2025-26 Q1 ends 2025-06-30: the first awarded; both full-timers in the cohort, one on time
        assertThat(value("FY2025-26 Q1", "quantum", Metric.PHD_ACTIVE_AT_END)).isEqualTo("1");
        assertThat(value("FY2025-26 Q1", "quantum", Metric.PHD_FOUR_YEAR_SUBMISSION_RATE)).isEqualTo("0.5");
        assertThat(value("FY2025-26 Q1", "quantum", Metric.PHD_COMPLETIONS)).isEqualTo("1");
        // the part-timer (7 years: 2027-01-01) never joins the cohort before the as-of date
        assertThat(value("FY2026-27 Q2", "quantum", Metric.PHD_FOUR_YEAR_SUBMISSION_RATE)).isEqualTo("0.5");
        assertThat(value("FY2023-24 Q1", "quantum", Metric.PHD_WITHDRAWALS)).isEqualTo("1");
    }
}

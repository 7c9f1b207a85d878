package org.partnership.outcomes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.CoarseDates;
import org.partnership.outcomes.config.Enrichment;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.period.DatePrecision;

/**
 * Publications dated by a month or a year alone (docs/metrics.md, "Partial dates"): a record counts
 * in a period only when its whole span lies inside it. As of 2026-08-15; no themes, so every
 * publication is in {@code unclassified} and {@code all}.
 */
class CoarseDateMetricsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
    private static final long JOINT = 0b11;

    private static PartnershipConfig config(int fiscalYearStartMonth, CoarseDates coarseDates) {
        return new PartnershipConfig(List.of(new Partner("ucl", "UCL", List.of(), List.of("UCL"), List.of()),
                new Partner("iisc", "IISc", List.of(), List.of("IISc"), List.of())), List.of(), fiscalYearStartMonth,
                "GBP", new BigDecimal("0.05"), 5, coarseDates, Enrichment.DEFAULT);
    }

    /** {@code date} as written: 2024-05-10, 2026-07 or 2025. */
    private static MergedPublication publication(String date) {
        DatePrecision precision = DatePrecision.ofWritten(date);
        String first = precision == DatePrecision.YEAR ? date + "-01-01"
                : precision == DatePrecision.MONTH ? date + "-01" : date;
        return new MergedPublication("doi:10.1/" + date, "10.1/" + date, "t", LocalDate.parse(first), precision, 0,
                Optional.empty(), Optional.empty(), JOINT, 0, 1, Optional.empty(), Optional.empty(), 1);
    }

    private static String value(MetricsTable table, String period) {
        return table.value(period, "all", Metric.PUBLICATIONS).map(MetricsTable::format).orElse("");
    }

    @Test
    void withAprilYearsAYearAloneCountsOnlyInAllTimeAndOnlyWhenAllTimeHoldsTheWholeYear() {
        MetricsCalculator calculator = new MetricsCalculator(config(4, CoarseDates.EXCLUDE), AS_OF);
        var placed = publication("2024-05-10"); // FY2024-25 Q1
        var year2025 = publication("2025"); // wholly inside all time
        var year2024 = publication("2024"); // the earliest: all time starts with its quarter, 2024-01-01
        var year2026 = publication("2026"); // begun, not ended by the as-of date: in no period
        var july = publication("2026-07"); // wholly inside FY2026-27 Q2 to date
        var august = publication("2026-08"); // begun, not ended by the as-of date: in no period
        List.of(placed, year2025, year2024, year2026, july, august).forEach(calculator::addPublication);

        MetricsTable table = calculator.table(2026 * 4 + 1);

        assertThat(value(table, "FY2024-25 Q1")).isEqualTo("1");
        assertThat(value(table, "FY2024-25 Q4")).isEqualTo("0"); // January-March 2025: no year lies in a quarter
        assertThat(value(table, "FY2026-27 Q2")).isEqualTo("1");
        assertThat(value(table, "FY2026-27 YTD")).isEqualTo("1");
        assertThat(value(table, "All time")).isEqualTo("4"); // 2024-05-10, 2024, 2025 and 2026-07
        assertThat(table.period("All time").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(value(table, "FY2023-24 Q4")).isEqualTo("0"); // the first quarter: 2024 lies in none
        assertThat(calculator.isTooCoarseForQuarter(year2025)).isTrue();
        assertThat(calculator.isTooCoarseForQuarter(year2024)).isTrue();
        assertThat(calculator.isTooCoarseForQuarter(year2026)).isTrue(); // begun by the as-of date: not after it
        assertThat(calculator.isTooCoarseForQuarter(july)).isFalse();
        assertThat(calculator.isTooCoarseForQuarter(august)).isTrue();
        assertThat(calculator.isTooCoarseForQuarter(publication("2026-09"))).isFalse(); // after the as-of date
    }

    @Test
    void withCalendarYearsAYearAloneCountsInItsYearOnceTheWholeYearIsReported() {
        MetricsCalculator calculator = new MetricsCalculator(config(1, CoarseDates.EXCLUDE), AS_OF);
        calculator.addPublication(publication("2024-05-10")); // 2024 Q2
        calculator.addPublication(publication("2025"));
        calculator.addPublication(publication("2024")); // all time starts 2024-01-01

        MetricsTable q4 = calculator.table(2025 * 4 + 3); // 2025 Q4, over: 2025 YTD is the whole of 2025
        assertThat(value(q4, "2025 Q4")).isEqualTo("0");
        assertThat(value(q4, "2025 YTD")).isEqualTo("1");
        assertThat(value(q4, "All time")).isEqualTo("3"); // 2024-05-10, 2024 and 2025

        MetricsTable q3 = calculator.table(2025 * 4 + 2); // 2025 YTD ends on 30 September
        assertThat(value(q3, "2025 YTD")).isEqualTo("0");
        assertThat(value(q3, "All time")).isEqualTo("2"); // 2024-05-10 and 2024: 2025 has not ended by 30 September
    }

    @Test
    void aQuarterToDateHoldsAYearOnlyOnceTheYearHasEndedByTheAsOfDate() {
        MetricsCalculator calculator = new MetricsCalculator(config(1, CoarseDates.EXCLUDE), LocalDate.of(2025, 12, 30));
        calculator.addPublication(publication("2025-01-02"));
        calculator.addPublication(publication("2025"));
        assertThat(value(calculator.table(2025 * 4 + 3), "2025 YTD")).isEqualTo("1"); // 2025 has not ended

        MetricsCalculator lastDay = new MetricsCalculator(config(1, CoarseDates.EXCLUDE), LocalDate.of(2025, 12, 31));
        lastDay.addPublication(publication("2025-01-02"));
        lastDay.addPublication(publication("2025"));
        assertThat(value(lastDay.table(2025 * 4 + 3), "2025 YTD")).isEqualTo("2");
        assertThat(value(lastDay.table(2025 * 4 + 3), "All time")).isEqualTo("2");
    }

    @Test
    void firstDayPlacesAYearOnTheFirstOfJanuaryAndAMonthOnItsFirstDay() {
        MetricsCalculator calculator = new MetricsCalculator(config(4, CoarseDates.FIRST_DAY), AS_OF);
        var year2019 = publication("2019");
        List.of(publication("2025"), publication("2026"), publication("2026-08"), year2019)
                .forEach(calculator::addPublication);

        MetricsTable table = calculator.table(2026 * 4 + 1);

        assertThat(value(table, "FY2024-25 Q4")).isEqualTo("1"); // 2025-01-01
        assertThat(value(table, "FY2025-26 Q4")).isEqualTo("1"); // 2026-01-01, on or before the as-of date
        assertThat(value(table, "FY2026-27 Q2")).isEqualTo("1"); // 2026-08-01
        assertThat(value(table, "All time")).isEqualTo("4");
        assertThat(table.period("All time").orElseThrow().start()).isEqualTo(LocalDate.of(2019, 1, 1)); // FY2018-19 Q4
        assertThat(calculator.isTooCoarseForQuarter(year2019)).isFalse();
    }
}

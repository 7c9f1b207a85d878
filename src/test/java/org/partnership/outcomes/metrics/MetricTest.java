package org.partnership.outcomes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metric formulas on facts small enough to check by eye. */
class MetricTest {

    private static PeriodFacts facts(long publications, long joint, List<Long> citations, List<BigDecimal> months) {
        long citationSum = citations.stream().mapToLong(Long::longValue).sum();
        return new PeriodFacts(publications, joint, citationSum, citations, new BigDecimal("3.0"), 2, 4, 3,
                5, 2, new BigDecimal("1500.50"), new BigDecimal("500.50"), new BigDecimal("1000"),
                new BigDecimal("250"), new BigDecimal("1000"), months.size(), months, 1, 7, 8, 6);
    }

    private static String value(Metric metric, PeriodFacts facts) {
        return metric.valueOf(facts).map(MetricsTable::format).orElse("");
    }

    @Test
    void hIndexIsTheLargestHWithHPapersOfAtLeastHCitations() {
        assertThat(Metric.hIndex(List.of(10L, 8L, 5L, 4L, 3L))).isEqualTo(4);
        assertThat(Metric.hIndex(List.of(25L, 8L, 5L, 3L, 3L))).isEqualTo(3);
        assertThat(Metric.hIndex(List.of(0L, 0L))).isZero();
        assertThat(Metric.hIndex(List.of(1L))).isEqualTo(1);
        assertThat(Metric.hIndex(List.of())).isZero();
    }

    @Test
    void hIndexCountedIsTheHIndexOfTheSortedCitations() {
        Random random = new Random(4);
        for (int n = 0; n < 2_000; n++) {
            List<Long> citations = new ArrayList<>();
            for (int k = random.nextInt(40); k > 0; k--) {
                citations.add((long) random.nextInt(random.nextBoolean() ? 5 : 100));
            }
            List<Long> sorted = new ArrayList<>(citations);
            sorted.sort(Comparator.reverseOrder());
            long h = 0; // the definition: the largest h with h papers of at least h citations
            while (h < sorted.size() && sorted.get((int) h) >= h + 1) {
                h++;
            }
            assertThat(Metric.hIndex(citations)).as(citations.toString()).isEqualTo(h);
        }
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Metric.median(List.of(new BigDecimal("48"), new BigDecimal("12"), new BigDecimal("40"))))
                .contains(new BigDecimal("40"));
        assertThat(Metric.median(List.of(new BigDecimal("48"), new BigDecimal("36"), new BigDecimal("40"),
                new BigDecimal("50")))).contains(new BigDecimal("44"));
        assertThat(Metric.median(List.of())).isEmpty();
    }

    @Test
    void formulasOverOnePeriodsFacts() {
        PeriodFacts f = facts(8, 4, List.of(10L, 8L, 5L, 4L), List.of(new BigDecimal("45"), new BigDecimal("51")));
        assertThat(value(Metric.PUBLICATIONS, f)).isEqualTo("8");
        assertThat(value(Metric.JOINT_SHARE, f)).isEqualTo("0.5");
        assertThat(value(Metric.JOINT_CITATIONS, f)).isEqualTo("27");
        assertThat(value(Metric.JOINT_CITATIONS_PER_PAPER, f)).isEqualTo("6.75");
        assertThat(value(Metric.JOINT_H_INDEX, f)).isEqualTo("4");
        assertThat(value(Metric.JOINT_MEAN_FWCI, f)).isEqualTo("1.5");
        assertThat(value(Metric.JOINT_OPEN_ACCESS_SHARE, f)).isEqualTo("0.75");
        assertThat(value(Metric.GRANT_SUCCESS_RATE, f)).isEqualTo("0.4");
        assertThat(value(Metric.AWARDED_VALUE, f)).isEqualTo("1500.5");
        assertThat(value(Metric.LEVERAGE_RATIO, f)).isEqualTo("0.25");
        assertThat(value(Metric.PHD_MEDIAN_MONTHS_TO_AWARD, f)).isEqualTo("48");
        assertThat(value(Metric.PHD_ACTIVE_AT_END, f)).isEqualTo("7");
        assertThat(value(Metric.PHD_FOUR_YEAR_SUBMISSION_RATE, f)).isEqualTo("0.75");
    }

    @Test
    void ratiosOverZeroAndMeansOfNothingAreEmptyNotZero() {
        PeriodFacts none = new PeriodFacts(0, 0, 0, List.of(), BigDecimal.ZERO, 0, 0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of(), 0, 0, 0, 0);
        for (Metric metric : List.of(Metric.JOINT_SHARE, Metric.JOINT_CITATIONS_PER_PAPER, Metric.JOINT_MEAN_FWCI,
                Metric.JOINT_OPEN_ACCESS_SHARE, Metric.GRANT_SUCCESS_RATE, Metric.LEVERAGE_RATIO,
                Metric.PHD_MEDIAN_MONTHS_TO_AWARD, Metric.PHD_FOUR_YEAR_SUBMISSION_RATE)) {
            assertThat(metric.valueOf(none)).as(metric.id()).isEqualTo(Optional.empty());
        }
        assertThat(value(Metric.JOINT_H_INDEX, none)).isEqualTo("0");
        assertThat(value(Metric.AWARDED_VALUE, none)).isEqualTo("0");
    }

    @Test
    void valuesArePlainDecimalsWithoutExponent() {
        assertThat(MetricsTable.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(MetricsTable.format(new BigDecimal("0.000000100"))).isEqualTo("0.0000001");
        assertThat(MetricsTable.format(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(MetricsTable.format(BigDecimal.ZERO.setScale(4))).isEqualTo("0");
    }

    @Test
    void everyMetricOfTheContractIsDefinedOnceInItsOrder() {
        List<String> sectionFive = List.of("publications",
                "joint_publications", "joint_share", "joint_citations", "joint_citations_per_paper", "joint_h_index",
                "joint_mean_fwci", "joint_open_access_share", "grant_applications_decided", "grants_awarded",
                "grant_success_rate", "awarded_value", "seed_value", "external_value", "leverage_ratio",
                "phd_completions", "phd_median_months_to_award", "phd_withdrawals", "phd_active_at_end",
                "phd_four_year_submission_rate");
        List<String> programmes = List.of("exchanges_started", "exchange_days", "fellowships_started",
                "fellows_active_at_end", "events_held", "event_participants", "invention_disclosures",
                "patent_filings", "licences", "spin_outs", "programme_seed_funded_share");
        assertThat(Metric.of(false).stream().map(Metric::id)).containsExactlyElementsOf(sectionFive);
        List<String> all = new java.util.ArrayList<>(sectionFive);
        all.addAll(programmes);
        assertThat(Metric.of(true).stream().map(Metric::id)).containsExactlyElementsOf(all);
        assertThat(java.util.Arrays.stream(Metric.values()).filter(Metric::isProgramme).map(Metric::id))
                .containsExactlyElementsOf(programmes);
    }
}

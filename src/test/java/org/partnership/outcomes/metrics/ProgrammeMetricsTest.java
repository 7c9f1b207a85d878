package org.partnership.outcomes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.ingest.activity.Activity;

/**
 * The programme metrics of REQUIREMENTS §9, worked out by hand. As of 2026-08-15, April fiscal
 * years: FY2025-26 Q4 is Jan-Mar 2026, FY2026-27 Q1 Apr-Jun 2026, Q2 Jul-Sep 2026 (to date: it
 * ends on 15 Aug). S1 is an awarded seed grant; E1 an awarded external one; S2 a seed grant not
 * (yet) awarded, so it is not in the set of awarded seed grants.
 *
 * <pre>
 * X1 exchange   quantum   2026-06-20..2026-07-10 completed S1   days: Q1 20-30 Jun = 11, Q2 1-10 Jul = 10
 * X2 exchange   robotics  2026-08-01..(none)     active    E1   days: Q2 1-15 Aug = 15 (to the as-of date)
 * X3 exchange   quantum   2026-07-20..2026-09-10 active         days: Q2 20 Jul-15 Aug = 12 + 15 = 27
 * F1 fellowship quantum   2026-01-15..2026-06-30 completed S1   active at the end of FY2025-26 Q4 only
 * F2 fellowship (none)    2026-05-01..2026-12-31 active    S2   the end is after the as-of date: active
 * W1 workshop   robotics  2026-07-05, 40 participants
 * T1 training   quantum   2026-07-12, participants unknown
 * W2 workshop   quantum   2026-04-10, 25 participants
 * I1 disclosure quantum 2026-07-15; PF1 patent robotics 2026-08-01; L1 licence quantum 2026-05-05
 * SO1 spin-out 2026-08-20: after the as-of date, in no period
 * P1 planned exchange 2026-07-01, C1 cancelled workshop 2026-07-03 (100 participants),
 * C0 cancelled exchange 2025-05-01: counted nowhere, not even where the periods start
 * </pre>
 */
class ProgrammeMetricsTest {

    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;
    private static final long UCL = 1;
    private static final long IISC = 2;
    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);
    private static final long FY2026_Q2 = 2026 * 4 + 1;
    private static final Set<String> AWARDED_SEED = Set.of("S1");

    private static final String Q4 = "FY2025-26 Q4";
    private static final String Q1 = "FY2026-27 Q1";
    private static final String Q2 = "FY2026-27 Q2";
    private static final String YTD = "FY2026-27 YTD";
    private static final String ALL_TIME = "All time";

    private final PartnershipConfig config = new PartnershipConfig(
            List.of(new Partner("ucl", "UCL", List.of(), List.of("UCL"), List.of()),
                    new Partner("iisc", "IISc", List.of(), List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum", List.of()), new Theme("robotics", "Robotics", List.of())),
            4, "GBP", new BigDecimal("0.05"), 5);
    private final MetricsCalculator calculator = new MetricsCalculator(config, AS_OF, true);
    private MetricsTable table;

    private static Activity activity(String id, String type, long themes, String start, String end, Long participants,
            String grant, String status) {
        boolean mobility = Activity.isMobility(type);
        return new Activity(id, type, "t", Optional.empty(), Optional.empty(), mobility ? UCL : 0,
                mobility ? IISC : 0, mobility ? Optional.of("P-" + id) : Optional.empty(), themes,
                LocalDate.parse(start), Optional.ofNullable(end).map(LocalDate::parse), Optional.ofNullable(participants),
                Optional.ofNullable(grant), status);
    }

    @BeforeEach
    void addActivities() {
        for (Activity a : List.of(
                activity("X1", Activity.FACULTY_EXCHANGE, QUANTUM, "2026-06-20", "2026-07-10", null, "S1", "completed"),
                activity("X2", Activity.FACULTY_EXCHANGE, ROBOTICS, "2026-08-01", null, null, "E1", "active"),
                activity("X3", Activity.FACULTY_EXCHANGE, QUANTUM, "2026-07-20", "2026-09-10", null, null, "active"),
                activity("F1", Activity.FELLOWSHIP, QUANTUM, "2026-01-15", "2026-06-30", null, "S1", "completed"),
                activity("F2", Activity.FELLOWSHIP, 0, "2026-05-01", "2026-12-31", null, "S2", "active"),
                activity("W1", Activity.WORKSHOP, ROBOTICS, "2026-07-05", "2026-07-06", 40L, null, "completed"),
                activity("T1", Activity.TRAINING, QUANTUM, "2026-07-12", null, null, null, "active"),
                activity("W2", Activity.WORKSHOP, QUANTUM, "2026-04-10", "2026-04-10", 25L, null, "completed"),
                activity("I1", Activity.INVENTION_DISCLOSURE, QUANTUM, "2026-07-15", null, null, null, "active"),
                activity("PF1", Activity.PATENT_FILING, ROBOTICS, "2026-08-01", null, null, null, "active"),
                activity("L1", Activity.LICENCE, QUANTUM, "2026-05-05", "2026-05-05", null, null, "completed"),
                activity("SO1", Activity.SPIN_OUT, QUANTUM, "2026-08-20", null, null, null, "active"),
                activity("P1", Activity.FACULTY_EXCHANGE, QUANTUM, "2026-07-01", null, null, "S1", "planned"),
                activity("C1", Activity.WORKSHOP, QUANTUM, "2026-07-03", null, 100L, null, "cancelled"),
                activity("C0", Activity.FACULTY_EXCHANGE, QUANTUM, "2025-05-01", null, null, null, "cancelled"))) {
            calculator.addActivity(a, AWARDED_SEED);
        }
        table = calculator.table(FY2026_Q2);
    }

    private String value(String period, String theme, Metric metric) {
        return table.value(period, theme, metric).map(MetricsTable::format).orElse("");
    }

    @Test
    void periodsStartAtTheEarliestCountedActivity() {
        assertThat(table.periods()).extracting(MetricsTable.PeriodRow::label)
                .containsExactly(Q4, Q1, Q2, YTD, ALL_TIME);
        assertThat(table.period(ALL_TIME).orElseThrow().start()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void exchangesStartedCountActiveAndCompletedOnes() {
        assertThat(value(Q1, "all", Metric.EXCHANGES_STARTED)).isEqualTo("1"); // X1
        assertThat(value(Q2, "all", Metric.EXCHANGES_STARTED)).isEqualTo("2"); // X2, X3; not P1
        assertThat(value(Q2, "quantum", Metric.EXCHANGES_STARTED)).isEqualTo("1");
        assertThat(value(ALL_TIME, "all", Metric.EXCHANGES_STARTED)).isEqualTo("3");
    }

    @Test
    void exchangeDaysAreSplitAtTheQuarterBoundaryAndStopAtTheAsOfDate() {
        assertThat(value(Q1, "all", Metric.EXCHANGE_DAYS)).isEqualTo("11");
        assertThat(value(Q2, "all", Metric.EXCHANGE_DAYS)).isEqualTo("52"); // 10 + 15 + 27
        assertThat(value(Q2, "quantum", Metric.EXCHANGE_DAYS)).isEqualTo("37"); // 10 + 27
        assertThat(value(Q2, "robotics", Metric.EXCHANGE_DAYS)).isEqualTo("15");
        assertThat(value(YTD, "all", Metric.EXCHANGE_DAYS)).isEqualTo("63");
        assertThat(value(ALL_TIME, "all", Metric.EXCHANGE_DAYS)).isEqualTo("63");
        assertThat(value(Q4, "all", Metric.EXCHANGE_DAYS)).isEqualTo("0");
    }

    @Test
    void aFellowshipEndingOnThePeriodsLastDayIsNotActiveAtItsEnd() {
        assertThat(value(Q4, "quantum", Metric.FELLOWSHIPS_STARTED)).isEqualTo("1");
        assertThat(value(Q4, "quantum", Metric.FELLOWS_ACTIVE_AT_END)).isEqualTo("1");
        assertThat(value(Q1, "quantum", Metric.FELLOWS_ACTIVE_AT_END)).isEqualTo("0"); // F1 ended 30 Jun
        assertThat(value(Q1, "unclassified", Metric.FELLOWSHIPS_STARTED)).isEqualTo("1");
        assertThat(value(Q1, "all", Metric.FELLOWS_ACTIVE_AT_END)).isEqualTo("1"); // F2
        assertThat(value(Q2, "all", Metric.FELLOWS_ACTIVE_AT_END)).isEqualTo("1"); // F2 ends after the as-of date
        assertThat(value(YTD, "all", Metric.FELLOWSHIPS_STARTED)).isEqualTo("1");
        assertThat(value(ALL_TIME, "all", Metric.FELLOWSHIPS_STARTED)).isEqualTo("2");
        assertThat(value(ALL_TIME, "all", Metric.FELLOWS_ACTIVE_AT_END)).isEqualTo("1");
    }

    @Test
    void eventsCountWorkshopsAndTrainingsAndSumTheParticipantsGiven() {
        assertThat(value(Q2, "all", Metric.EVENTS_HELD)).isEqualTo("2"); // W1, T1; not the cancelled C1
        assertThat(value(Q2, "all", Metric.EVENT_PARTICIPANTS)).isEqualTo("40");
        assertThat(value(Q2, "quantum", Metric.EVENTS_HELD)).isEqualTo("1");
        assertThat(value(Q2, "quantum", Metric.EVENT_PARTICIPANTS)).isEqualTo("0"); // T1 gives no count
        assertThat(value(Q1, "all", Metric.EVENT_PARTICIPANTS)).isEqualTo("25");
        assertThat(value(YTD, "all", Metric.EVENT_PARTICIPANTS)).isEqualTo("65");
    }

    @Test
    void innovationMilestonesCountByTheirDate() {
        assertThat(value(Q2, "all", Metric.INVENTION_DISCLOSURES)).isEqualTo("1");
        assertThat(value(Q2, "robotics", Metric.PATENT_FILINGS)).isEqualTo("1");
        assertThat(value(Q1, "quantum", Metric.LICENCES)).isEqualTo("1");
        assertThat(value(Q2, "all", Metric.LICENCES)).isEqualTo("0");
        assertThat(value(ALL_TIME, "all", Metric.SPIN_OUTS)).isEqualTo("0"); // SO1 is after the as-of date
    }

    @Test
    void seedFundedShareCountsExchangesAndFellowshipsFundedByAnAwardedSeedGrant() {
        assertThat(value(Q4, "all", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEqualTo("1"); // F1 by S1
        assertThat(value(Q1, "all", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEqualTo("0.5"); // X1 by S1; F2 by S2
        assertThat(value(Q2, "all", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEqualTo("0"); // X2 external, X3 none
        assertThat(value(YTD, "all", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEqualTo("0.25"); // 1 of 4
        assertThat(value(ALL_TIME, "all", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEqualTo("0.4"); // 2 of 5
        assertThat(value(Q1, "robotics", Metric.PROGRAMME_SEED_FUNDED_SHARE)).isEmpty(); // none started: undefined
    }

    @Test
    void aRunWithoutActivitiesHasNoProgrammeMetrics() {
        MetricsTable without = new MetricsCalculator(config, AS_OF).table(FY2026_Q2);

        assertThat(without.metrics()).hasSize(20).noneMatch(Metric::isProgramme);
        assertThat(table.metrics()).hasSize(31);
        assertThat(table.hasProgrammes()).isTrue();
        assertThat(without.hasProgrammes()).isFalse();
    }
}

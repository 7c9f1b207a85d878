package org.partnership.outcomes.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every metric of the report, each defined once, here, from the {@link PeriodFacts} of one theme
 * in one period. A ratio whose denominator is 0, and a mean or median of nothing, is empty; an
 * h-index of nothing is 0. The words are those of the Definitions sheet and docs/metrics.md.
 */
public enum Metric {
    PUBLICATIONS("publications", Unit.COUNT,
            "Distinct publications dated in the period (duplicates across exports merged).",
            f -> count(f.publications())),
    JOINT_PUBLICATIONS("joint_publications", Unit.COUNT,
            "Of those, joint: the affiliations name at least two different partners.",
            f -> count(f.jointPublications())),
    JOINT_SHARE("joint_share", Unit.SHARE,
            "Joint publications divided by publications.",
            f -> ratio(f.jointPublications(), f.publications())),
    JOINT_CITATIONS("joint_citations", Unit.COUNT,
            "Sum of the citations of the joint publications.",
            f -> count(f.jointCitations())),
    JOINT_CITATIONS_PER_PAPER("joint_citations_per_paper", Unit.DECIMAL,
            "Joint citations divided by joint publications.",
            f -> ratio(f.jointCitations(), f.jointPublications())),
    JOINT_H_INDEX("joint_h_index", Unit.COUNT,
            "Largest h such that h joint publications of the period have at least h citations each.",
            f -> count(hIndex(f.jointCitationCounts()))),
    JOINT_MEAN_FWCI("joint_mean_fwci", Unit.DECIMAL,
            "Mean field-weighted citation impact of the joint publications that have one.",
            f -> ratio(f.jointFwciSum(), BigDecimal.valueOf(f.jointFwciCount()))),
    JOINT_OPEN_ACCESS_SHARE("joint_open_access_share", Unit.SHARE,
            "Share of joint publications that are gold, diamond, hybrid, bronze or green open access,"
                    + " among those whose status is known.",
            f -> ratio(f.jointOpenAccess(), f.jointOpenAccessKnown())),
    GRANT_APPLICATIONS_DECIDED("grant_applications_decided", Unit.COUNT,
            "Grants awarded or declined with their decision date in the period.",
            f -> count(f.grantsDecided())),
    GRANTS_AWARDED("grants_awarded", Unit.COUNT,
            "Of those, awarded.",
            f -> count(f.grantsAwarded())),
    GRANT_SUCCESS_RATE("grant_success_rate", Unit.SHARE,
            "Grants awarded divided by grant applications decided.",
            f -> ratio(f.grantsAwarded(), f.grantsDecided())),
    AWARDED_VALUE("awarded_value", Unit.MONEY,
            "Value of the awards decided in the period, in the base currency (each converted at the latest"
                    + " rate on or before its decision date).",
            f -> Optional.of(f.awardedValue())),
    SEED_VALUE("seed_value", Unit.MONEY,
            "Awarded value from the partnership's own joint seed fund.",
            f -> Optional.of(f.seedValue())),
    EXTERNAL_VALUE("external_value", Unit.MONEY,
            "Awarded value from external funders.",
            f -> Optional.of(f.externalValue())),
    LEVERAGE_RATIO("leverage_ratio", Unit.DECIMAL,
            "Cumulative from the first record to the period's end: value of awarded external grants that"
                    + " follow on from a seed grant of the register, divided by the value of awarded seed grants.",
            f -> ratio(f.cumulativeFollowOnExternalValue(), f.cumulativeSeedValue())),
    PHD_COMPLETIONS("phd_completions", Unit.COUNT,
            "Students awarded their PhD with the award date in the period.",
            f -> count(f.completions())),
    PHD_MEDIAN_MONTHS_TO_AWARD("phd_median_months_to_award", Unit.MONTHS,
            "Median time from start to award of those completions, in months (days x 12 / 365.25).",
            f -> median(f.monthsToAward())),
    PHD_WITHDRAWALS("phd_withdrawals", Unit.COUNT,
            "Students withdrawn with the withdrawal date in the period.",
            f -> count(f.withdrawals())),
    PHD_ACTIVE_AT_END("phd_active_at_end", Unit.COUNT,
            "Students started on or before the period's end and neither awarded nor withdrawn by then"
                    + " (a submitted student is active).",
            f -> count(f.activeAtEnd())),
    PHD_FOUR_YEAR_SUBMISSION_RATE("phd_four_year_submission_rate", Unit.SHARE,
            "Cumulative: of the students whose start + 4 years (7 when part-time) is on or before the period's"
                    + " end, withdrawn ones included, the share who submitted (or, with no submission date, were"
                    + " awarded) within those 4 (7) years.",
            f -> ratio(f.cumulativeFourYearOnTime(), f.cumulativeFourYearCohort())),

    // Programme activities (REQUIREMENTS §9): written only when the run has an activities/ folder,
    // and counted over active and completed activities only.
    EXCHANGES_STARTED("exchanges_started", Unit.COUNT,
            "Faculty exchanges (active or completed) with their start date in the period.",
            f -> count(f.programmes().exchangesStarted()), true),
    EXCHANGE_DAYS("exchange_days", Unit.COUNT,
            "Days of the period covered by faculty exchanges: each from its start date to its end date (or, with"
                    + " none, the as-of date), both included and no later than the as-of date, intersected with"
                    + " the period.",
            f -> count(f.programmes().exchangeDays()), true),
    FELLOWSHIPS_STARTED("fellowships_started", Unit.COUNT,
            "Research fellowships with their start date in the period.",
            f -> count(f.programmes().fellowshipsStarted()), true),
    FELLOWS_ACTIVE_AT_END("fellows_active_at_end", Unit.COUNT,
            "Fellowships started on or before the period's end whose end date is blank or after the period's end"
                    + " (an end date after the as-of date has not happened yet).",
            f -> count(f.programmes().fellowsActiveAtEnd()), true),
    EVENTS_HELD("events_held", Unit.COUNT,
            "Workshops and trainings held (start date) in the period.",
            f -> count(f.programmes().eventsHeld()), true),
    EVENT_PARTICIPANTS("event_participants", Unit.COUNT,
            "Participants of those events, summed over the events that give a count (0 when none does).",
            f -> count(f.programmes().eventParticipants()), true),
    INVENTION_DISCLOSURES("invention_disclosures", Unit.COUNT,
            "Invention disclosures dated in the period.",
            f -> count(f.programmes().inventionDisclosures()), true),
    PATENT_FILINGS("patent_filings", Unit.COUNT,
            "Patent filings dated in the period.",
            f -> count(f.programmes().patentFilings()), true),
    LICENCES("licences", Unit.COUNT,
            "Licences signed (dated) in the period.",
            f -> count(f.programmes().licences()), true),
    SPIN_OUTS("spin_outs", Unit.COUNT,
            "Spin-out companies formed (dated) in the period.",
            f -> count(f.programmes().spinOuts()), true),
    PROGRAMME_SEED_FUNDED_SHARE("programme_seed_funded_share", Unit.SHARE,
            "Of the faculty exchanges and fellowships started in the period, the share funded by an awarded"
                    + " grant of the partnership's seed fund (funded_by_grant).",
            f -> ratio(f.programmes().seedFundedMobility(), f.programmes().mobilityStarted()), true);

    /** How a value reads: counts are whole numbers, the rest decimals. */
    public enum Unit { COUNT, SHARE, DECIMAL, MONEY, MONTHS }

    /** Sixteen significant digits: exact enough for any report, and the same on every run. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private final String id;
    private final Unit unit;
    private final String definition;
    private final Function<PeriodFacts, Optional<BigDecimal>> formula;
    private final boolean programme;

    Metric(String id, Unit unit, String definition, Function<PeriodFacts, Optional<BigDecimal>> formula) {
        this(id, unit, definition, formula, false);
    }

    Metric(String id, Unit unit, String definition, Function<PeriodFacts, Optional<BigDecimal>> formula,
            boolean programme) {
        this.id = id;
        this.unit = unit;
        this.definition = definition;
        this.formula = formula;
        this.programme = programme;
    }

    /** True for the metrics of programme activities, which a run without an activities/ folder leaves out. */
    public boolean isProgramme() {
        return programme;
    }

    /** The metrics of a run, in report order: with or without those of programme activities. */
    public static List<Metric> of(boolean withProgrammes) {
        return Arrays.stream(values()).filter(m -> withProgrammes || !m.programme).toList();
    }

    public String id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public Optional<BigDecimal> valueOf(PeriodFacts facts) {
        return formula.apply(facts);
    }

    public static Optional<Metric> byId(String id) {
        for (Metric metric : values()) {
            if (metric.id.equals(id)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    static Optional<BigDecimal> count(long value) {
        return Optional.of(BigDecimal.valueOf(value));
    }

    static Optional<BigDecimal> ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, PRECISION));
    }

    /**
     * Counted, not sorted: {@code papersWith[k]} is how many have k citations (n or more counted
     * as n, since h cannot exceed n), so the largest h is found in one pass down from n. At a
     * million rows the all-time periods hold hundreds of thousands of citation counts.
     */
    static long hIndex(List<Long> citations) {
        int n = citations.size();
        int[] papersWith = new int[n + 1];
        for (long c : citations) {
            papersWith[(int) Math.min(c, n)]++;
        }
        long atLeast = 0;
        for (int h = n; h > 0; h--) {
            atLeast += papersWith[h];
            if (atLeast >= h) {
                return h;
            }
        }
        return 0;
    }

    static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), PRECISION));
    }
}

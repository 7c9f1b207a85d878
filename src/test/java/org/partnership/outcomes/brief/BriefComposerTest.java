package org.partnership.outcomes.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.FiscalCalendar;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * Each kind of sentence on a metrics table written by hand: report quarter FY2026-27 Q2 (July to
 * September 2026), previous quarter FY2026-27 Q1, the same quarter a year before FY2025-26 Q2.
 * Metrics not put are absent, which the brief reads as 0 (counts) or not defined (ratios).
 */
class BriefComposerTest {

    static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "University College London", List.of(), List.of("UCL"), List.of()),
                    new Partner("iisc", "Indian Institute of Science", List.of(), List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum")),
                    new Theme("liver", "Liver tissue engineering", List.of("liver")),
                    new Theme("ai", "AI in healthcare", List.of("AI"))),
            4, "GBP", new BigDecimal("0.05"), 5);
    static final String Q2 = "FY2026-27 Q2";
    static final String Q1 = "FY2026-27 Q1";
    static final String YEAR_BEFORE = "FY2025-26 Q2";
    static final LocalDate QUARTER_OVER = LocalDate.of(2026, 10, 15);
    static final LocalDate RECORDS_FROM = LocalDate.of(2025, 4, 10);

    private final MetricsTable table = new MetricsTable();
    private ReportPeriods periods = periods(QUARTER_OVER, RECORDS_FROM);

    static ReportPeriods periods(LocalDate asOf, LocalDate earliest) {
        FiscalCalendar calendar = new FiscalCalendar(4);
        return ReportPeriods.of(calendar, calendar.parseQuarter(Q2), asOf, Optional.of(earliest));
    }

    private BriefComposerTest put(String period, String theme, Metric metric, String value) {
        Period p = periods.all().stream().filter(x -> x.label().equals(period)).findFirst().orElseThrow();
        table.put(new MetricsTable.PeriodRow(p.label(), p.start(), p.end()), theme, metric,
                Optional.of(new BigDecimal(value)));
        return this;
    }

    /** Publications in the report quarter, so that it is not empty. */
    private BriefComposerTest notEmpty() {
        return put(Q2, Theme.ALL, Metric.PUBLICATIONS, "40");
    }

    private List<String> brief() {
        return brief(0, 0);
    }

    private List<String> brief(long read, long rejected) {
        return BriefComposer.compose(CONFIG, periods, table, new BriefComposer.RowCounts(read, rejected)).sentences();
    }

    @Test
    void aCountRisesAgainstOneQuarterAndFallsAgainstTheOther() {
        notEmpty().put(Q2, Theme.ALL, Metric.JOINT_PUBLICATIONS, "20").put(Q1, Theme.ALL, Metric.JOINT_PUBLICATIONS, "16")
                .put(YEAR_BEFORE, Theme.ALL, Metric.JOINT_PUBLICATIONS, "25");
        // 20 - 16 = 4, 4 / 16 = 25%; 20 - 25 = -5, -5 / 25 = -20%
        assertThat(brief()).contains("Joint publications: 20 in FY2026-27 Q2, up 4 (+25%) on FY2026-27 Q1 (16)"
                + " and down 5 (\u221220%) on FY2025-26 Q2 (25).");
    }

    @Test
    void noChangeIsUnchangedAndAChangeFromZeroHasNoPercentage() {
        notEmpty().put(Q2, Theme.ALL, Metric.PHD_COMPLETIONS, "2").put(Q1, Theme.ALL, Metric.PHD_COMPLETIONS, "2")
                .put(YEAR_BEFORE, Theme.ALL, Metric.PHD_COMPLETIONS, "0");
        assertThat(brief()).contains("PhD completions: 2 in FY2026-27 Q2, unchanged from FY2026-27 Q1 (2)"
                + " and up 2 on FY2025-26 Q2 (0).");
    }

    @Test
    void aShareMovesInPercentagePointsWithoutAPercentage() {
        notEmpty().put(Q2, Theme.ALL, Metric.JOINT_SHARE, "0.4375").put(Q1, Theme.ALL, Metric.JOINT_SHARE, "0.4")
                .put(YEAR_BEFORE, Theme.ALL, Metric.JOINT_SHARE, "0.5");
        // 43.75% - 40% = 3.75 pp, shown as 3.8; 43.75% - 50% = -6.25 pp, shown as 6.2 (half to even)
        assertThat(brief()).contains("Joint share of publications: 43.8% in FY2026-27 Q2, up 3.8 pp on FY2026-27 Q1"
                + " (40.0%) and down 6.2 pp on FY2025-26 Q2 (50.0%).");
    }

    @Test
    void moneyIsInTheBaseCurrencyRoundedToWholeUnits() {
        notEmpty().put(Q2, Theme.ALL, Metric.AWARDED_VALUE, "1234567.891")
                .put(Q1, Theme.ALL, Metric.AWARDED_VALUE, "1000000")
                .put(YEAR_BEFORE, Theme.ALL, Metric.AWARDED_VALUE, "1234567.6");
        // +234,567.891 of 1,000,000 = +23%; against a year before +0.291, which rounds to no change
        assertThat(brief()).contains("Grant value awarded: £1,234,568 in FY2026-27 Q2, up £234,568 (+23%) on"
                + " FY2026-27 Q1 (£1,000,000) and unchanged from FY2025-26 Q2 (£1,234,568).");
    }

    @Test
    void aRatioOverNothingIsNotDefined() {
        notEmpty();
        assertThat(brief()).contains("Leverage (external follow-on funding per unit of seed funding, cumulative):"
                + " not defined for FY2026-27 Q2 (no seed grant awarded yet).");
    }

    @Test
    void aComparisonBeforeTheFirstRecordIsSaidSo() {
        periods = periods(QUARTER_OVER, LocalDate.of(2026, 2, 1)); // records from FY2025-26 Q4
        notEmpty().put(Q2, Theme.ALL, Metric.LEVERAGE_RATIO, "2.5").put(Q1, Theme.ALL, Metric.LEVERAGE_RATIO, "2.25");
        assertThat(brief()).contains("Leverage (external follow-on funding per unit of seed funding, cumulative):"
                + " 2.50 in FY2026-27 Q2, up 0.25 on FY2026-27 Q1 (2.25) and no comparison with FY2025-26 Q2, which is"
                + " before the first record.");
    }

    @Test
    void themesThatGrewAndFellMostAndThoseTooSmallToCompare() {
        notEmpty().put(Q2, "quantum", Metric.JOINT_PUBLICATIONS, "7").put(Q1, "quantum", Metric.JOINT_PUBLICATIONS, "4")
                .put(Q2, "liver", Metric.JOINT_PUBLICATIONS, "2").put(Q1, "liver", Metric.JOINT_PUBLICATIONS, "8")
                .put(Q2, "ai", Metric.JOINT_PUBLICATIONS, "1").put(Q1, "ai", Metric.JOINT_PUBLICATIONS, "4");
        assertThat(brief()).contains(
                "Themes, joint publications against FY2026-27 Q1: Quantum technologies grew most, up 3 to 7;"
                        + " Liver tissue engineering fell most, down 6 to 2.",
                "Too few joint publications to compare (fewer than 5 in FY2026-27 Q2 and in FY2026-27 Q1):"
                        + " AI in healthcare.");
    }

    @Test
    void themesThatDidNotMoveAreSaidToBeUnchanged() {
        notEmpty().put(Q2, "quantum", Metric.JOINT_PUBLICATIONS, "6").put(Q1, "quantum", Metric.JOINT_PUBLICATIONS, "6")
                .put(Q2, "liver", Metric.JOINT_PUBLICATIONS, "5").put(Q1, "liver", Metric.JOINT_PUBLICATIONS, "5")
                .put(Q2, "ai", Metric.JOINT_PUBLICATIONS, "9").put(Q1, "ai", Metric.JOINT_PUBLICATIONS, "9");
        assertThat(brief()).contains("Themes: joint publications were unchanged from FY2026-27 Q1 in every theme with"
                + " enough to compare.");
        assertThat(brief()).noneMatch(s -> s.contains("grew") || s.contains("fell") || s.startsWith("Too few"));
    }

    @Test
    void aThemesFirstGrantAndFirstCompletionsAreNew() {
        notEmpty().put(Q2, "ai", Metric.GRANTS_AWARDED, "1")
                .put(Q2, "quantum", Metric.PHD_COMPLETIONS, "2")
                .put(Q2, "liver", Metric.GRANTS_AWARDED, "1").put(YEAR_BEFORE, "liver", Metric.GRANTS_AWARDED, "3");
        assertThat(brief()).contains("New in FY2026-27 Q2: the first grant awarded in AI in healthcare and the first PhD"
                + " completions (2) in Quantum technologies.");
    }

    @Test
    void nothingNewSaysNothing() {
        notEmpty().put(Q2, "liver", Metric.GRANTS_AWARDED, "1").put(Q1, "liver", Metric.GRANTS_AWARDED, "1");
        assertThat(brief()).noneMatch(s -> s.startsWith("New"));
    }

    @Test
    void rowsLeftOutForDataQualityAreCounted() {
        notEmpty();
        assertThat(brief(1250, 12)).contains("12 of the 1,250 input rows were left out for data quality"
                + " (see the Data Quality sheet).");
        assertThat(brief(1250, 0)).noneMatch(s -> s.contains("data quality"));
    }

    @Test
    void theEmptyQuarterToDateSaysSoAndNothingElse() {
        periods = periods(LocalDate.of(2026, 7, 1), RECORDS_FROM); // the first day of FY2026-27 Q2
        put(Q1, Theme.ALL, Metric.JOINT_PUBLICATIONS, "16").put(Q1, Theme.ALL, Metric.PUBLICATIONS, "30");
        assertThat(brief()).containsExactly(
                "Nothing is recorded for FY2026-27 Q2 (to date): no publications, grant decisions or PhD completions.",
                "FY2026-27 Q2 is not over: its figures run to 1 Jul 2026 and are compared with whole quarters.");
    }

    @Test
    void aFullQuarterHasFiveToTenSentences() {
        notEmpty().put(Q2, "quantum", Metric.JOINT_PUBLICATIONS, "7").put(Q1, "quantum", Metric.JOINT_PUBLICATIONS, "4")
                .put(Q2, "ai", Metric.GRANTS_AWARDED, "1");
        periods = periods(LocalDate.of(2026, 8, 15), RECORDS_FROM);
        assertThat(brief(100, 3)).hasSizeBetween(5, 10);
    }

    @Test
    void markdownEscapesWhatTheInputNamed() {
        QuarterInBrief brief = new QuarterInBrief("FY2026-27 Q2 in brief", List.of("New in FY2026-27 Q2: the first"
                + " grant awarded in *AI_health* [beta]."));
        assertThat(brief.markdown()).isEqualTo("# FY2026-27 Q2 in brief\n\n- New in FY2026-27 Q2: the first grant"
                + " awarded in \\*AI\\_health\\* \\[beta\\].\n");
    }

    @Test
    void markdownReadsBackAsWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        QuarterInBrief brief = new QuarterInBrief("FY2026-27 Q2 in brief", List.of("Themes: *AI_health* \\ [beta] grew.",
                "Grant value awarded: £1,000 in FY2026-27 Q2 (to date)."));
        java.nio.file.Path file = folder.resolve(QuarterInBrief.FILE_NAME);
        brief.writeMarkdown(file);
        assertThat(QuarterInBrief.readMarkdown(file)).isEqualTo(brief);
    }
}

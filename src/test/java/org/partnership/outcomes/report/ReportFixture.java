package org.partnership.outcomes.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.FiscalCalendar;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * A small report written by hand: two partners, three themes, the quarters FY2025-26 Q1 to
 * FY2026-27 Q2, and a few detail rows chosen to break a careless workbook writer.
 */
final class ReportFixture {

    static final String REPORT_QUARTER = "FY2026-27 Q2";
    static final String PREVIOUS_QUARTER = "FY2026-27 Q1";
    static final String YEAR_BEFORE = "FY2025-26 Q2";
    static final String FORMULA_TITLE = "=SUM(A1)";
    static final String LONG_TITLE = "Liver organoids " + "x".repeat(40_000 - 16);
    static final String REJECTED_VALUE = "@cmd";
    static final String DOI = "10.1234/abc.1";

    static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "University College London", List.of("02jx3x895"), List.of("UCL"), List.of()),
                    new Partner("iisc", "Indian Institute of Science, Bengaluru", List.of("04dese585"),
                            List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum")),
                    new Theme("liver", "Liver tissue engineering", List.of("liver")),
                    new Theme("ai", "AI in healthcare", List.of("AI"))),
            4, "GBP", new BigDecimal("0.05"), 5);

    private ReportFixture() {
    }

    static ReportPeriods periods(LocalDate asOf, LocalDate earliestRecord) {
        FiscalCalendar calendar = new FiscalCalendar(4);
        return ReportPeriods.of(calendar, calendar.parseQuarter(REPORT_QUARTER), asOf, Optional.of(earliestRecord));
    }

    /** Every metric filled with a plain pattern, then the values the tests look for put by hand. */
    static MetricsTable metrics(ReportPeriods periods) {
        MetricsTable table = new MetricsTable();
        List<String> themes = CONFIG.reportThemeIds();
        int p = 0;
        for (Period period : periods.all()) {
            MetricsTable.PeriodRow row = new MetricsTable.PeriodRow(period.label(), period.start(), period.end());
            for (int t = 0; t < themes.size(); t++) {
                for (Metric metric : Metric.of(false)) { // a run without activities
                    table.put(row, themes.get(t), metric, Optional.of(filler(metric, p, t)));
                }
            }
            p++;
        }
        put(table, periods, REPORT_QUARTER, "quantum", Metric.JOINT_SHARE, "0.4375");
        put(table, periods, REPORT_QUARTER, "quantum", Metric.JOINT_PUBLICATIONS, "7");
        put(table, periods, REPORT_QUARTER, "liver", Metric.JOINT_CITATIONS_PER_PAPER, null);
        put(table, periods, REPORT_QUARTER, Theme.ALL, Metric.JOINT_PUBLICATIONS, "20");
        put(table, periods, PREVIOUS_QUARTER, Theme.ALL, Metric.JOINT_PUBLICATIONS, "16");
        put(table, periods, YEAR_BEFORE, Theme.ALL, Metric.JOINT_PUBLICATIONS, "25");
        put(table, periods, REPORT_QUARTER, Theme.ALL, Metric.AWARDED_VALUE, "1234567.891");
        return table;
    }

    private static BigDecimal filler(Metric metric, int period, int theme) {
        return switch (metric.unit()) {
            case COUNT -> BigDecimal.valueOf((period + 1) * (theme + 2));
            case SHARE -> new BigDecimal("0.05").multiply(BigDecimal.valueOf(theme + period % 3 + 1));
            case MONEY -> BigDecimal.valueOf(25_000L * (period + 1) * (theme + 1));
            case DECIMAL -> new BigDecimal("1.5").add(BigDecimal.valueOf(theme));
            case MONTHS -> new BigDecimal("44.5");
        };
    }

    private static void put(MetricsTable table, ReportPeriods periods, String label, String theme, Metric metric,
            String value) {
        periods.all().stream().filter(p -> p.label().equals(label)).findFirst().ifPresent(period ->
                table.put(new MetricsTable.PeriodRow(label, period.start(), period.end()), theme, metric,
                        Optional.ofNullable(value).map(BigDecimal::new)));
    }

    /** The report of a finished quarter, with records from FY2025-26 Q1 on. */
    static ReportData data() {
        return data(LocalDate.of(2026, 10, 15), LocalDate.of(2025, 4, 10));
    }

    static ReportData data(LocalDate asOf, LocalDate earliestRecord) {
        ReportPeriods periods = periods(asOf, earliestRecord);
        List<MergedPublication> publications = List.of(
                publication(FORMULA_TITLE, DOI, 0b001),
                publication(LONG_TITLE, "", 0b010),
                publication("Quantum sensing of liver fibrosis", "10.5555/q.2", 0b011));
        List<Grant> grants = List.of(
                new Grant("G-1", "Seed: AI triage", "UCL-IISc joint fund", Optional.empty(), Grant.SEED,
                        Optional.empty(), Optional.empty(), 0b100, Grant.AWARDED, Optional.of(LocalDate.of(2026, 5, 3)),
                        Optional.of(new BigDecimal("20000")), Optional.of("GBP"), Optional.of(new BigDecimal("20000")),
                        Optional.empty()),
                new Grant("G-2", "-follow-on AI triage", "Wellcome", Optional.of("Discovery"), Grant.EXTERNAL,
                        Optional.empty(), Optional.empty(), 0b100, Grant.AWARDED, Optional.of(LocalDate.of(2026, 8, 1)),
                        Optional.of(new BigDecimal("1000000")), Optional.of("INR"), Optional.of(new BigDecimal("9100.50")),
                        Optional.of("G-1")));
        List<PhdStudent> students = List.of(new PhdStudent("S-001", Optional.of("joint-phd"), Optional.of("UCL"),
                Optional.of("IISc"), 0, LocalDate.of(2022, 10, 1), Optional.empty(), Optional.empty(), Optional.empty(),
                "active", new BigDecimal("0.5"), Optional.empty()));
        List<Reject> rejects = List.of(new Reject("publications/ucl.csv", 0, 7, "P-7", "themes", REJECTED_VALUE,
                "unknown theme"));
        DataQuality quality = new DataQuality(List.of(
                new FileQuality("publications/ucl.csv", "publications", "0".repeat(64), 10, 9, 1,
                        Map.of("unknown theme", 1L), 0, List.of("email")),
                new FileQuality("grants/register.csv", "grants", "1".repeat(64), 2, 2, 0, Map.of(), 0, List.of())),
                1);
        return new ReportData(CONFIG, periods, metrics(periods), quality,
                new ListDetails(publications, grants, students, rejects));
    }

    private static MergedPublication publication(String title, String doi, long themes) {
        return new MergedPublication(doi.isEmpty() ? "title:" + title.length() : "doi:" + doi, doi, title,
                LocalDate.of(2026, 8, 20), DatePrecision.DAY, 0, Optional.of("article"), Optional.of("Nature"), 0b11, themes, 12,
                Optional.of(new BigDecimal("1.7")), Optional.of("gold"), 1);
    }

    /** Details held in lists, for tests and previews. */
    record ListDetails(List<MergedPublication> publications, List<Grant> grants, List<PhdStudent> students,
            List<Reject> rejects) implements ReportDetails {

        @Override
        public void forEachJointPublication(Consumer<MergedPublication> action) {
            publications.forEach(action);
        }

        @Override
        public void forEachGrant(Consumer<Grant> action) {
            grants.forEach(action);
        }

        @Override
        public void forEachStudent(Consumer<PhdStudent> action) {
            students.forEach(action);
        }

        @Override
        public void forEachReject(Consumer<Reject> action) {
            rejects.forEach(action);
        }
    }
}

package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * Runs the whole job on {@code fixtures/small}, a partnership small enough to work out by hand,
 * as of 2026-08-15 (report quarter FY2026-27 Q2, July to September 2026, "to date").
 *
 * <p>By hand: publication 10.1000/a1 is exported by both sides (UCL as https://doi.org/10.1000/A1,
 * IISc as doi:10.1000/a1) and merged: earliest date 2026-07-01, citations max(10, 12) = 12, fwci
 * max(1.5, 1.0) = 1.5, open access the first known in reading order (iisc.csv before ucl.csv:
 * blank, then gold). With U3 ("AI-assisted triage", UCL + IISc Bangalore, 4 citations, fwci 2.0,
 * OA unknown) the report quarter has 2 joint publications of 2. U4 is dated after the as-of date.
 * Grants: E1 1,000,000 INR at 0.0095 = 9,500 GBP follows on from seed S1 (10,000 GBP, 2025-09-15);
 * E3 5,000 USD at 0.80 = 4,000 GBP follows on from S9, which is not in the register; E2 declined.
 */
class SmallFixtureEndToEndTest {

    @TempDir
    static Path workDir;

    static JobRun job;
    static JobRun.Result result;
    static Map<String, String> metrics = new HashMap<>();

    @BeforeAll
    static void runJob() {
        job = new JobRun(workDir);
        result = job.run(JobRun.fixture("small"), "--as-of=2026-08-15");
        String csv = JobRun.read(job.report("FY2026-27-Q2").resolve("metrics.csv"));
        for (String line : csv.split("\n")) {
            String[] f = line.split(",", -1);
            metrics.put(f[0] + "|" + f[3] + "|" + f[4], f[5]);
        }
    }

    private static String metric(String period, String theme, String metric) {
        String key = period + "|" + theme + "|" + metric;
        assertThat(metrics).containsKey(key);
        return metrics.get(key);
    }

    @Test
    void succeedsQuietly() {
        assertThat(result.code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void accountsForEveryRowOfEveryFile() {
        String runJson = JobRun.read(job.report("FY2026-27-Q2").resolve("run.json"));
        List<Map<String, Object>> files = JsonPath.read(runJson, "$.files");
        Map<String, List<Integer>> counts = new HashMap<>();
        files.forEach(f -> counts.put((String) f.get("file"),
                List.of((Integer) f.get("rows_read"), (Integer) f.get("rows_accepted"), (Integer) f.get("rows_rejected"))));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "fx-rates.csv", List.of(4, 4, 0),
                "publications/iisc.csv", List.of(4, 3, 1),
                "publications/ucl.csv", List.of(4, 4, 0),
                "grants/register.csv", List.of(6, 5, 1),
                "phds/students.csv", List.of(6, 5, 1)));
        assertThat((String) JsonPath.read(runJson, "$.as_of")).isEqualTo("2026-08-15");
        assertThat((String) JsonPath.read(runJson, "$.report_quarter")).isEqualTo("FY2026-27 Q2");
        assertThat((Integer) JsonPath.read(runJson, "$.publication_duplicates_merged")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(runJson, "$.files[4].ignored_personal_data_columns")).containsExactly("email");
        assertThat((String) JsonPath.read(runJson, "$.files[0].sha256")).hasSize(64);
    }

    @Test
    void rejectsNameFileLineFieldAndReason() {
        String rejects = JobRun.read(job.report("FY2026-27-Q2").resolve("rejects.csv"));
        assertThat(rejects.split("\n", -1)).containsExactly(
                "file,line,id,field,value,reason",
                // I3 spans lines 4-5 (a quoted line break), so I4 starts on line 6
                "publications/iisc.csv,6,I4,publication_date,2023-13-01,not a calendar date",
                "grants/register.csv,7,B1,decision_date,,status awarded needs a decision date",
                "phds/students.csv,7,P6,award_date,2021-08-14,award date before start date 2022-07-01",
                ""); // every line ends in LF, the last too
    }

    @Test
    void publicationMetricsOfTheReportQuarter() {
        String q = "FY2026-27 Q2";
        assertThat(metric(q, "all", "publications")).isEqualTo("2");
        assertThat(metric(q, "all", "joint_publications")).isEqualTo("2");
        assertThat(metric(q, "all", "joint_share")).isEqualTo("1");
        assertThat(metric(q, "all", "joint_citations")).isEqualTo("16");
        assertThat(metric(q, "all", "joint_citations_per_paper")).isEqualTo("8");
        assertThat(metric(q, "all", "joint_h_index")).isEqualTo("2");
        assertThat(metric(q, "all", "joint_mean_fwci")).isEqualTo("1.75");
        // a1 is gold; U3's status is unknown and left out of the denominator
        assertThat(metric(q, "all", "joint_open_access_share")).isEqualTo("1");
        assertThat(metric(q, "quantum", "joint_publications")).isEqualTo("1");
        assertThat(metric(q, "quantum", "joint_citations")).isEqualTo("12");
        assertThat(metric(q, "health-ai", "joint_publications")).isEqualTo("1");
        assertThat(metric(q, "robotics", "publications")).isEqualTo("0");
        assertThat(metric(q, "robotics", "joint_share")).isEmpty();
        assertThat(metric(q, "robotics", "joint_h_index")).isEqualTo("0");
    }

    @Test
    void publicationsOfEarlierQuarters() {
        // U2 "Robots for surgery": UCL only, robotics by its keyword (not by "Robots" in the title)
        assertThat(metric("FY2026-27 Q1", "robotics", "publications")).isEqualTo("1");
        assertThat(metric("FY2026-27 Q1", "all", "joint_publications")).isEqualTo("0");
        assertThat(metric("FY2026-27 Q1", "all", "joint_citations_per_paper")).isEmpty();
        // I2 (IISER Pune is not IISc: UCL only) and I3 (UCL Hospitals is not UCL: IISc only)
        assertThat(metric("FY2025-26 Q2", "all", "publications")).isEqualTo("2");
        assertThat(metric("FY2025-26 Q2", "all", "joint_publications")).isEqualTo("0");
        // I3's themes column says quantum;robotics; I2 is quantum by "Qubit" in its title
        assertThat(metric("FY2025-26 Q2", "quantum", "publications")).isEqualTo("2");
        assertThat(metric("FY2025-26 Q2", "robotics", "publications")).isEqualTo("1");
    }

    @Test
    void grantMetrics() {
        String q = "FY2026-27 Q2";
        assertThat(metric(q, "all", "grant_applications_decided")).isEqualTo("3");
        assertThat(metric(q, "all", "grants_awarded")).isEqualTo("2");
        assertThat(Double.parseDouble(metric(q, "all", "grant_success_rate"))).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(metric(q, "all", "awarded_value")).isEqualTo("13500");
        assertThat(metric(q, "all", "seed_value")).isEqualTo("0");
        assertThat(metric(q, "all", "external_value")).isEqualTo("13500");
        // cumulative: 9,500 follow-on external over 10,000 seed
        assertThat(metric(q, "all", "leverage_ratio")).isEqualTo("0.95");
        assertThat(metric(q, "quantum", "leverage_ratio")).isEqualTo("0.95");
        assertThat(metric(q, "health-ai", "awarded_value")).isEqualTo("4000");
        assertThat(metric(q, "health-ai", "leverage_ratio")).isEmpty();
        assertThat(metric(q, "robotics", "grant_success_rate")).isEqualTo("0");
        assertThat(metric("FY2025-26 Q2", "quantum", "seed_value")).isEqualTo("10000");
        // before any follow-on grant the leverage is 0 over 10,000
        assertThat(metric("FY2025-26 Q2", "all", "leverage_ratio")).isEqualTo("0");
    }

    @Test
    void phdMetrics() {
        String q = "FY2026-27 Q2";
        assertThat(metric(q, "all", "phd_completions")).isEqualTo("2");
        double p1 = ChronoUnit.DAYS.between(LocalDate.of(2021, 10, 1), LocalDate.of(2026, 7, 15)) * 12 / 365.25;
        double p5 = ChronoUnit.DAYS.between(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 8, 14)) * 12 / 365.25;
        assertThat(Double.parseDouble(metric(q, "all", "phd_median_months_to_award"))).isCloseTo((p1 + p5) / 2, within(1e-9));
        assertThat(metric(q, "all", "phd_withdrawals")).isEqualTo("0");
        // P3 (submitted) only: P1 and P5 awarded, P2 withdrawn, P4 starts after the as-of date
        assertThat(metric(q, "all", "phd_active_at_end")).isEqualTo("1");
        // cohort P1, P2, P5 (P3 is part-time: 7 years); only P1 submitted within 4 years
        assertThat(Double.parseDouble(metric(q, "all", "phd_four_year_submission_rate"))).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(metric(q, "quantum", "phd_four_year_submission_rate")).isEqualTo("0.5");
        assertThat(metric("FY2023-24 Q4", "robotics", "phd_withdrawals")).isEqualTo("1");
        assertThat(metric(q, "unclassified", "phd_active_at_end")).isEqualTo("1");
    }

    @Test
    void periodsRunFromTheEarliestRecordToTheReportQuarter() {
        // the earliest included record is P1's start, 2021-10-01: FY2021-22 Q3
        String csv = JobRun.read(job.report("FY2026-27-Q2").resolve("metrics.csv"));
        assertThat(csv).startsWith("period,period_start,period_end,theme,metric,value\n"
                + "FY2021-22 Q3,2021-10-01,2021-12-31,quantum,publications,0\n");
        assertThat(csv).contains("FY2026-27 Q2,2026-07-01,2026-08-15,all,publications,2\n");
        assertThat(csv).contains("FY2026-27 YTD,2026-04-01,2026-08-15,all,publications,3\n");
        assertThat(csv).contains("All time,2021-10-01,2026-08-15,all,publications,5\n");
        assertThat(csv).doesNotContain("FY2026-27 Q3");
        // 20 quarters + YTD + all time, 5 themes, 20 metrics, and the header
        assertThat(csv.split("\n")).hasSize(22 * 5 * 20 + 1);
    }

    @Test
    void theWorkbookHasTheSheetsInOrderAndItsThemesEqualMetricsCsv() throws Exception {
        Path xlsx = job.report("FY2026-27-Q2").resolve("partnership-report-FY2026-27-Q2.xlsx");
        Map<String, String> themeIds = Map.of("Quantum technologies", "quantum", "Robotics", "robotics",
                "Healthcare AI", "health-ai", "Unclassified", "unclassified", "All themes", "all");
        List<String> periods = List.of("FY2026-27 Q2", "FY2026-27 YTD", "All time");
        List<String> metricIds = java.util.Arrays.stream(org.partnership.outcomes.metrics.Metric.values())
                .map(org.partnership.outcomes.metrics.Metric::id).toList();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Themes", "Trends", "Publications", "Grants", "PhDs",
                    "Data Quality", "Definitions");
            var themes = workbook.getSheet("Themes");
            int compared = 0;
            for (var row : themes) {
                var first = row.getCell(0);
                if (first == null || !themeIds.containsKey(first.toString())) {
                    continue;
                }
                String theme = themeIds.get(first.toString());
                for (int p = 0; p < periods.size(); p++) {
                    for (int m = 0; m < metricIds.size(); m++) {
                        var cell = row.getCell(1 + p * metricIds.size() + m);
                        String expected = metric(periods.get(p), theme, metricIds.get(m));
                        boolean blank = cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK;
                        if (expected.isEmpty()) {
                            assertThat(blank).as(theme + " " + periods.get(p) + " " + metricIds.get(m)).isTrue();
                        } else {
                            assertThat(cell.getNumericCellValue()).as(theme + " " + periods.get(p) + " " + metricIds.get(m))
                                    .isEqualTo(Double.parseDouble(expected));
                        }
                        compared++;
                    }
                }
            }
            assertThat(compared).isEqualTo(themeIds.size() * periods.size() * metricIds.size());
        }
    }

    @Test
    void aSecondRunWithTheSameInputsIsAlreadyUpToDate() {
        JobRun.Result again = job.run(JobRun.fixture("small"), "--as-of=2026-08-15");
        assertThat(again.code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(again.stderr()).isEmpty();
    }

    @Test
    void aRunWhoseReportFolderWasDeletedRunsAgain() throws Exception {
        JobRun again = new JobRun(workDir.resolve("deleted"));
        assertThat(again.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        String first = JobRun.read(again.report("FY2026-27-Q2").resolve("metrics.csv"));
        org.partnership.outcomes.publish.OutputFolders.deleteTree(again.report("FY2026-27-Q2"));
        assertThat(again.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(again.report("FY2026-27-Q2").resolve("metrics.csv"))).isEqualTo(first);
    }
}

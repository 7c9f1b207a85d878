package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * The optional activities source (REQUIREMENTS §9) end to end, on {@code fixtures/tiny} as of
 * 2026-08-15 (report quarter FY2026-27 Q2, to date): once as it is, without an activities/ folder,
 * where every line of metrics.csv is written out here by hand; once with the activities below.
 *
 * <p>By hand, without activities: one joint publication (quantum by its title, 3 citations, FWCI
 * 1.5, gold), one awarded seed grant of 10,000 GBP (quantum), one active PhD student (quantum),
 * all in FY2026-27 Q2, so the quarter, the year to date and all time hold the same figures.
 *
 * <p>With activities, the earliest counted activity (A3, 1 May) makes FY2026-27 Q1 the first
 * period. A1 runs 20 Jun to 10 Jul: 11 days in Q1, 10 in Q2; A2 runs from 1 Aug with no end: 15
 * days to the as-of date. A3 ends on Q1's last day, so no fellow is active at its end. A1 is
 * funded by the awarded seed grant S1, A3 by S2 (seed, not awarded), A2 by E1 (external).
 */
class ProgrammesEndToEndTest {

    private static final List<String> METRICS = List.of("publications", "joint_publications", "joint_share",
            "joint_citations", "joint_citations_per_paper", "joint_h_index", "joint_mean_fwci",
            "joint_open_access_share", "grant_applications_decided", "grants_awarded", "grant_success_rate",
            "awarded_value", "seed_value", "external_value", "leverage_ratio", "phd_completions",
            "phd_median_months_to_award", "phd_withdrawals", "phd_active_at_end", "phd_four_year_submission_rate");
    /** Every record of the fixture is in quantum, so quantum and all read the same. */
    private static final List<String> QUANTUM_VALUES = List.of("1", "1", "1", "3", "3", "1", "1.5", "1", "1", "1",
            "1", "10000", "10000", "0", "0", "0", "", "0", "1", "");
    private static final List<String> UNCLASSIFIED_VALUES = List.of("0", "0", "", "0", "", "0", "", "", "0", "0", "",
            "0", "0", "0", "", "0", "", "0", "0", "");

    private static final String ACTIVITIES = String.join("\n",
            "activity_id,type,title,from_institution,to_institution,person_ref,start_date,end_date,participants,"
                    + "funded_by_grant,status,full_name",
            "A1,faculty-exchange,Quantum sensing exchange,UCL,\"Indian Institute of Science, Bengaluru\",V-01,"
                    + "2026-06-20,2026-07-10,,S1,completed,Ada Example",
            "A2,Faculty-Exchange,Robotic surgery visit,IISc,University College London,V-02,2026-08-01,,,E1,active,",
            "A3,fellowship,Quantum fellowship,UCL,IISc,V-03,2026-05-01,2026-06-30,,S2,completed,",
            "A4,workshop,Quantum workshop,,,,2026-07-05,2026-07-05,30,,completed,",
            "A5,training,Clinical training day,,,,2026-07-12,,,,active,",
            "A6,workshop,Planned workshop,,,,2026-08-10,,50,,planned,",
            "A7,faculty-exchange,Cancelled visit,UCL,IISc,V-04,2026-07-15,,,,cancelled,",
            "A8,patent-filing,Quantum sensor patent,,,,2026-08-01,,,,active,",
            "A9,faculty-exchange,Visit across London,UCL,University College London,V-05,2026-07-01,,,,active,",
            "A1,workshop,Repeated id,,,,2026-07-01,,,,active,",
            "");
    private static final String MORE_ACTIVITIES = String.join("\n",
            "Activity ID,Type,Title,Start Date,Status",
            "A2,licence,Repeated in another file,2026-07-01,active",
            "A12,spin-out,Spin-out for liver scaffolds,2026-07-30,active",
            "A11,licence,Licence signed after the as-of date,2026-09-01,active",
            "");

    @TempDir
    static Path workDir;

    static JobRun.Result without;
    static JobRun.Result with;
    static Path withoutReport;
    static Path withReport;

    @BeforeAll
    static void runBoth() throws IOException {
        JobRun plain = new JobRun(workDir.resolve("plain"));
        without = plain.run(JobRun.fixture("tiny"), "--as-of=2026-08-15");
        withoutReport = plain.report("FY2026-27-Q2");

        Path input = workDir.resolve("input");
        copy(JobRun.fixture("tiny"), input);
        Files.createDirectories(input.resolve("activities"));
        Files.writeString(input.resolve("activities/activities.csv"), ACTIVITIES, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("activities/more.csv"), MORE_ACTIVITIES, StandardCharsets.UTF_8);
        JobRun programmes = new JobRun(workDir.resolve("programmes"));
        with = programmes.run(input, "--as-of=2026-08-15");
        withReport = programmes.report("FY2026-27-Q2");
    }

    @Test
    void withoutAnActivitiesFolderMetricsCsvHoldsExactlyTheMetricsOfSectionFive() {
        assertThat(without.code()).as(without.stderr()).isEqualTo(ExitCode.SUCCESS);
        StringBuilder expected = new StringBuilder("period,period_start,period_end,theme,metric,value\n");
        for (String period : List.of("FY2026-27 Q2,2026-07-01", "FY2026-27 YTD,2026-04-01", "All time,2026-07-01")) {
            for (String theme : List.of("quantum", "unclassified", "all")) {
                List<String> values = theme.equals("unclassified") ? UNCLASSIFIED_VALUES : QUANTUM_VALUES;
                for (int m = 0; m < METRICS.size(); m++) {
                    expected.append(period).append(",2026-08-15,").append(theme).append(',').append(METRICS.get(m))
                            .append(',').append(values.get(m)).append('\n');
                }
            }
        }
        assertThat(JobRun.read(withoutReport.resolve("metrics.csv"))).isEqualTo(expected.toString());
    }

    @Test
    void withoutAnActivitiesFolderTheWorkbookHasNoProgrammesSheet() throws IOException {
        assertThat(sheetNames(withoutReport)).containsExactly("Summary", "Themes", "Trends", "Publications", "Grants",
                "PhDs", "Data Quality", "Definitions");
    }

    @Test
    void everyProgrammeMetricFollowsTheSectionFiveMetricsForEachPeriodAndTheme() {
        assertThat(with.code()).as(with.stderr()).isEqualTo(ExitCode.SUCCESS);
        List<String> lines = JobRun.read(withReport.resolve("metrics.csv")).lines().toList();
        assertThat(lines).hasSize(1 + 4 * 3 * 31);
        List<String> ids = lines.subList(1, 32).stream().map(l -> l.split(",", -1)[4]).toList();
        List<String> expected = new ArrayList<>(METRICS);
        expected.addAll(List.of("exchanges_started", "exchange_days", "fellowships_started", "fellows_active_at_end",
                "events_held", "event_participants", "invention_disclosures", "patent_filings", "licences",
                "spin_outs", "programme_seed_funded_share"));
        assertThat(ids).isEqualTo(expected);
        assertThat(lines.get(1)).startsWith("FY2026-27 Q1,2026-04-01,2026-06-30,quantum,publications,0");
        assertThat(lines).contains("All time,2026-04-01,2026-08-15,all,publications,1");
    }

    @Test
    void programmeMetricsAreThoseWorkedOutByHand() {
        Map<String, String> m = metrics(withReport);
        // FY2026-27 Q1: A1 (11 days), A3 (ended on the quarter's last day)
        assertThat(m.get("FY2026-27 Q1|all|exchanges_started")).isEqualTo("1");
        assertThat(m.get("FY2026-27 Q1|all|exchange_days")).isEqualTo("11");
        assertThat(m.get("FY2026-27 Q1|all|fellowships_started")).isEqualTo("1");
        assertThat(m.get("FY2026-27 Q1|all|fellows_active_at_end")).isEqualTo("0");
        assertThat(m.get("FY2026-27 Q1|all|programme_seed_funded_share")).isEqualTo("0.5");
        assertThat(m.get("FY2026-27 Q1|unclassified|programme_seed_funded_share")).isEmpty();
        // FY2026-27 Q2: A1's last 10 days, A2's 15 to the as-of date; A6 planned and A7 cancelled count nowhere
        assertThat(m.get("FY2026-27 Q2|all|exchanges_started")).isEqualTo("1");
        assertThat(m.get("FY2026-27 Q2|all|exchange_days")).isEqualTo("25");
        assertThat(m.get("FY2026-27 Q2|quantum|exchange_days")).isEqualTo("10");
        assertThat(m.get("FY2026-27 Q2|unclassified|exchange_days")).isEqualTo("15");
        assertThat(m.get("FY2026-27 Q2|all|events_held")).isEqualTo("2");
        assertThat(m.get("FY2026-27 Q2|all|event_participants")).isEqualTo("30");
        assertThat(m.get("FY2026-27 Q2|unclassified|event_participants")).isEqualTo("0");
        assertThat(m.get("FY2026-27 Q2|quantum|patent_filings")).isEqualTo("1");
        assertThat(m.get("FY2026-27 Q2|all|invention_disclosures")).isEqualTo("0");
        assertThat(m.get("FY2026-27 Q2|unclassified|spin_outs")).isEqualTo("1");
        assertThat(m.get("FY2026-27 Q2|all|licences")).isEqualTo("0"); // A11 is after the as-of date
        assertThat(m.get("FY2026-27 Q2|all|programme_seed_funded_share")).isEqualTo("0"); // A2 by an external grant
        // the year to date and all time: Q1 + Q2
        assertThat(m.get("FY2026-27 YTD|all|exchange_days")).isEqualTo("36");
        assertThat(m.get("All time|all|exchanges_started")).isEqualTo("2");
        assertThat(m.get("All time|all|programme_seed_funded_share")).isEqualTo("0.3333333333333333");
        // the other metrics are unchanged
        assertThat(m.get("FY2026-27 Q2|all|awarded_value")).isEqualTo("10000");
    }

    @Test
    void everyActivityRowIsAccountedForAndEachRejectNamesItsFault() {
        String runJson = JobRun.read(withReport.resolve("run.json"));
        List<Map<String, Object>> files = JsonPath.read(runJson, "$.files");
        Map<String, List<Integer>> counts = new HashMap<>();
        files.forEach(f -> counts.put((String) f.get("file"), List.of((Integer) f.get("rows_read"),
                (Integer) f.get("rows_accepted"), (Integer) f.get("rows_rejected"))));
        assertThat(counts.get("activities/activities.csv")).containsExactly(10, 8, 2);
        assertThat(counts.get("activities/more.csv")).containsExactly(3, 2, 1);
        assertThat(runJson).contains("full_name");
        assertThat(JobRun.read(withReport.resolve("rejects.csv")))
                .contains("activities/activities.csv,10,A9,to_institution,University College London,not between two"
                        + " partners")
                .contains("activities/activities.csv,11,A1,activity_id,A1,duplicate activity id")
                .contains("activities/more.csv,2,A2,activity_id,A2,duplicate activity id");
    }

    @Test
    void theWorkbookListsTheActivitiesOnAProgrammesSheetAfterPhds() throws IOException {
        assertThat(sheetNames(withReport)).containsExactly("Summary", "Themes", "Trends", "Publications", "Grants",
                "PhDs", "Programmes", "Data Quality", "Definitions");
        try (XSSFWorkbook workbook = workbook(withReport)) {
            List<String> ids = new ArrayList<>();
            for (Row row : workbook.getSheet("Programmes")) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
            // accepted and started by the as-of date, planned and cancelled ones included; A11 starts after it
            assertThat(ids).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A12");
            StringBuilder everything = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> everything.append(cell).append('|'))));
            assertThat(everything.toString()).doesNotContain("Ada Example");
        }
    }

    @Test
    void theLeadershipPackHasProgrammesOnlyInAReportWithActivities() throws IOException {
        // Q2: A2 started (15 days) and A1's last 10 days; A4 with 30 participants and A5; A8 and A12;
        // A2 funded by an external grant: 0% seed-funded
        assertThat(JobRun.read(withReport.resolve("quarter-in-brief.md"))).contains("Programmes in FY2026-27 Q2"
                + " (to date): 1 faculty exchange started (25 days of exchange in the quarter), 2 workshops and"
                + " trainings with 30 participants and 2 invention disclosures, patent filings, licences and"
                + " spin-outs; 0.0% of the exchanges and fellowships were funded by the seed fund.");
        assertThat(JobRun.read(withReport.resolve("index.html"))).contains("Programmes: all themes",
                "Faculty exchange days", "Exchanges, fellowships and events by theme");
        assertThat(withReport.resolve("charts/programmes-by-theme.png")).exists();
        try (var in = Files.newInputStream(withReport.resolve("partnership-report-FY2026-27-Q2.pptx"));
                var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            assertThat(deck.getSlides()).anyMatch(slide -> slide.getShapes().stream()
                    .filter(shape -> shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .anyMatch(shape -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) shape).getText()
                            .startsWith("Programmes: all themes")));
            // the programmes chart is a slide of its own, named by its PNG, after the four charts of every report
            assertThat(deck.getSlides()).filteredOn(slide -> slide.getShapes().stream()
                    .anyMatch(shape -> shape instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape
                            && shape.getShapeName().equals("programmes-by-theme.png"))).hasSize(1);
        }
        assertThat(JobRun.read(withoutReport.resolve("quarter-in-brief.md"))).doesNotContain("Programmes");
        assertThat(JobRun.read(withoutReport.resolve("index.html"))).doesNotContain("Programmes");
        assertThat(withoutReport.resolve("charts/programmes-by-theme.png")).doesNotExist();
    }

    private static Map<String, String> metrics(Path report) {
        Map<String, String> values = new HashMap<>();
        for (String line : JobRun.read(report.resolve("metrics.csv")).split("\n")) {
            String[] f = line.split(",", -1);
            values.put(f[0] + "|" + f[3] + "|" + f[4], f[5]);
        }
        return values;
    }

    private static List<String> sheetNames(Path report) throws IOException {
        try (XSSFWorkbook workbook = workbook(report)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    private static XSSFWorkbook workbook(Path report) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(report.resolve("partnership-report-FY2026-27-Q2.xlsx")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

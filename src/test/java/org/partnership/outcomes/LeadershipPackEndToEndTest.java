package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * The leadership pack of a whole run on {@code fixtures/small} as of 2026-08-15 (report quarter
 * FY2026-27 Q2 to date): the brief against {@code metrics.csv} and {@code run.json}, and where it
 * appears.
 */
class LeadershipPackEndToEndTest {

    static final String QUARTER = "FY2026-27 Q2";
    static final List<String> COMPARED = List.of("FY2026-27 Q2", "FY2026-27 Q1", "FY2025-26 Q2");

    @TempDir
    static Path workDir;

    static JobRun job;
    static JobRun.Result result;
    static Path report;

    @BeforeAll
    static void runJob() {
        job = new JobRun(workDir);
        result = job.run(JobRun.fixture("small"), "--as-of=2026-08-15");
        report = job.report("FY2026-27-Q2");
    }

    static String brief() {
        return JobRun.read(report.resolve("quarter-in-brief.md"));
    }

    @Test
    void theBriefIsWrittenBesideTheWorkbook() {
        assertThat(result.code()).isEqualTo(ExitCode.SUCCESS);
        String[] lines = brief().split("\n");
        assertThat(lines[0]).isEqualTo("# FY2026-27 Q2 in brief");
        long bullets = brief().lines().filter(l -> l.startsWith("- ")).count();
        assertThat(bullets).isBetween(5L, 10L);
        assertThat(brief()).contains("FY2026-27 Q2 is not over: its figures run to 15 Aug 2026");
    }

    /**
     * Every number of the brief is a figure of metrics.csv for the three quarters compared (any
     * theme), a change between two of them, a change in per cent, or a row count of run.json, to
     * the precision shown. Period labels, dates and the comparison threshold are not figures.
     */
    @Test
    void everyNumberInTheBriefIsInMetricsCsvOrRunJson() {
        List<BigDecimal> figures = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>(); // shares and changes in per cent, x 100
        List<BigDecimal> points = new ArrayList<>(); // changes of shares, x 100
        List<String[]> rows = JobRun.read(report.resolve("metrics.csv")).lines().skip(1).map(l -> l.split(",", -1))
                .filter(f -> COMPARED.contains(f[0]) && !f[5].isEmpty()).toList();
        for (String[] row : rows) {
            BigDecimal now = new BigDecimal(row[5]);
            figures.add(now);
            percents.add(now.movePointRight(2));
            if (!row[0].equals(QUARTER)) {
                continue;
            }
            for (String[] then : rows) {
                if (!then[0].equals(QUARTER) && then[3].equals(row[3]) && then[4].equals(row[4])) {
                    BigDecimal before = new BigDecimal(then[5]);
                    BigDecimal change = now.subtract(before).abs();
                    figures.add(change);
                    points.add(change.movePointRight(2));
                    if (before.signum() != 0) {
                        percents.add(change.divide(before.abs(), MathContext.DECIMAL64).movePointRight(2));
                    }
                }
            }
        }
        String runJson = JobRun.read(report.resolve("run.json"));
        List<Integer> read = JsonPath.read(runJson, "$.files[*].rows_read");
        List<Integer> rejected = JsonPath.read(runJson, "$.files[*].rows_rejected");
        figures.add(BigDecimal.valueOf(read.stream().mapToInt(Integer::intValue).sum()));
        figures.add(BigDecimal.valueOf(rejected.stream().mapToInt(Integer::intValue).sum()));

        String text = brief().replaceAll("FY\\d{4}-\\d{2}( Q\\d)?", "").replaceAll("\\d{1,2} [A-Z][a-z]{2} \\d{4}", "")
                .replaceAll("fewer than \\d+", "");
        Matcher number = Pattern.compile("(\\d[\\d,]*(\\.\\d+)?)(%| pp)?").matcher(text);
        int checked = 0;
        while (number.find()) {
            String digits = number.group(1).replace(",", "");
            BigDecimal shown = new BigDecimal(digits);
            BigDecimal halfStep = BigDecimal.ONE.movePointLeft(Math.max(0, shown.scale())).divide(BigDecimal.valueOf(2));
            List<BigDecimal> candidates = number.group(3) == null ? figures
                    : number.group(3).equals("%") ? percents : points;
            assertThat(candidates).as("%s in the brief", number.group())
                    .anyMatch(c -> c.subtract(shown).abs().compareTo(halfStep) <= 0);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theBriefHeadsTheSummarySheet() throws IOException {
        String firstSentence = brief().lines().filter(l -> l.startsWith("- ")).findFirst().orElseThrow().substring(2);
        try (InputStream in = Files.newInputStream(report.resolve("partnership-report-FY2026-27-Q2.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(workbook.getSheetIndex(summary)).isZero();
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("FY2026-27 Q2 in brief");
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("\u2022 " + firstSentence);
        }
    }
}

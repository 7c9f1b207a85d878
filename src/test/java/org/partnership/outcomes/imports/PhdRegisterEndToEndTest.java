package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.launch.ExitCode;

/**
 * A student-records extract (its own column names, DD/MM/YYYY dates, statuses Current,
 * Interrupted, Submitted, Awarded, Withdrawn, modes Full-time and Part-time, names, e-mails and
 * birth dates) read by the mapping of docs/examples/phd-register, as of 2026-07-31: report quarter
 * FY2025-26 Q4, May to July 2026 (fiscal years start in August).
 *
 * <p>By hand, from registers/student-records.csv:
 * <ul>
 * <li>2201001 (quantum, full-time) started 2021-10-01, submitted 2025-09-15, awarded 2026-05-20:
 * 1,692 days; 2201002 (robotics, full-time) started 2022-01-10, submitted 2026-02-20, awarded
 * 2026-06-12: 1,614 days. Two completions in Q4, median (1,692 + 1,614) / 2 = 1,653 days =
 * 1,653 × 12 / 365.25 = 54.3080 months.</li>
 * <li>2201005 (part-time) withdrew on 2026-06-15: one withdrawal in Q4.</li>
 * <li>Active at 2026-07-31: 2201003 (submitted), 2301004 (current), 2501006 (interrupted, no mode:
 * full-time): three.</li>
 * <li>Four-year submission rate at 2026-07-31: only 2201001 (due 2025-10-01) and 2201002 (due
 * 2026-01-10) have reached four years (the part-time students have seven); 2201001 submitted in
 * time, 2201002 did not: 0.5.</li>
 * <li>2001007 is "Awarded" with no award date: rejected, line 8.</li>
 * </ul>
 */
class PhdRegisterEndToEndTest {

    private static final Path EXAMPLE = Path.of("docs/examples/phd-register/partnership.yml");
    private static final Path EXTRACT = Path.of("src/test/resources/registers/student-records.csv");
    private static final String SLUG = "FY2025-26-Q4";

    @TempDir
    static Path tmp;

    static JobRun job;
    static JobRun.Result result;
    static Map<String, String> metrics;

    @BeforeAll
    static void runJob() {
        Path input = ExampleInput.create(tmp.resolve("input"), EXAMPLE, Source.PHDS, EXTRACT, "currency,date,rate\n");
        job = new JobRun(tmp.resolve("run"));
        result = job.run(input, "--as-of=2026-07-31");
        metrics = ExampleInput.metrics(job.report(SLUG).resolve("metrics.csv"));
    }

    @Test
    void everyRowIsAccountedForAndNoPersonalDataIsRead() {
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        String runJson = JobRun.read(job.report(SLUG).resolve("run.json"));
        List<Map<String, Object>> extract = JsonPath.read(runJson,
                "$.files[?(@.file == 'phds/student-records.csv')]");
        assertThat(extract.get(0)).containsEntry("rows_read", 7).containsEntry("rows_accepted", 6)
                .containsEntry("rows_rejected", 1);
        assertThat((List<String>) extract.get(0).get("ignored_personal_data_columns"))
                .containsExactly("student_name", "email", "date_of_birth");
        String rejects = JobRun.read(job.report(SLUG).resolve("rejects.csv"));
        assertThat(rejects).contains("phds/student-records.csv,8,2001007,award_date,,status awarded needs a award date")
                .doesNotContain("Reid").doesNotContain("@student");
    }

    @Test
    void thePhdMetricsAreTheExtractsOwn() {
        assertThat(metric("FY2025-26 Q4|all|phd_completions")).isEqualTo("2");
        assertThat(Double.parseDouble(metric("FY2025-26 Q4|all|phd_median_months_to_award")))
                .isCloseTo(1653 * 12 / 365.25, within(1e-9));
        assertThat(metric("FY2025-26 Q4|all|phd_withdrawals")).isEqualTo("1");
        assertThat(metric("FY2025-26 Q4|all|phd_active_at_end")).isEqualTo("3");
        assertThat(Double.parseDouble(metric("FY2025-26 Q4|all|phd_four_year_submission_rate")))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void theExtractsThemeNamesBecomeThemes() {
        assertThat(metric("FY2025-26 Q4|quantum|phd_completions")).isEqualTo("1");
        assertThat(metric("FY2025-26 Q4|robotics|phd_completions")).isEqualTo("1");
        assertThat(metric("FY2025-26 Q4|health-ai|phd_active_at_end")).isEqualTo("1");
        assertThat(metric("FY2025-26 Q4|unclassified|phd_withdrawals")).isEqualTo("1");
    }

    private static String metric(String key) {
        assertThat(metrics).containsKey(key);
        return metrics.get(key);
    }
}

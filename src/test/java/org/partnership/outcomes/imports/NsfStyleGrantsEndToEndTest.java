package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.launch.ExitCode;

/**
 * An NSF award search export (every field quoted, an abstract over two lines, StartDate as
 * MM/DD/YYYY, AwardedAmountToDate like "$349,998.00", no currency column) read by the mapping of
 * docs/examples/nsf-style-grants, as of 2025-06-30: report quarter FY2024-25 Q4 (April to June
 * 2025; fiscal years start in July).
 *
 * <p>By hand, from registers/nsf-awards.csv: 2339412 (08/01/2024, $349,998.00, quantum), 2339413
 * (08/01/2024, $150,002.00, quantum) and 2415530 (09/01/2024, $1,204,871.50, machine learning:
 * health-ai) fall in FY2024-25 Q1, 1,704,871.50 together; 2401177 (02/15/2025, $599,236.00, soft
 * robots) in Q3; 2420018 (04/01/2025, $49,950.00, quantum) in Q4. 2444105, on line 8, has no
 * amount: rejected. The year to date is 2,354,057.50, quantum's share 549,950.00.
 */
class NsfStyleGrantsEndToEndTest {

    private static final Path EXAMPLE = Path.of("docs/examples/nsf-style-grants/partnership.yml");
    private static final Path REGISTER = Path.of("src/test/resources/registers/nsf-awards.csv");
    private static final String SLUG = "FY2024-25-Q4";

    @TempDir
    Path tmp;

    @Test
    void dollarAmountsAreReadInTheBaseCurrency() {
        Path input = ExampleInput.create(tmp.resolve("input"), EXAMPLE, Source.GRANTS, REGISTER,
                "currency,date,rate\n"); // the base currency needs no rate
        JobRun job = new JobRun(tmp.resolve("run"));
        JobRun.Result result = job.run(input, "--as-of=2025-06-30");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);

        String runJson = JobRun.read(job.report(SLUG).resolve("run.json"));
        List<Map<String, Object>> register = JsonPath.read(runJson, "$.files[?(@.file == 'grants/nsf-awards.csv')]");
        assertThat(register.get(0)).containsEntry("rows_read", 6).containsEntry("rows_accepted", 5)
                .containsEntry("rows_rejected", 1);
        assertThat(JobRun.read(job.report(SLUG).resolve("rejects.csv")))
                .contains("grants/nsf-awards.csv,8,2444105,amount,,an awarded grant needs its amount");

        Map<String, String> metrics = ExampleInput.metrics(job.report(SLUG).resolve("metrics.csv"));
        assertValue(metrics, "FY2024-25 Q1|all|awarded_value", "1704871.50");
        assertThat(metrics.get("FY2024-25 Q1|all|grants_awarded")).isEqualTo("3");
        assertValue(metrics, "FY2024-25 Q3|robotics|awarded_value", "599236.00");
        assertValue(metrics, "FY2024-25 Q4|quantum|awarded_value", "49950.00");
        assertValue(metrics, "FY2024-25 YTD|all|awarded_value", "2354057.50");
        assertValue(metrics, "FY2024-25 YTD|quantum|awarded_value", "549950.00");
        assertThat(metrics.get("FY2024-25 YTD|all|grants_awarded")).isEqualTo("5");
    }

    /**
     * The same register for a partnership that reports in pounds: each award at the latest USD
     * rate on or before its start date. Q1 1,704,871.50 × 0.78 = 1,329,799.77; Q3 599,236.00 ×
     * 0.80 = 479,388.80; Q4 49,950.00 × 0.76 = 37,962.00; the year 1,847,150.57.
     */
    @Test
    void dollarAmountsAreConvertedToAnotherBaseCurrencyAtTheirRates() throws IOException {
        Path input = ExampleInput.create(tmp.resolve("input"), EXAMPLE, Source.GRANTS, REGISTER, """
                currency,date,rate
                USD,2024-07-01,0.78
                USD,2025-01-01,0.80
                USD,2025-04-01,0.76
                """);
        Path config = input.resolve("partnership.yml");
        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
                .replace("base-currency: USD", "base-currency: GBP"), StandardCharsets.UTF_8);
        JobRun job = new JobRun(tmp.resolve("run"));
        JobRun.Result result = job.run(input, "--as-of=2025-06-30");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);

        Map<String, String> metrics = ExampleInput.metrics(job.report(SLUG).resolve("metrics.csv"));
        assertValue(metrics, "FY2024-25 Q1|all|awarded_value", "1329799.77");
        assertValue(metrics, "FY2024-25 Q3|all|awarded_value", "479388.80");
        assertValue(metrics, "FY2024-25 Q4|all|awarded_value", "37962.00");
        assertValue(metrics, "FY2024-25 YTD|all|awarded_value", "1847150.57");
    }

    private static void assertValue(Map<String, String> metrics, String key, String expected) {
        assertThat(metrics).containsKey(key);
        assertThat(new BigDecimal(metrics.get(key))).as(key).isEqualByComparingTo(expected);
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.launch.ExitCode;

/**
 * Science Foundation Ireland's grant register, as downloaded, runs as the grant register of the
 * partnership of docs/examples/sfi-grants with its mapping alone, as of 2019-12-31 (report quarter
 * 2019 Q4; the register's last award starts on 2019-12-01).
 *
 * <p>The expected figures come from the file's text, not from the job's reader, by these rules:
 * a record ends on the one physical line that ends in {@code ,<Start Date>,<End Date or
 * nothing>,<Revised Total Commitment>} (titles may hold line breaks, nothing after them does), and
 * that line gives its start date and amount. Every record is an award in euro, the base currency.
 * The job rejects a record whose amount is negative (a commitment revised down) or whose title is
 * blank (the field before the start date is empty), and accepts every other.
 */
class SfiGrantRegisterEndToEndTest {

    private static final Path EXAMPLE = Path.of("docs/examples/sfi-grants/partnership.yml");
    private static final Path REGISTER = Path.of("src/test/resources/real-exports/grants/sfi-grant-commitments.csv");
    private static final Pattern RECORD_END = Pattern.compile(
            "(,?),(\\d{2})/(\\d{2})/(\\d{4}),(?:\\d{2}/\\d{2}/\\d{4})?,(-?\\d+(?:\\.\\d+)?)$");

    @TempDir
    static Path tmp;

    static JobRun job;
    static JobRun.Result result;

    /** From the file's text, by the rules above. */
    static int records;
    static int accepted;
    static int acceptedIn2001Q4;
    static BigDecimal acceptedAmount = BigDecimal.ZERO;

    @BeforeAll
    static void runJobAndReadTheFileByHand() throws IOException {
        for (String line : Files.readAllLines(REGISTER, StandardCharsets.UTF_8)) {
            Matcher end = RECORD_END.matcher(line);
            if (!end.find()) {
                continue;
            }
            records++;
            BigDecimal amount = new BigDecimal(end.group(5));
            boolean blankTitle = !end.group(1).isEmpty();
            if (amount.signum() >= 0 && !blankTitle) {
                accepted++;
                acceptedAmount = acceptedAmount.add(amount);
                int month = Integer.parseInt(end.group(3));
                if (end.group(4).equals("2001") && month >= 10) {
                    acceptedIn2001Q4++;
                }
            }
        }
        Path input = ExampleInput.create(tmp.resolve("input"), EXAMPLE, Source.GRANTS, REGISTER,
                "currency,date,rate\n");
        job = new JobRun(tmp.resolve("run"));
        result = job.run(input, "--as-of=2019-12-31");
    }

    @Test
    void theRegisterRunsWithItsMappingAlone() {
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(records).as("the register's row count, as its publisher states it").isEqualTo(5395);
        assertThat(accepted).isBetween(5300, records - 1); // the rules above reject a few
    }

    @Test
    void everyRowIsReadAndAccountedFor() {
        String runJson = JobRun.read(job.report("2019-Q4").resolve("run.json"));
        List<Map<String, Object>> register = JsonPath.read(runJson,
                "$.files[?(@.file == 'grants/sfi-grant-commitments.csv')]");
        assertThat(register).hasSize(1);
        assertThat(register.get(0)).containsEntry("rows_read", records).containsEntry("rows_accepted", accepted)
                .containsEntry("rows_rejected", records - accepted);
        long rejectLines = JobRun.read(job.report("2019-Q4").resolve("rejects.csv")).lines()
                .filter(line -> line.startsWith("grants/sfi-grant-commitments.csv,")).count();
        assertThat(rejectLines).isEqualTo(records - accepted);
    }

    @Test
    void theAwardsAndTheirValueAreTheFilesOwn() {
        Map<String, String> metrics = ExampleInput.metrics(job.report("2019-Q4").resolve("metrics.csv"));
        assertThat(metrics.get("All time|all|grants_awarded")).isEqualTo(Integer.toString(accepted));
        assertThat(new BigDecimal(metrics.get("All time|all|awarded_value"))).isEqualByComparingTo(acceptedAmount);
        assertThat(metrics.get("2001 Q4|all|grants_awarded")).isEqualTo(Integer.toString(acceptedIn2001Q4));
        assertThat(acceptedIn2001Q4).isPositive();
    }
}

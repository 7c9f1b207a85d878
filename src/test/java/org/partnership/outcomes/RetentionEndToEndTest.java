package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/** Old runs are pruned from the job repository and the output folder; reports are kept. */
class RetentionEndToEndTest {

    @TempDir
    Path tmp;

    private static int runId(JobRun job) {
        return JsonPath.read(JobRun.read(job.report("FY2026-27-Q2").resolve("run.json")), "$.run_id");
    }

    @Test
    void aRunPastTheRetentionPeriodIsForgottenButItsReportKept() throws Exception {
        JobRun kept = new JobRun(tmp.resolve("kept"));
        assertThat(kept.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(kept.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        // within the retention period the second run was "already up to date": the same run
        assertThat(runId(kept)).isEqualTo(1);

        JobRun pruned = new JobRun(tmp.resolve("pruned")).with("--partnership.retention-days=0");
        Path staleWork = pruned.output().resolve(".work-FY2025-26-Q1-99");
        Files.createDirectories(staleWork);
        Files.setLastModifiedTime(staleWork, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(pruned.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(staleWork).doesNotExist();
        // with 0 days the finished run is pruned at once, so the same command is a new run
        assertThat(pruned.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(runId(pruned)).isEqualTo(2);
        assertThat(pruned.report("FY2026-27-Q2").resolve("metrics.csv")).exists();
        assertThat(pruned.output().resolve("latest.txt")).hasContent("FY2026-27-Q2");
    }
}

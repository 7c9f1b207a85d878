package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;

/** A second run started while one holds the output folder is refused, and the first is unharmed. */
class ConcurrentRunTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWithItsOwnExitCode() {
        JobRun job = new JobRun(tmp);
        AtomicReference<JobRun.Result> second = new AtomicReference<>();
        ByteArrayOutputStream firstErr = new ByteArrayOutputStream();
        // the "first run" holds the lock while the second one starts
        ExitCode first = RunGuard.whileHolding(job.output(), new PrintStream(firstErr, true, StandardCharsets.UTF_8), () -> {
            second.set(job.run(JobRun.fixture("small"), "--as-of=2026-08-15"));
            return ExitCode.SUCCESS;
        });
        assertThat(first).isEqualTo(ExitCode.SUCCESS);
        assertThat(second.get().code()).isEqualTo(ExitCode.ALREADY_RUNNING);
        assertThat(second.get().stderr()).startsWith("error: ").contains("another run is in progress");
        assertThat(job.report("FY2026-27-Q2")).doesNotExist();
        // once the first has finished, the same command runs
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
    }
}

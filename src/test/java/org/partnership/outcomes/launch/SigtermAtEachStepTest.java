package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnership.outcomes.JobRun;

/**
 * SIGTERM sent to a run as its log reaches each step (ingest, the reject check and metrics, the
 * report, publishing). Where in the step it lands is up to the machine; what must hold wherever it
 * lands: the process exits 1 with one {@code error:} line and publishes nothing, or it had already
 * published and exits 0 with none; and the same command then succeeds with the report of a run
 * never interrupted.
 */
class SigtermAtEachStepTest {

    private static final Path INPUT = Path.of("input"); // the bundled sample

    @TempDir
    static Path shared;

    private static String cleanMetrics;

    @BeforeAll
    static void runUninterrupted() {
        JobRun clean = new JobRun(shared.resolve("clean"));
        assertThat(clean.run(INPUT, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        cleanMetrics = JobRun.read(clean.report("FY2026-27-Q2").resolve("metrics.csv"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"step ingest-fx-rates started", "metrics computed", "report written"})
    void aStoppedRunSaysSoInOneLineAndTheSameCommandThenSucceeds(String logLine) throws Exception {
        JobRun job = new JobRun(tmp);
        Path log = tmp.resolve("stopped.log");
        Process process = ChildJvm.start(List.of("--input=" + INPUT, "--output=" + job.output(), "--as-of=2026-08-15",
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/repository").toAbsolutePath()), log);
        waitForLine(process, log, logLine);
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        String output = Files.readString(log);
        List<String> errors = output.lines().filter(line -> line.startsWith("error: ")).toList();
        Path report = job.report("FY2026-27-Q2");
        if (process.exitValue() == 0) {
            assertThat(output).as(output).contains("run complete");
            assertThat(errors).as(output).isEmpty();
            assertThat(report.resolve("metrics.csv")).exists();
        } else {
            assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.JOB_FAILED.status());
            assertThat(errors).as(output).hasSize(1);
            assertThat(errors.get(0)).contains("stopped");
            assertThat(output).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(report).doesNotExist();
        }

        assertThat(job.run(INPUT, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(report.resolve("metrics.csv"))).isEqualTo(cleanMetrics);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report published"})
    void aRunKilledWhilePublishingIsPublishedWholeByTheSameCommand(String logLine) throws Exception {
        JobRun job = new JobRun(tmp);
        Path log = tmp.resolve("killed.log");
        Process process = ChildJvm.start(List.of("--input=" + INPUT, "--output=" + job.output(), "--as-of=2026-08-15",
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/repository").toAbsolutePath()), log);
        waitForLine(process, log, logLine);
        process.destroyForcibly(); // SIGKILL: nothing of the job runs after it
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

        Path report = job.report("FY2026-27-Q2");
        if (Files.exists(report)) { // the rename into place is atomic: a report there is whole
            assertThat(JobRun.read(report.resolve("metrics.csv"))).isEqualTo(cleanMetrics);
        }
        JobRun.Result again = job.run(INPUT, "--as-of=2026-08-15");
        assertThat(again.code()).as(again.stderr()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(report.resolve("metrics.csv"))).isEqualTo(cleanMetrics);
        assertThat(JobRun.read(job.output().resolve("latest.txt")).strip()).isEqualTo("FY2026-27-Q2");
    }


    private static void waitForLine(Process process, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(5);
        }
        // the run may end before the line is read: the checks above hold for a finished run too
    }
}

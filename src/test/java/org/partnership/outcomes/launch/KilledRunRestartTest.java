package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.sample.SampleDataGenerator;

/**
 * A run is killed (SIGKILL, as by an out-of-memory killer or a pulled plug) in the middle of
 * reading publications; the same command run again finds the execution still marked STARTED,
 * marks it failed, and restarts it after the last committed chunk. Its outputs equal those of a
 * run that was never interrupted.
 */
class KilledRunRestartTest {

    /** Publication exports are ingested side by side, by worker steps named after their file. */
    private static final Pattern ROWS_READ = Pattern.compile("step ingest-publications:file-\\d+: (\\d+) rows read");
    private static final Pattern RESUMED = Pattern.compile("step ingest-publications:file-\\d+ resumes after row (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void restartAfterKillResumesAfterTheLastChunkAndGivesTheSameReport() throws Exception {
        Path input = tmp.resolve("input");
        SampleDataGenerator.main(new String[] {input.toString(), "--publications", "20000", "--seed", "11", "--bad-rows"});
        List<String> args = List.of("--input=" + input, "--output=" + tmp.resolve("killed/output"),
                "--as-of=2026-08-15", "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("killed/db").toAbsolutePath(),
                "--partnership.chunk-size=100", "--partnership.progress-interval=0s");

        // first run: killed once it has committed a few chunks of publications
        Process first = ChildJvm.start(args, tmp.resolve("first.log"));
        long readBeforeKill = waitForRowsRead(first, tmp.resolve("first.log"), 2000);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(readBeforeKill).isGreaterThanOrEqualTo(2000);

        // second run, same command: recovers the stale execution and resumes
        Process second = ChildJvm.start(args, tmp.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(tmp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("still marked STARTED but its process is gone");
        Matcher resumed = RESUMED.matcher(log);
        assertThat(resumed.find()).as(log).isTrue();
        long resumedAfter = Long.parseLong(resumed.group(1));
        assertThat(resumedAfter).isGreaterThan(0).isLessThan(20000);
        assertThat(resumedAfter % 100).isZero();

        // an uninterrupted run of the same input, in this JVM with its own database and output
        JobRun clean = new JobRun(tmp.resolve("clean"));
        assertThat(clean.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        Path killedReport = tmp.resolve("killed/output/FY2026-27-Q2");
        for (String file : List.of("metrics.csv", "rejects.csv")) {
            assertThat(Files.readString(killedReport.resolve(file)))
                    .as(file).isEqualTo(Files.readString(clean.report("FY2026-27-Q2").resolve(file)));
        }
        assertThat(JobRun.read(killedReport.resolve("run.json")))
                .contains("\"rows_read\": " + JobRun.read(clean.report("FY2026-27-Q2").resolve("run.json"))
                        .replaceAll("(?s).*?\"rows_read\": (\\d+).*", "$1") + ",");
    }

    @Test
    void sigtermStopsTheRunAfterItsChunkAndTheNextRunResumesIt() throws Exception {
        Path input = tmp.resolve("input");
        SampleDataGenerator.main(new String[] {input.toString(), "--publications", "20000", "--seed", "12"});
        List<String> args = List.of("--input=" + input, "--output=" + tmp.resolve("output"), "--as-of=2026-08-15",
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                "--partnership.chunk-size=100", "--partnership.progress-interval=0s");

        Process first = ChildJvm.start(args, tmp.resolve("first.log"));
        waitForRowsRead(first, tmp.resolve("first.log"), 2000);
        first.destroy(); // SIGTERM, as schedulers send first
        assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String firstLog = Files.readString(tmp.resolve("first.log"));
        assertThat(firstLog).contains("termination requested: stopping after the current chunk");
        assertThat(first.exitValue()).as(firstLog).isEqualTo(ExitCode.JOB_FAILED.status());
        assertThat(firstLog.lines().filter(line -> line.startsWith("error: ")))
                .containsExactly("error: the run was stopped before it finished; run the same command again to resume it");
        assertThat(tmp.resolve("output/FY2026-27-Q2")).doesNotExist();

        Process second = ChildJvm.start(args, tmp.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(tmp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("ended STOPPED) from where it stopped").doesNotContain("process is gone");
        assertThat(RESUMED.matcher(log).find()).as(log).isTrue();
        assertThat(tmp.resolve("output/FY2026-27-Q2/metrics.csv")).exists();
    }


    private static long waitForRowsRead(Process process, Path log, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher m = ROWS_READ.matcher(Files.readString(log));
            long last = 0;
            while (m.find()) {
                last = Long.parseLong(m.group(1));
            }
            if (last >= atLeast) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run never got far enough to be killed:\n" + Files.readString(log));
    }
}

package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/** What the job believes it published is checked, not assumed: files deleted by hand, and latest. */
class PublishedStateEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void aPublishedFileDeletedOrChangedByHandIsPublishedAgain() throws Exception {
        JobRun job = new JobRun(tmp);
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        Path report = job.report("FY2026-27-Q2");
        String metrics = JobRun.read(report.resolve("metrics.csv"));
        String rejects = JobRun.read(report.resolve("rejects.csv"));

        Files.delete(report.resolve("metrics.csv"));
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(report.resolve("metrics.csv"))).isEqualTo(metrics);

        Files.writeString(report.resolve("rejects.csv"), "file,line,id,field,value,reason\n");
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(report.resolve("rejects.csv"))).isEqualTo(rejects);
    }

    @Test
    void reportingAPastQuarterLeavesLatestAtTheNewestQuarter() throws Exception {
        JobRun job = new JobRun(tmp);
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15", "--quarter=FY2026-27-Q1").code())
                .isEqualTo(ExitCode.SUCCESS);

        assertThat(job.report("FY2026-27-Q1")).isDirectory();
        assertThat(JobRun.read(job.output().resolve("latest.txt")).strip()).isEqualTo("FY2026-27-Q2");
        assertThat(job.output().resolve("latest")).isSymbolicLink();
        assertThat(job.output().resolve("latest").toRealPath())
                .isEqualTo(job.report("FY2026-27-Q2").toAbsolutePath().toRealPath());
    }

    @Test
    void reportingANewerQuarterMovesLatestOn() {
        JobRun job = new JobRun(tmp);
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15", "--quarter=FY2026-27-Q1").code())
                .isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(job.output().resolve("latest.txt")).strip()).isEqualTo("FY2026-27-Q1");
        assertThat(job.run(JobRun.fixture("small"), "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(job.output().resolve("latest.txt")).strip()).isEqualTo("FY2026-27-Q2");
    }
}

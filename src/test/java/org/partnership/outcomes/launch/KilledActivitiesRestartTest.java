package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;

/**
 * A run killed (SIGKILL) while it reads programme activities, run again with the same command,
 * resumes the activities step after its last committed chunk and publishes exactly what an
 * uninterrupted run publishes: the ids seen before the kill still reject their repeats after it.
 */
class KilledActivitiesRestartTest {

    private static final int ROWS = 5000;
    private static final Pattern ROWS_READ = Pattern.compile("step ingest-activities: (\\d+) rows read");
    private static final Pattern RESUMED = Pattern.compile("step ingest-activities resumes after row (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void restartAfterAKillDuringTheActivitiesStepGivesTheSameReport() throws Exception {
        Path input = tmp.resolve("input");
        copy(JobRun.fixture("tiny"), input);
        Files.createDirectories(input.resolve("activities"));
        Files.writeString(input.resolve("activities/activities.csv"), activities(), StandardCharsets.UTF_8);
        List<String> args = List.of("--input=" + input, "--output=" + tmp.resolve("killed/output"),
                "--as-of=2026-08-15", "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("killed/db").toAbsolutePath(),
                "--partnership.chunk-size=10", "--partnership.progress-interval=0s");

        Process first = ChildJvm.start(args, tmp.resolve("first.log"));
        long readBeforeKill = waitForRowsRead(first, tmp.resolve("first.log"), 500);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(readBeforeKill).isGreaterThanOrEqualTo(500).isLessThan(ROWS);

        Process second = ChildJvm.start(args, tmp.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(tmp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        Matcher resumed = RESUMED.matcher(log);
        assertThat(resumed.find()).as(log).isTrue();
        assertThat(Long.parseLong(resumed.group(1))).isGreaterThan(0).isLessThan(ROWS);

        JobRun clean = new JobRun(tmp.resolve("clean"));
        assertThat(clean.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        Path killedReport = tmp.resolve("killed/output/FY2026-27-Q2");
        for (String file : List.of("metrics.csv", "rejects.csv")) {
            assertThat(Files.readString(killedReport.resolve(file)))
                    .as(file).isEqualTo(Files.readString(clean.report("FY2026-27-Q2").resolve(file)));
        }
        // every 50th row repeats the id of the row 1,001 before it: 80 rejects, wherever the kill fell
        assertThat(Files.readString(killedReport.resolve("rejects.csv")).lines()
                .filter(l -> l.contains("duplicate activity id"))).hasSize(80);
        assertThat(JobRun.read(killedReport.resolve("run.json")))
                .contains("\"file\": \"activities/activities.csv\"").contains("\"rows_read\": " + ROWS + ",");
    }

    /** Exchanges and workshops on ids A1..A5000, each 50th row from 1,050 on a repeat of the id 1,001 rows before. */
    private static String activities() {
        StringBuilder csv = new StringBuilder("activity_id,type,title,from_institution,to_institution,person_ref,"
                + "start_date,end_date,participants,funded_by_grant,status\n");
        for (int i = 1; i <= ROWS; i++) {
            String id = i > 1000 && i % 50 == 0 ? "A" + (i - 1001) : "A" + i; // i - 1001 is no repeat itself
            String start = "2026-0" + (4 + i % 4) + "-" + String.format("%02d", 1 + i % 28);
            if (i % 2 == 0) {
                csv.append(id).append(",faculty-exchange,Quantum visit ").append(i).append(",UCL,IISc,V-").append(i)
                        .append(',').append(start).append(",,,").append(i % 3 == 0 ? "S1" : "").append(",active\n");
            } else {
                csv.append(id).append(",workshop,Workshop ").append(i).append(",,,,").append(start).append(',')
                        .append(start).append(',').append(10 + i % 7).append(",,completed\n");
            }
        }
        return csv.toString();
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
            Thread.sleep(5);
        }
        throw new AssertionError("the first run never got far enough to be killed:\n" + Files.readString(log));
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

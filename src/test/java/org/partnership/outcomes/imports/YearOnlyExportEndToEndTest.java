package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.launch.ExitCode;

/**
 * A Scopus export gives a year alone. Run on its own, with the scopus-2022 example's partnership,
 * every record is "too coarse for a quarter" and no quarter holds one (no dated record starts the
 * periods, so all time covers no whole year); with {@code coarse-dates: first-day} each is placed on
 * 1 January of its year, and the quarters hold exactly the joint records a plain reading of the raw
 * file finds.
 */
class YearOnlyExportEndToEndTest {

    private static final String EXPORT = "scopus/scopus-2022-litstudy.csv";
    private static final String FILE = "publications/scopus-2022-litstudy.csv";

    @TempDir
    Path tmp;

    @Test
    void byDefaultEveryRecordIsTooCoarseForAQuarter() throws IOException {
        JobRun job = run("", "default");

        Map<String, Object> source = publicationSource(job);
        assertThat(source.get("kind")).isEqualTo("scopus");
        assertThat((Integer) source.get("dates_too_coarse_for_a_quarter")).isPositive()
                .isEqualTo(source.get("publications_contributed"));
        assertThat(source.get("publications_alone")).isEqualTo(source.get("publications_contributed"));
        assertThat(quarterlySum(job, "publications")).isZero();
        // every year of the export (1989 to 2022) has ended by the as-of date, and all time starts
        // with the quarter of the earliest one's 1 January: all time holds every record
        assertThat(allTime(job, "publications")).isEqualTo(((Integer) source.get("publications_contributed")).longValue());
        long joint = RawExports.scopus(EXPORT, "Georgia Southern University", "New York City College of Technology")
                .stream().map(RawExports.Joint::identity).distinct().count();
        assertThat(allTime(job, "joint_publications")).isEqualTo(joint);
    }

    @Test
    void placedOnTheFirstOfJanuaryTheQuartersHoldTheJointRecordsOfTheRawFile() throws IOException {
        long joint = RawExports.scopus(EXPORT, "Georgia Southern University", "New York City College of Technology")
                .stream().map(RawExports.Joint::identity).distinct().count();
        assertThat(joint).isEqualTo(2);

        JobRun job = run("coarse-dates: first-day\n", "first-day");

        assertThat(publicationSource(job).get("dates_too_coarse_for_a_quarter")).isEqualTo(0);
        assertThat(quarterlySum(job, "joint_publications")).isEqualTo(joint);
        assertThat(allTime(job, "joint_publications")).isEqualTo(joint);
    }

    private JobRun run(String extraConfig, String name) throws IOException {
        Path input = tmp.resolve("input-" + name);
        Files.createDirectories(input.resolve("publications"));
        Files.createDirectories(input.resolve("grants"));
        Files.createDirectories(input.resolve("phds"));
        Files.copy(Path.of("docs/examples/scopus-2022/partnership.yml"), input.resolve("partnership.yml"));
        Files.writeString(input.resolve("partnership.yml"), "\n" + extraConfig, StandardOpenOption.APPEND);
        Files.copy(BibliographicExportsTest.export(EXPORT), input.resolve(FILE));
        Files.writeString(input.resolve("fx-rates.csv"), "currency,date,rate\n");
        Files.writeString(input.resolve("grants/register.csv"), "grant_id,title,funder,funding_type,status\n");
        Files.writeString(input.resolve("phds/students.csv"), "student_ref,start_date,status\n");
        JobRun job = new JobRun(tmp.resolve("work-" + name));
        JobRun.Result result = job.run(input, "--as-of=2026-06-30");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        return job;
    }

    private static Map<String, Object> publicationSource(JobRun job) {
        List<Map<String, Object>> sources = JsonPath.read(JobRun.read(report(job).resolve("run.json")),
                "$.publication_sources");
        return sources.stream().filter(s -> s.get("file").equals(FILE)).findFirst().orElseThrow();
    }

    /** A metric of theme {@code all} added up over every quarter of metrics.csv. */
    private static long quarterlySum(JobRun job, String metric) {
        long sum = 0;
        for (String line : JobRun.read(report(job).resolve("metrics.csv")).split("\n")) {
            String[] f = line.split(",", -1);
            if (f[0].matches("\\S+ Q[1-4]") && f[3].equals("all") && f[4].equals(metric)) {
                sum += Long.parseLong(f[5]);
            }
        }
        return sum;
    }

    private static long allTime(JobRun job, String metric) {
        for (String line : JobRun.read(report(job).resolve("metrics.csv")).split("\n")) {
            String[] f = line.split(",", -1);
            if (f[0].equals("All time") && f[3].equals("all") && f[4].equals(metric)) {
                return Long.parseLong(f[5]);
            }
        }
        throw new AssertionError("no All time " + metric);
    }

    private static Path report(JobRun job) {
        try (var reports = Files.list(job.output())) {
            return reports.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

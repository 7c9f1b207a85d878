package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.launch.ExitCode;

/**
 * Each bibliographic export runs, as downloaded, through the whole job with its example
 * configuration in docs/examples: every row is accounted for, and the joint publications the job
 * finds are the ones a plain reading of the raw file finds: records whose affiliations name both
 * partners. The expected counts come from the files here, not from the job's readers.
 */
class BibliographicExportsEndToEndTest {

    private static final String AS_OF = "2026-06-30";

    @TempDir
    Path tmp;

    @Test
    void openAlex() throws IOException {
        String export = "openalex/openalex-works-citenets.csv";
        List<RawExports.Joint> joint = RawExports.openAlex(export, "Universidade Federal de Santa Catarina",
                "University of Valparaíso");
        assertThat(joint).hasSize(10); // as the fixtures' README says, they publish together; every date is full

        JobRun job = run("openalex", export);

        assertThat(rowsAccountedFor(job, "publications/openalex-works-citenets.csv")).isEqualTo(1508);
        assertThat(jointPublicationsByQuarter(job)).isEqualTo(placedInQuarters(joint));
    }

    /** Runs the job on a folder holding the example's configuration and the exports in publications/. */
    private JobRun run(String example, String... exports) throws IOException {
        Path input = tmp.resolve("input-" + example + "-" + exports.length + "-" + Path.of(exports[0]).getFileName());
        Files.createDirectories(input.resolve("publications"));
        Files.createDirectories(input.resolve("grants"));
        Files.createDirectories(input.resolve("phds"));
        Files.copy(Path.of("docs/examples", example, "partnership.yml"), input.resolve("partnership.yml"));
        for (String export : exports) {
            Files.copy(BibliographicExportsTest.export(export), input.resolve("publications")
                    .resolve(Path.of(export).getFileName().toString()));
        }
        Files.writeString(input.resolve("fx-rates.csv"), "currency,date,rate\n");
        Files.writeString(input.resolve("grants/register.csv"), "grant_id,title,funder,funding_type,status\n");
        Files.writeString(input.resolve("phds/students.csv"), "student_ref,start_date,status\n");
        JobRun job = new JobRun(tmp.resolve("work-" + input.getFileName()));
        JobRun.Result result = job.run(input, "--as-of=" + AS_OF);
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        return job;
    }

    /** The rows read of an input file, once run.json says each was accepted or rejected. */
    private static int rowsAccountedFor(JobRun job, String file) {
        List<Map<String, Object>> files = JsonPath.read(JobRun.read(report(job).resolve("run.json")), "$.files");
        Map<String, Object> counts = files.stream().filter(f -> f.get("file").equals(file)).findFirst().orElseThrow();
        int read = (Integer) counts.get("rows_read");
        assertThat((Integer) counts.get("rows_accepted") + (Integer) counts.get("rows_rejected")).isEqualTo(read);
        return read;
    }

    /** The joint publications of every quarter in metrics.csv, added up: those whose date a quarter holds. */
    private static int jointPublicationsByQuarter(JobRun job) {
        int sum = 0;
        for (String line : metricsCsv(job).split("\n")) {
            String[] f = line.split(",", -1);
            if (f[0].matches("\\S+ Q[1-4]") && f[3].equals("all") && f[4].equals("joint_publications")) {
                sum += Integer.parseInt(f[5]);
            }
        }
        return sum;
    }

    private static String metricsCsv(JobRun job) {
        return JobRun.read(report(job).resolve("metrics.csv"));
    }

    private static Path report(JobRun job) {
        try (Stream<Path> reports = Files.list(job.output())) {
            return reports.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The distinct joint publications (by DOI) whose date names a month or a day: those a quarter holds. */
    private static int placedInQuarters(List<RawExports.Joint> joint) {
        return (int) joint.stream().filter(RawExports.Joint::monthOrDay).map(RawExports.Joint::identity).distinct()
                .count();
    }
}

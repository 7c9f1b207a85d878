package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void webOfScienceInEachOfItsFormsGivesTheSameReport() throws IOException {
        List<RawExports.Joint> joint = RawExports.webOfSciencePlainText("wos/wos-plaintext.txt", "George Mason Univ",
                "NASA");
        assertThat(joint).hasSize(2); // one of July 2010, one of 2009 with no month

        String metrics = null;
        for (String export : List.of("wos/wos-tab-win-utf8.txt", "wos/wos-tab-win-utf16.txt", "wos/wos-plaintext.txt")) {
            JobRun job = run("wos", export);
            assertThat(rowsAccountedFor(job, "publications/" + Path.of(export).getFileName())).as(export).isEqualTo(50);
            assertThat(jointPublicationsByQuarter(job)).as(export).isEqualTo(placedInQuarters(joint)).isEqualTo(1);
            assertThat(datesTooCoarse(job, "publications/" + Path.of(export).getFileName())).as(export)
                    .isEqualTo(RawExports.webOfScienceYearsAlone("wos/wos-plaintext.txt")).isEqualTo(14);
            if (metrics != null) {
                assertThat(metricsCsv(job)).as(export).isEqualTo(metrics);
            }
            metrics = metricsCsv(job);
        }
    }

    /**
     * Each Scopus export, with the two institutions it is read for, how many joint publications a
     * plain scan of the raw file finds and how many data rows it holds.
     */
    @ParameterizedTest
    @CsvSource({
        "scopus-2022, Georgia Southern University, New York City College of Technology, 2, 58",
        "scopus-2023, University of Technology Sydney, The University of Sydney, 1, 88"})
    void scopus(String example, String first, String second, int jointInRawFile, int rows) throws IOException {
        String export = "scopus/" + example + "-litstudy.csv";
        List<RawExports.Joint> joint = RawExports.scopus(export, first, second);
        assertThat(joint).hasSize(jointInRawFile);

        JobRun job = run(example, export);

        String file = "publications/" + example + "-litstudy.csv";
        assertThat(rowsAccountedFor(job, file)).isEqualTo(rows);
        assertThat(datesTooCoarse(job, file)).isEqualTo(RawExports.scopusWithAffiliations(export));
        assertThat(jointPublicationsByQuarter(job)).isEqualTo(placedInQuarters(joint)).isZero(); // years alone
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

    /**
     * The publications of a file that Data Quality lists as "date too coarse for a quarter"; run.json
     * says the same.
     */
    private static long datesTooCoarse(JobRun job, String file) throws IOException {
        Path workbook;
        try (Stream<Path> files = Files.list(report(job))) {
            workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        long listed = -1;
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = book.getSheet("Data Quality");
            boolean inTable = false;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                inTable |= first.equals("Publication sources");
                if (inTable && first.equals(file)) {
                    assertThat(row.getCell(4).toString()).isNotBlank();
                    listed = (long) row.getCell(4).getNumericCellValue();
                    break;
                }
            }
        }
        List<Map<String, Object>> sources = JsonPath.read(JobRun.read(report(job).resolve("run.json")),
                "$.publication_sources");
        Map<String, Object> source = sources.stream().filter(s -> s.get("file").equals(file)).findFirst().orElseThrow();
        assertThat(((Number) source.get("dates_too_coarse_for_a_quarter")).longValue()).isEqualTo(listed);
        return listed;
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

package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.JobRun;
import org.partnership.outcomes.launch.ExitCode;

/**
 * A CRIS export in the job's own shape beside a database export whose dates are a year alone (read
 * by a mapping whose date format is {@code yyyy}), with calendar fiscal years, reported for 2025 Q4
 * as of 2026-08-15. Every count below is worked out from the rows by hand.
 */
class CoarseDatesEndToEndTest {

    @TempDir
    Path tmp;

    private static final String CONFIG = """
            partners:
              - id: ucl
                aliases: ["UCL"]
              - id: iisc
                aliases: ["IISc"]
            fiscal-year-start-month: 1
            sources:
              publications:
                - files: "database-*.tsv"
                  delimiter: tab
                  columns:
                    publication_id: Id
                    doi: DOI
                    title: Title
                    publication_date: Year
                    institutions: Affiliations
                  date-formats: [yyyy]
            """;

    /** C1: joint, placed in 2025 Q1. C2: a month, placed in 2024 Q4. */
    private static final String CRIS = """
            publication_id,doi,title,publication_date,institutions
            C1,10.1/one,Joint paper one,2025-03-10,UCL; IISc
            C2,,UCL only paper,2024-11,UCL
            """;

    /**
     * D1: C1 again, whose date places it (not "too coarse"). D2: 2025 alone: in 2025 YTD and all
     * time, in no quarter. D3: 2023 alone, the earliest: all time starts on 1 January 2023 and holds
     * it. D4: 2026 has begun but not ended by the as-of date: in no period, not after the as-of date.
     */
    private static final String DATABASE = """
            Id\tDOI\tTitle\tYear\tAffiliations
            D1\t10.1/one\tJoint paper one\t2025\tUCL; IISc
            D2\t10.1/two\tJoint paper two\t2025\tUCL; IISc
            D3\t10.1/three\tOld paper\t2023\tUCL
            D4\t10.1/four\tFuture paper\t2026\tUCL
            """;

    @Test
    void aYearAloneCountsOnlyInPeriodsThatHoldTheWholeYearAndIsReportedAsTooCoarseForAQuarter() throws IOException {
        JobRun job = run(CRIS);

        String metrics = JobRun.read(job.report("2025-Q4").resolve("metrics.csv"));
        assertThat(metrics)
                .contains("2024 Q4,2024-10-01,2024-12-31,all,publications,1\n")
                .contains("2025 Q1,2025-01-01,2025-03-31,all,publications,1\n")
                .contains("2025 Q4,2025-10-01,2025-12-31,all,publications,0\n")
                .contains("2025 YTD,2025-01-01,2025-12-31,all,publications,2\n")
                .contains("2025 YTD,2025-01-01,2025-12-31,all,joint_publications,2\n")
                .contains("2023 Q1,2023-01-01,2023-03-31,all,publications,0\n")
                .contains("All time,2023-01-01,2025-12-31,all,publications,4\n");
        String run = JobRun.read(job.report("2025-Q4").resolve("run.json"));
        assertThat(run).contains("\"publication_duplicates_merged\": 1,")
                .contains("\"publication_dates_too_coarse_for_a_quarter\": 3,")
                // cris.csv holds one and C2; it gives "one" its date. The database holds one, D2, D3 and D4
                // and gives "one" nothing (no citations, FWCI or open access on either side).
                .contains("{\"file\": \"publications/cris.csv\", \"kind\": \"cris\", \"publications_contributed\": 2,"
                        + " \"publications_enriched\": 1, \"publications_alone\": 1, \"dates_too_coarse_for_a_quarter\": 0}")
                .contains("{\"file\": \"publications/database-2025.tsv\", \"kind\": \"cris\", \"publications_contributed\": 4,"
                        + " \"publications_enriched\": 0, \"publications_alone\": 3, \"dates_too_coarse_for_a_quarter\": 3}")
                .contains("\"file\": \"publications/database-2025.tsv\", \"sha256\"")
                .containsPattern("\"publications/database-2025.tsv\", \"sha256\": \"[0-9a-f]+\", \"rows_read\": 4,"
                        + " \"rows_accepted\": 4, \"rows_rejected\": 0, \"rows_after_as_of\": 0");
        assertThat(publicationSources(job.report("2025-Q4").resolve("partnership-report-2025-Q4.xlsx")))
                .containsExactly("publications/cris.csv 2 1 1 0 cris", "publications/database-2025.tsv 4 0 3 3 cris");
    }

    /** The Data Quality sheet's "Publication sources" table: per file, contributed, enriched, alone, too coarse. */
    private static List<String> publicationSources(Path workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = book.getSheet("Data Quality");
            List<String> rows = new ArrayList<>();
            boolean inTable = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String text = first == null ? "" : first.toString();
                if (text.equals("Publication sources")) {
                    inTable = true;
                } else if (inTable && text.startsWith("publications/")) {
                    rows.add(text + " " + (long) row.getCell(1).getNumericCellValue() + " "
                            + (long) row.getCell(2).getNumericCellValue() + " " + (long) row.getCell(3).getNumericCellValue()
                            + " " + (long) row.getCell(4).getNumericCellValue() + " " + row.getCell(5).getStringCellValue());
                } else if (inTable && !rows.isEmpty()) {
                    break;
                }
            }
            return rows;
        }
    }

    @Test
    void theOwnShapeStillRefusesAYearAlone() throws IOException {
        JobRun job = run(CRIS + "C3,,A year alone,2025,UCL\n");

        assertThat(JobRun.read(job.report("2025-Q4").resolve("rejects.csv")))
                .contains("publications/cris.csv,4,C3,publication_date,2025,not a date (expected YYYY-MM-DD or YYYY-MM)");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The job on the CRIS file given and the database file, as of 2026-08-15, for 2025 Q4; it must succeed. */
    private JobRun run(String cris) throws IOException {
        Path input = tmp.resolve("input");
        write(input.resolve("partnership.yml"), CONFIG);
        write(input.resolve("publications/cris.csv"), cris);
        write(input.resolve("publications/database-2025.tsv"), DATABASE);
        write(input.resolve("grants/register.csv"), "grant_id,title,funder,funding_type,status\n");
        write(input.resolve("phds/students.csv"), "student_ref,start_date,status\n");
        write(input.resolve("fx-rates.csv"), "currency,date,rate\n");
        JobRun job = new JobRun(tmp.resolve("run"));
        JobRun.Result result = job.run(input, "--as-of=2026-08-15", "--quarter=2025-Q4");
        assertThat(result.code()).as(result.stderr()).isEqualTo(ExitCode.SUCCESS);
        return job;
    }
}

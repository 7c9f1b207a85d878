package org.partnership.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.launch.ExitCode;

/**
 * Whole-file problems, bad configuration and bad usage end the run with a distinct exit code and
 * one line on standard error that names the file (and line) and the reason; never a stack trace.
 */
class InputFailuresEndToEndTest {

    @TempDir
    Path tmp;

    private Path input() {
        Path input = tmp.resolve("input");
        copyTree(JobRun.fixture("small"), input);
        return input;
    }

    private JobRun.Result run(Path input, String... args) {
        return new JobRun(tmp).run(input, args.length == 0 ? new String[] {"--as-of=2026-08-15"} : args);
    }

    private static void assertOneLine(JobRun.Result result, ExitCode code, String... fragments) {
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.stderr()).contains(fragments);
    }

    @Test
    void missingSourceFolderFailsNamingIt() throws IOException {
        Path input = input();
        deleteTree(input.resolve("grants"));
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "grants/", "folder not found");
    }

    @Test
    void sourceFolderWithoutCsvFails() throws IOException {
        Path input = input();
        deleteTree(input.resolve("phds"));
        Files.createDirectories(input.resolve("phds"));
        Files.writeString(input.resolve("phds/readme.txt"), "nothing here");
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "phds/", "no CSV file");
    }

    @Test
    void anInputFolderThatIsNotThereIsNamed() {
        Path nowhere = tmp.resolve("no-such-input");
        assertOneLine(run(nowhere, "--as-of=2026-08-15"), ExitCode.INPUT_UNUSABLE, nowhere.toString(),
                "input folder not found");
    }

    @Test
    void aFolderNamedLikeACsvFileIsRefusedNotSkipped() throws IOException {
        Path input = input();
        Files.createDirectories(input.resolve("grants/more.csv"));
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "grants/more.csv", "not a regular file");
    }

    @Test
    void missingFxRatesFails() throws IOException {
        Path input = input();
        Files.delete(input.resolve("fx-rates.csv"));
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "fx-rates.csv", "not found");
    }

    @Test
    void fileThatIsNotUtf8FailsNamingFileAndLine() throws IOException {
        Path input = input();
        Path file = input.resolve("grants/register.csv");
        byte[] latin1 = (Files.readString(file) + "X1,Caf\u00e9 seed,Fund,,seed,UCL,,,submitted,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "grants/register.csv", "line 8", "not valid UTF-8");
    }

    @Test
    void fileWithoutHeaderFails() throws IOException {
        Path input = input();
        Files.writeString(input.resolve("publications/ucl.csv"), "");
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "publications/ucl.csv", "no header");
    }

    @Test
    void fileMissingARequiredColumnFails() throws IOException {
        Path input = input();
        Path file = input.resolve("phds/students.csv");
        Files.writeString(file, Files.readString(file).replaceFirst("start_date", "begin_date"));
        assertOneLine(run(input), ExitCode.INPUT_UNUSABLE, "phds/students.csv", "line 1", "start_date");
    }

    @Test
    void invalidConfigurationFailsNamingTheFile() throws IOException {
        Path input = input();
        Path config = input.resolve("partnership.yml");
        Files.writeString(config, Files.readString(config).replace("fiscal-year-start-month: 4", "fiscal-year-start-month: 13"));
        assertOneLine(run(input), ExitCode.INVALID_USAGE_OR_CONFIGURATION, "partnership.yml", "fiscal-year-start-month");
    }

    @Test
    void aJobThatCannotReachItsDatabaseFailsWithExitCodeOne() {
        JobRun.Result result = new JobRun(tmp).with("--spring.datasource.url=jdbc:h2:file:/proc/no-such-place/repository")
                .run(input(), "--as-of=2026-08-15");
        assertOneLine(result, ExitCode.JOB_FAILED, "the run failed");
    }

    @Test
    void unknownOptionIsInvalidUsage() {
        assertOneLine(run(input(), "--as-of=2026-08-15", "--quater=FY2026-27-Q1"), ExitCode.INVALID_USAGE_OR_CONFIGURATION,
                "--quater");
    }

    @Test
    void reportQuarterStartingAfterTheAsOfDateIsRefused() {
        assertOneLine(run(input(), "--as-of=2026-08-15", "--quarter=FY2026-27-Q3"),
                ExitCode.INVALID_USAGE_OR_CONFIGURATION, "FY2026-27 Q3", "after the as-of date");
    }

    @Test
    void anAsOfDateBefore1900IsRefused() {
        assertOneLine(run(input(), "--as-of=0000-01-01"), ExitCode.INVALID_USAGE_OR_CONFIGURATION,
                "--as-of=0000-01-01", "outside 1900-01-01");
        assertThat(tmp.resolve("output")).doesNotExist();
    }

    @Test
    void aReportQuarterBefore1900IsRefused() {
        assertOneLine(run(input(), "--as-of=2026-08-15", "--quarter=FY0000-01-Q1"),
                ExitCode.INVALID_USAGE_OR_CONFIGURATION, "--quarter=FY0000-01-Q1", "before 1900-01-01");
        assertThat(tmp.resolve("output")).doesNotExist();
    }

    @Test
    void tooManyRejectsFailAndPublishNothing() throws IOException {
        Path input = input();
        StringBuilder bad = new StringBuilder(Files.readString(input.resolve("grants/register.csv")));
        for (int i = 0; i < 6; i++) {
            bad.append("X").append(i).append(",Bad,Fund,,seed,UCL,,,awarded,,1,GBP,\n");
        }
        Files.writeString(input.resolve("grants/register.csv"), bad.toString());
        JobRun job = new JobRun(tmp);
        JobRun.Result result = job.run(input, "--as-of=2026-08-15");
        // 7 of 12 rows rejected: more than 5 rows and more than 5%
        assertOneLine(result, ExitCode.REJECTS_OVER_LIMIT, "grants/register.csv", "7 of 12 rows rejected");
        assertThat(job.report("FY2026-27-Q2")).doesNotExist();
    }

    @Test
    void rejectsWithinTheAllowanceDoNotFailTheRun() throws IOException {
        Path input = input();
        StringBuilder bad = new StringBuilder(Files.readString(input.resolve("grants/register.csv")));
        for (int i = 0; i < 4; i++) {
            bad.append("X").append(i).append(",Bad,Fund,,seed,UCL,,,awarded,,1,GBP,\n");
        }
        Files.writeString(input.resolve("grants/register.csv"), bad.toString());
        // 5 of 10 rows rejected: 50%, but not more than the allowance of 5 rows
        assertThat(run(input).code()).isEqualTo(ExitCode.SUCCESS);
    }

    @Test
    void aFailedRunLeavesTheLastGoodReportUntouched() throws IOException {
        Path input = input();
        JobRun job = new JobRun(tmp);
        assertThat(job.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        Path report = job.report("FY2026-27-Q2");
        String before = JobRun.read(report.resolve("metrics.csv"));
        // the next night's export is broken: too many bad rows
        StringBuilder bad = new StringBuilder(Files.readString(input.resolve("grants/register.csv")));
        for (int i = 0; i < 6; i++) {
            bad.append("X").append(i).append(",Bad,Fund,,seed,UCL,,,awarded,,1,GBP,\n");
        }
        Files.writeString(input.resolve("grants/register.csv"), bad.toString());
        assertThat(job.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.REJECTS_OVER_LIMIT);
        assertThat(JobRun.read(report.resolve("metrics.csv"))).isEqualTo(before);
        assertThat(report.resolve("run.json")).exists();
    }

    @Test
    void aRowWithBrokenQuotingIsRejectedAndTheRestOfTheFileRead() throws IOException {
        Path input = input();
        Path file = input.resolve("grants/register.csv");
        // line 8: text after a closing quote; line 9 is a good row
        Files.writeString(file, Files.readString(file)
                + "X1,\"Quantum\" seed plus,Fund,,seed,UCL,,,submitted,,,,\n"
                + "X2,Robot seed,Fund,,seed,UCL,,,submitted,,,,\n");
        JobRun job = new JobRun(tmp);
        assertThat(job.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(job.report("FY2026-27-Q2").resolve("rejects.csv")))
                .contains("grants/register.csv,8,,,,not valid CSV: Invalid character between encapsulated token and delimiter");
        assertThat(JobRun.read(job.report("FY2026-27-Q2").resolve("run.json")))
                .contains("{\"file\": \"grants/register.csv\", \"sha256\"")
                .containsPattern("\"grants/register.csv\".*\"rows_read\": 8, \"rows_accepted\": 6, \"rows_rejected\": 2");
    }

    @Test
    void filesWithAHeaderAndNoRowsGiveAReportOfZeros() throws IOException {
        Path input = input();
        for (String file : new String[] {"publications/ucl.csv", "publications/iisc.csv", "grants/register.csv",
                "phds/students.csv", "fx-rates.csv"}) {
            Path path = input.resolve(file);
            Files.writeString(path, Files.readString(path).lines().findFirst().orElseThrow() + "\n");
        }
        JobRun job = new JobRun(tmp);
        assertThat(job.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        String metrics = JobRun.read(job.report("FY2026-27-Q2").resolve("metrics.csv"));
        // no record: the report quarter, its year to date and all time, each from the quarter's start
        assertThat(metrics).contains("FY2026-27 Q2,2026-07-01,2026-08-15,all,publications,0\n",
                "All time,2026-07-01,2026-08-15,all,joint_share,\n", "FY2026-27 YTD,2026-04-01,2026-08-15,all,joint_h_index,0\n");
        assertThat(job.report("FY2026-27-Q2").resolve("partnership-report-FY2026-27-Q2.xlsx")).exists();
    }

    @Test
    void theSameInputsGiveTheSameMetricsByteForByte() {
        Path input = input();
        JobRun first = new JobRun(tmp.resolve("first"));
        JobRun second = new JobRun(tmp.resolve("second"));
        assertThat(first.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(second.run(input, "--as-of=2026-08-15").code()).isEqualTo(ExitCode.SUCCESS);
        assertThat(JobRun.read(second.report("FY2026-27-Q2").resolve("metrics.csv")))
                .isEqualTo(JobRun.read(first.report("FY2026-27-Q2").resolve("metrics.csv")));
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

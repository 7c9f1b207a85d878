package org.partnership.outcomes.ingest.phd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.CsvRows;
import org.partnership.outcomes.ingest.Ingested;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingFolder;

/** Collaborative PhD rows (REQUIREMENTS §3 phds, §4 duplicates, §6 rejects). */
class PhdProcessorTest {

    private static final String FILE = "phds/students.csv";
    private static final String HEADER = "student_ref,programme,home_institution,partner_institution,themes,start_date,"
            + "submission_date,award_date,withdrawal_date,status,fte,destination";

    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;

    private static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "UCL", List.of(), List.of("UCL"), List.of()),
                    new Partner("iisc", "IISc", List.of(), List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum")),
                    new Theme("robotics", "Robotics", List.of("robot"))),
            4, "GBP", new BigDecimal("0.05"), 5);

    @TempDir
    Path tmp;

    private StagingFolder database;
    private PhdProcessor processor;

    @BeforeEach
    void startStep() {
        database = new StagingFolder();
        processor = new PhdProcessor(CONFIG, database.area(), database.files(), LocalDate.of(2026, 8, 15));
        processor.beforeStep(database.stepExecution(Source.PHDS));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void acceptsAnAwardedStudent() {
        PhdStudent student = accepted("P1,Joint-PhD,UCL,IISc,quantum,2021-10-01,2025-06-30,2026-07-15,,awarded,,Academia");

        assertThat(student.studentRef()).isEqualTo("P1");
        assertThat(student.programme()).hasValue("joint-phd");
        assertThat(student.themes()).isEqualTo(QUANTUM);
        assertThat(student.start()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(student.submission()).hasValue(LocalDate.of(2025, 6, 30));
        assertThat(student.award()).hasValue(LocalDate.of(2026, 7, 15));
        assertThat(student.status()).isEqualTo("awarded");
        assertThat(student.destination()).hasValue("academia");
    }

    @Test
    void rejectsAStartInYearOne() {
        Reject reject = rejected("P1,,,,,0001-01-01,,,,active,,");

        assertThat(reject.field()).isEqualTo("start_date");
        assertThat(reject.value()).isEqualTo("0001-01-01");
        assertThat(reject.reason()).isEqualTo("date before 1900");
    }

    @Test
    void rejectsAnAwardMoreThanTenYearsAfterTheAsOfDate() {
        Reject reject = rejected("P1,,,,,2021-10-01,,2036-08-16,,awarded,,");

        assertThat(reject.field()).isEqualTo("award_date");
        assertThat(reject.reason()).isEqualTo("date more than 10 years after the as-of date 2026-08-15");
    }

    @Test
    void readsABlankFteAsFullTime() {
        assertThat(accepted("P1,,,,,2023-09-01,,,,active,,").fte()).isEqualByComparingTo("1.0");
    }

    @Test
    void readsAHalfTimeFte() {
        PhdStudent student = accepted("P1,,,,,2023-09-01,,,,active,0.5,");

        assertThat(student.fte()).isEqualByComparingTo("0.5");
        assertThat(student.isPartTime()).isTrue();
    }

    @Test
    void rejectsAnFteOfZero() {
        Reject reject = rejected("P1,,,,,2023-09-01,,,,active,0,");

        assertThat(reject.field()).isEqualTo("fte");
        assertThat(reject.value()).isEqualTo("0");
        assertThat(reject.reason()).contains("fte");
    }

    @Test
    void rejectsAnFteAboveOne() {
        Reject reject = rejected("P1,,,,,2023-09-01,,,,active,1.5,");

        assertThat(reject.field()).isEqualTo("fte");
        assertThat(reject.value()).isEqualTo("1.5");
    }

    @Test
    void rejectsAnFteThatIsNotADecimal() {
        assertThat(rejected("P1,,,,,2023-09-01,,,,active,half,").field()).isEqualTo("fte");
        assertThat(rejected("P2,,,,,2023-09-01,,,,active,\"0,5\",").field()).isEqualTo("fte");
    }

    @Test
    void rejectsASubmittedStudentWithoutSubmissionDate() {
        Reject reject = rejected("P1,,,,,2023-09-01,,,,submitted,,");

        assertThat(reject.field()).isEqualTo("submission_date");
        assertThat(reject.reason()).contains("submitted", "submission date");
    }

    @Test
    void rejectsAnAwardedStudentWithoutAwardDate() {
        Reject reject = rejected("P1,,,,,2021-10-01,2025-06-30,,,awarded,,");

        assertThat(reject.field()).isEqualTo("award_date");
        assertThat(reject.reason()).contains("awarded", "award date");
    }

    @Test
    void rejectsAWithdrawnStudentWithoutWithdrawalDate() {
        Reject reject = rejected("P1,,,,,2022-01-10,,,,withdrawn,,");

        assertThat(reject.field()).isEqualTo("withdrawal_date");
        assertThat(reject.reason()).contains("withdrawn", "withdrawal date");
    }

    @Test
    void rejectsAwardDateBeforeStartDate() {
        Reject reject = rejected("P1,,,,,2021-10-01,,2021-09-30,,awarded,,");

        assertThat(reject.field()).isEqualTo("award_date");
        assertThat(reject.value()).isEqualTo("2021-09-30");
        assertThat(reject.reason()).contains("before start");
    }

    @Test
    void rejectsSubmissionDateBeforeStartDate() {
        assertThat(rejected("P1,,,,,2021-10-01,2020-01-01,,,submitted,,").field()).isEqualTo("submission_date");
    }

    @Test
    void rejectsWithdrawalDateBeforeStartDate() {
        assertThat(rejected("P1,,,,,2021-10-01,,,2021-01-01,withdrawn,,").field()).isEqualTo("withdrawal_date");
    }

    @Test
    void acceptsAnAwardOnTheStartDate() {
        assertThat(accepted("P1,,,,,2021-10-01,,2021-10-01,,awarded,,").award()).hasValue(LocalDate.of(2021, 10, 1));
    }

    @Test
    void rejectsAStartDateWithoutDay() {
        Reject reject = rejected("P1,,,,,2021-10,,,,active,,");

        assertThat(reject.field()).isEqualTo("start_date");
        assertThat(reject.value()).isEqualTo("2021-10");
    }

    @Test
    void rejectsAMissingStartDate() {
        assertThat(rejected("P1,,,,,,,,,active,,").field()).isEqualTo("start_date");
    }

    @Test
    void rejectsAProgrammeOutsideTheList() {
        Reject reject = rejected("P1,dphil,,,,2023-09-01,,,,active,,");

        assertThat(reject.field()).isEqualTo("programme");
        assertThat(reject.value()).isEqualTo("dphil");
    }

    @Test
    void rejectsADestinationOutsideTheList() {
        assertThat(rejected("P1,,,,,2021-10-01,,2025-10-01,,awarded,,retired").field()).isEqualTo("destination");
    }

    @Test
    void rejectsAStatusOutsideTheList() {
        assertThat(rejected("P1,,,,,2021-10-01,,,,graduated,,").field()).isEqualTo("status");
    }

    @Test
    void takesThemesFromTheThemesColumnOnly() {
        assertThat(accepted("P1,,,,robotics,2023-09-01,,,,active,,").themes()).isEqualTo(ROBOTICS);
        assertThat(accepted("P2,,quantum robot lab,,,2023-09-01,,,,active,,").themes()).isZero();
    }

    @Test
    void rejectsAnUnknownThemeId() {
        Reject reject = rejected("P1,,,,liver,2023-09-01,,,,active,,");

        assertThat(reject.field()).isEqualTo("themes");
        assertThat(reject.value()).isEqualTo("liver");
    }

    @Test
    void rejectsOnlyTheLaterRowOfARepeatedStudentRef() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "P1,,,,,2023-09-01,,,,active,,",
                "P1,,,,,2023-09-01,2026-08-01,,,submitted,,");

        Ingested<PhdStudent> first = processor.process(rows.get(0));
        Ingested<PhdStudent> second = processor.process(rows.get(1));

        assertThat(first).isInstanceOf(Ingested.Accepted.class);
        Reject reject = ((Ingested.Rejected<PhdStudent>) second).reject();
        assertThat(reject.field()).isEqualTo("student_ref");
        assertThat(reject.id()).isEqualTo("P1");
        assertThat(reject.line()).isEqualTo(3);
        assertThat(reject.reason()).contains("duplicate");
    }

    @Test
    void rejectsARepeatedStudentRefEvenWhenTheFirstRowWasRejected() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "P1,,,,,2023-09-01,,,,active,2,",
                "P1,,,,,2023-09-01,,,,active,,");

        assertThat(processor.process(rows.get(0))).isInstanceOf(Ingested.Rejected.class);
        Ingested<PhdStudent> later = processor.process(rows.get(1));

        assertThat(later).isInstanceOf(Ingested.Rejected.class);
        assertThat(((Ingested.Rejected<PhdStudent>) later).reject().field()).isEqualTo("student_ref");
    }

    @Test
    void remembersStudentRefsStagedBeforeARestart() {
        database.stage(StagingFolder.RUN_ID, Source.PHDS, 2, new PhdStudent("P1", Optional.empty(), Optional.empty(),
                Optional.empty(), 0, LocalDate.parse("2023-09-01"), Optional.empty(), Optional.empty(),
                Optional.empty(), "active", BigDecimal.ONE, Optional.empty()), new PhdCodec());
        processor.beforeStep(database.stepExecution(Source.PHDS));

        assertThat(rejected("P1,,,,,2023-09-01,,,,active,,").field()).isEqualTo("student_ref");
    }

    private PhdStudent accepted(String line) {
        Ingested<PhdStudent> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Accepted.class);
        return ((Ingested.Accepted<PhdStudent>) result).record();
    }

    private Reject rejected(String line) {
        Ingested<PhdStudent> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Rejected.class);
        Reject reject = ((Ingested.Rejected<PhdStudent>) result).reject();
        assertThat(reject.file()).isEqualTo(FILE);
        assertThat(reject.reason()).isNotBlank();
        return reject;
    }
}

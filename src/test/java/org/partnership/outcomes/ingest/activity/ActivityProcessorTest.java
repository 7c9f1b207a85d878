package org.partnership.outcomes.ingest.activity;

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
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantCodec;

/** Programme activity rows (REQUIREMENTS §9, with §3 values, §4 matching and themes, §6 rejects). */
class ActivityProcessorTest {

    private static final String FILE = "activities/activities.csv";
    private static final String HEADER = "activity_id,type,title,from_institution,to_institution,person_ref,themes,"
            + "keywords,start_date,end_date,participants,funded_by_grant,status";

    private static final long UCL = 1;
    private static final long IISC = 2;
    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;

    private static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "UCL", List.of("02jx3x895"), List.of("University College London", "UCL"),
                            List.of("University College London Hospitals")),
                    new Partner("iisc", "IISc", List.of("04dese585"), List.of("Indian Institute of Science", "IISc"),
                            List.of("Indian Institute of Science Education and Research"))),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum", "qubit")),
                    new Theme("robotics", "Robotics", List.of("robot"))),
            4, "GBP", new BigDecimal("0.05"), 5);

    @TempDir
    Path tmp;

    private StagingFolder staging;
    private ActivityProcessor processor;

    @BeforeEach
    void stageGrants() {
        staging = new StagingFolder();
        stageGrant("S1");
        stageGrant("E1");
        processor = new ActivityProcessor(CONFIG, staging.area(), staging.files());
        processor.beforeStep(staging.stepExecution(Source.ACTIVITIES));
    }

    @AfterEach
    void dropStaging() {
        staging.close();
    }

    @Test
    void acceptsAnExchangeFromUclToIisc() {
        Activity a = accepted("A1,Faculty-Exchange,Quantum sensing visit,University College London,"
                + "\"Indian Institute of Science, Bengaluru\",P-017,,,2026-06-20,2026-07-10,,S1,Completed");

        assertThat(a.activityId()).isEqualTo("A1");
        assertThat(a.type()).isEqualTo("faculty-exchange");
        assertThat(a.status()).isEqualTo("completed");
        assertThat(a.fromPartners()).isEqualTo(UCL);
        assertThat(a.toPartners()).isEqualTo(IISC);
        assertThat(a.personRef()).hasValue("P-017");
        assertThat(a.themes()).isEqualTo(QUANTUM); // "Quantum" in the title
        assertThat(a.start()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(a.end()).hasValue(LocalDate.of(2026, 7, 10));
        assertThat(a.fundedByGrant()).hasValue("S1");
    }

    @Test
    void acceptsAFellowshipTheOtherWayByRorId() {
        Activity a = accepted("A1,fellowship,Visiting fellowship,https://ror.org/04dese585,02jx3x895,P-2,,,"
                + "2026-01-01,,,,active");

        assertThat(a.fromPartners()).isEqualTo(IISC);
        assertThat(a.toPartners()).isEqualTo(UCL);
        assertThat(a.end()).isEmpty();
    }

    @Test
    void classifiesByTitleAndEachKeywordUnlessThemesAreGiven() {
        assertThat(accepted("A1,workshop,Clinical AI day,,,,,robot arms; qubits,2026-05-01,2026-05-01,40,,completed").themes())
                .isEqualTo(ROBOTICS); // "qubits" is not the whole word "qubit"
        assertThat(accepted("A2,workshop,Quantum day,,,,robotics,,2026-05-01,2026-05-01,,,completed").themes())
                .isEqualTo(ROBOTICS);
        assertThat(accepted("A3,licence,Licence to a start-up,,,,,,2026-05-01,,,,active").themes()).isZero();
    }

    @Test
    void readsParticipantsOfAnEvent() {
        assertThat(accepted("A1,training,Training,,,,,,2026-05-01,2026-05-02,35,,completed").participants())
                .hasValue(35L);
        assertThat(accepted("A2,workshop,Workshop,,,,,,2026-05-01,,,,active").participants()).isEmpty();
    }

    @Test
    void acceptsPlannedAndCancelledActivities() {
        assertThat(accepted("A1,workshop,Workshop,,,,,,2027-05-01,,,,Planned").status()).isEqualTo("planned");
        assertThat(accepted("A2,faculty-exchange,Visit,UCL,IISc,P-1,,,2026-05-01,,,,cancelled").status())
                .isEqualTo("cancelled");
    }

    @Test
    void rejectsAnExchangeThatIsNotBetweenTwoPartners() {
        Reject samePartner = rejected("A1,faculty-exchange,Visit,UCL,University College London,P-1,,,2026-05-01,,,,active");
        assertThat(samePartner.field()).isEqualTo("to_institution");
        assertThat(samePartner.reason()).startsWith("not between two partners");

        Reject unknownHost = rejected("A2,fellowship,Visit,UCL,Indian Institute of Science Education and Research,"
                + "P-1,,,2026-05-01,,,,active");
        assertThat(unknownHost.field()).isEqualTo("to_institution");
        assertThat(unknownHost.reason()).startsWith("not between two partners");

        Reject unknownHome = rejected("A3,fellowship,Visit,UCLA,IISc,P-1,,,2026-05-01,,,,active");
        assertThat(unknownHome.field()).isEqualTo("from_institution");
        assertThat(unknownHome.value()).isEqualTo("UCLA");
    }

    @Test
    void needsBothInstitutionsAndAPersonForAnExchangeOrFellowshipOnly() {
        assertThat(rejected("A1,faculty-exchange,Visit,,IISc,P-1,,,2026-05-01,,,,active").field())
                .isEqualTo("from_institution");
        assertThat(rejected("A2,fellowship,Visit,UCL,IISc,,,,2026-05-01,,,,active").field()).isEqualTo("person_ref");
        assertThat(accepted("A3,workshop,Workshop in London,UCL,,,,,2026-05-01,,,,active").fromPartners())
                .isEqualTo(UCL);
    }

    @Test
    void rejectsACompletedActivityWithoutAnEndDate() {
        Reject reject = rejected("A1,workshop,Workshop,,,,,,2026-05-01,,,,completed");

        assertThat(reject.field()).isEqualTo("end_date");
        assertThat(reject.reason()).contains("completed");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        Reject reject = rejected("A1,faculty-exchange,Visit,UCL,IISc,P-1,,,2026-05-01,2026-04-30,,,completed");

        assertThat(reject.field()).isEqualTo("end_date");
        assertThat(reject.value()).isEqualTo("2026-04-30");
    }

    @Test
    void acceptsAnEndOnTheStartDay() {
        assertThat(accepted("A1,workshop,Workshop,,,,,,2026-05-01,2026-05-01,,,completed").end())
                .hasValue(LocalDate.of(2026, 5, 1));
    }

    @Test
    void rejectsParticipantsOnAnotherType() {
        Reject reject = rejected("A1,faculty-exchange,Visit,UCL,IISc,P-1,,,2026-05-01,,3,,active");

        assertThat(reject.field()).isEqualTo("participants");
        assertThat(reject.value()).isEqualTo("3");
    }

    @Test
    void rejectsParticipantsThatAreNotAWholeNumberOfAtLeastOne() {
        assertThat(rejected("A1,workshop,Workshop,,,,,,2026-05-01,,0,,active").field()).isEqualTo("participants");
        assertThat(rejected("A2,workshop,Workshop,,,,,,2026-05-01,,12.5,,active").field()).isEqualTo("participants");
        assertThat(rejected("A3,workshop,Workshop,,,,,,2026-05-01,,-4,,active").field()).isEqualTo("participants");
        assertThat(rejected("A4,workshop,Workshop,,,,,,2026-05-01,,\"1,200\",,active").field())
                .isEqualTo("participants");
    }

    @Test
    void rejectsAFundingGrantThatIsNotAnAcceptedGrant() {
        Reject reject = rejected("A1,faculty-exchange,Visit,UCL,IISc,P-1,,,2026-05-01,,,S404,active");

        assertThat(reject.field()).isEqualTo("funded_by_grant");
        assertThat(reject.value()).isEqualTo("S404");
        assertThat(accepted("A2,faculty-exchange,Visit,UCL,IISc,P-1,,,2026-05-01,,,E1,active").fundedByGrant())
                .hasValue("E1");
    }

    @Test
    void rejectsValuesOutsideTheEnumerationsAndBadDates() {
        assertThat(rejected("A1,secondment,Visit,UCL,IISc,P-1,,,2026-05-01,,,,active").field()).isEqualTo("type");
        assertThat(rejected("A2,workshop,Workshop,,,,,,2026-05-01,,,,done").field()).isEqualTo("status");
        assertThat(rejected("A3,workshop,Workshop,,,,,,01/05/2026,,,,active").field()).isEqualTo("start_date");
        assertThat(rejected("A4,workshop,Workshop,,,,,,2026-05,,,,active").field()).isEqualTo("start_date");
        assertThat(rejected("A5,workshop,Workshop,,,,,,2026-02-30,,,,active").field()).isEqualTo("start_date");
        assertThat(rejected("A6,workshop,Workshop,,,,,,2026-05-01,2026-13-01,,,completed").field())
                .isEqualTo("end_date");
        assertThat(rejected("A7,workshop,Workshop,,,,nursing,,2026-05-01,,,,active").field()).isEqualTo("themes");
    }

    @Test
    void rejectsMissingRequiredValues() {
        assertThat(rejected(",workshop,Workshop,,,,,,2026-05-01,,,,active").field()).isEqualTo("activity_id");
        assertThat(rejected("A1,,Workshop,,,,,,2026-05-01,,,,active").field()).isEqualTo("type");
        assertThat(rejected("A2,workshop,  ,,,,,,2026-05-01,,,,active").field()).isEqualTo("title");
        assertThat(rejected("A3,workshop,Workshop,,,,,,,,,,active").field()).isEqualTo("start_date");
        assertThat(rejected("A4,workshop,Workshop,,,,,,2026-05-01,,,,").field()).isEqualTo("status");
    }

    @Test
    void rejectsEveryLaterRowOfARepeatedIdEvenWhenTheFirstWasRejected() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "A1,workshop,Workshop,,,,,,2026-05-01,,0,,active",
                "A1,workshop,Workshop,,,,,,2026-05-01,,,,active",
                "A1,training,Training,,,,,,2026-06-01,,,,active");

        assertThat(processor.process(rows.get(0))).isInstanceOf(Ingested.Rejected.class);
        for (CsvRow later : rows.subList(1, 3)) {
            Reject reject = ((Ingested.Rejected<Activity>) processor.process(later)).reject();
            assertThat(reject.field()).isEqualTo("activity_id");
            assertThat(reject.reason()).contains("duplicate");
        }
    }

    @Test
    void remembersActivityIdsStagedBeforeARestart() {
        staging.stage(StagingFolder.RUN_ID, Source.ACTIVITIES, 2, new Activity("A1", "workshop", "Workshop",
                Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), 0, LocalDate.parse("2026-05-01"),
                Optional.empty(), Optional.empty(), Optional.empty(), "active"), new ActivityCodec());
        processor.beforeStep(staging.stepExecution(Source.ACTIVITIES));

        assertThat(rejected("A1,workshop,Workshop,,,,,,2026-05-01,,,,active").field()).isEqualTo("activity_id");
    }

    @Test
    void neverReadsAPersonalDataColumn() {
        CsvRow row = CsvRows.one(tmp, FILE, HEADER + ",name,email",
                "A1,fellowship,Visiting fellowship,UCL,IISc,P-9,,,2026-05-01,,,,active,Jane Doe,jane@example.org");
        Activity a = ((Ingested.Accepted<Activity>) processor.process(row)).record();

        assertThat(row.header().personalDataColumns()).containsExactly("name", "email");
        assertThat(a.toString()).doesNotContain("Jane").doesNotContain("example.org");
        assertThat(a.personRef()).hasValue("P-9");
    }

    @Test
    void stagesAndReadsBackEveryField() {
        Activity a = accepted("A1,workshop,Robot ethics,UCL,IISc,P-3,quantum;robotics,,2026-05-01,2026-05-03,120,S1,"
                + "completed");
        staging.stage(StagingFolder.RUN_ID, Source.ACTIVITIES, 2, a, new ActivityCodec());
        List<Activity> read = new java.util.ArrayList<>();
        staging.area().forEachAccepted(StagingFolder.RUN_ID, staging.files().of(Source.ACTIVITIES),
                new ActivityCodec(), staged -> read.add(staged.record()));

        assertThat(read).containsExactly(a);
        assertThat(a.themes()).isEqualTo(QUANTUM | ROBOTICS);
    }

    private void stageGrant(String id) {
        staging.stage(StagingFolder.RUN_ID, Source.GRANTS, 2, new Grant(id, "Grant " + id, "Joint Fund",
                Optional.empty(), "seed", Optional.empty(), Optional.empty(), 0, "submitted", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), new GrantCodec());
    }

    private Activity accepted(String line) {
        Ingested<Activity> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Accepted.class);
        return ((Ingested.Accepted<Activity>) result).record();
    }

    private Reject rejected(String line) {
        Ingested<Activity> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Rejected.class);
        Reject reject = ((Ingested.Rejected<Activity>) result).reject();
        assertThat(reject.file()).isEqualTo(FILE);
        assertThat(reject.reason()).isNotBlank();
        return reject;
    }
}

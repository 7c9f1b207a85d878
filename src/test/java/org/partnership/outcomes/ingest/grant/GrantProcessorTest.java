package org.partnership.outcomes.ingest.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.step.StepExecution;
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

/** Grant register rows (REQUIREMENTS §3 grants, §4 money and duplicates, §6 rejects). */
class GrantProcessorTest {

    private static final String FILE = "grants/register.csv";
    private static final String HEADER = "grant_id,title,funder,scheme,funding_type,lead_institution,"
            + "partner_institutions,themes,status,decision_date,amount,currency,follow_on_from";

    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;

    private static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "UCL", List.of("02jx3x895"), List.of("UCL"), List.of()),
                    new Partner("iisc", "IISc", List.of("04dese585"), List.of("IISc"), List.of())),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum", "qubit")),
                    new Theme("robotics", "Robotics", List.of("robot"))),
            4, "GBP", new BigDecimal("0.05"), 5);

    @TempDir
    Path tmp;

    private StagingFolder database;
    private GrantProcessor processor;

    @BeforeEach
    void stageRates() {
        database = new StagingFolder();
        database.addRate("INR", "2026-07-01", "0.0095");
        database.addRate("INR", "2026-08-01", "0.0090");
        database.addRate("INR", "2026-09-01", "0.0080");
        database.addRate("USD", "2026-07-01", "0.80");
        processor = new GrantProcessor(CONFIG, database.area(), database.files(), LocalDate.of(2026, 8, 15));
        processor.beforeStep(database.stepExecution(Source.GRANTS));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void acceptsAnAwardInTheBaseCurrencyWithoutARate() {
        Grant grant = accepted("S1,Quantum seed,UCL-IISc Joint Fund,Seed 2025,seed,UCL,IISc,,awarded,2025-09-15,10000,GBP,");

        assertThat(grant.status()).isEqualTo("awarded");
        assertThat(grant.fundingType()).isEqualTo("seed");
        assertThat(grant.decisionDate()).hasValue(LocalDate.of(2025, 9, 15));
        assertThat(grant.baseValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10000"));
    }

    @Test
    void convertsWithTheLatestRateOnOrBeforeTheDecisionDate() {
        // 2026-08-15 falls under the rate of 2026-08-01: 1,000,000 INR x 0.0090 = 9,000 GBP
        Grant grant = accepted("E1,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-08-15,1000000,INR,S1");

        assertThat(grant.baseValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9000"));
        assertThat(grant.amount()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000000"));
        assertThat(grant.currency()).hasValue("INR");
        assertThat(grant.followOnFrom()).hasValue("S1");
    }

    @Test
    void usesARateDatedOnTheDecisionDateItself() {
        // 2,500,000 INR x 0.0080 = 20,000 GBP
        Grant grant = accepted("E1,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-09-01,2500000,INR,");

        assertThat(grant.baseValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20000"));
    }

    @Test
    void convertsExactlyWithoutRounding() {
        // 1234.56 USD x 0.80 = 987.648 GBP
        Grant grant = accepted("E3,Health platform,NIHR,,external,UCL,IISc,,awarded,2026-08-10,1234.56,usd,");

        assertThat(grant.currency()).hasValue("USD");
        assertThat(grant.baseValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("987.648"));
    }

    @Test
    void rejectsACurrencyWithNoRateOnOrBeforeTheDecisionDate() {
        Reject reject = rejected("E1,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-06-30,1000000,INR,");

        assertThat(reject.field()).isEqualTo("currency");
        assertThat(reject.value()).isEqualTo("INR");
        assertThat(reject.reason()).contains("rate", "2026-06-30");
    }

    @Test
    void rejectsAKnownCurrencyThatHasNoRatesAtAll() {
        Reject reject = rejected("E1,Follow-on,ERC,,external,UCL,IISc,,awarded,2026-08-15,50000,EUR,");

        assertThat(reject.field()).isEqualTo("currency");
        assertThat(reject.reason()).contains("rate");
    }

    @Test
    void rejectsAnAmountBeyondAnyRealGrant() {
        Grant largest = accepted("E1,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-08-15,1000000000000000,GBP,");
        assertThat(largest.baseValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1e15"));
        String huge = "1" + "0".repeat(400);
        Reject reject = rejected("E2,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-08-15," + huge + ",GBP,");

        assertThat(reject.field()).isEqualTo("amount");
        assertThat(reject.value()).isEqualTo(huge);
        assertThat(reject.reason()).isEqualTo("amount above 1000000000000000");
    }

    @Test
    void rejectsADecisionDateBefore1900OrFarAfterTheAsOfDate() {
        Reject early = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,declined,0001-01-01,,,");
        Reject late = rejected("S2,Seed,Joint Fund,,seed,UCL,IISc,,declined,2036-08-16,,,");

        assertThat(early.field()).isEqualTo("decision_date");
        assertThat(early.reason()).isEqualTo("date before 1900");
        assertThat(late.field()).isEqualTo("decision_date");
        assertThat(late.reason()).isEqualTo("date more than 10 years after the as-of date 2026-08-15");
    }

    @Test
    void rejectsAnUnknownCurrency() {
        Reject reject = rejected("E1,Follow-on,UKRI,,external,UCL,IISc,,awarded,2026-08-15,1000,XYZ,");

        assertThat(reject.field()).isEqualTo("currency");
        assertThat(reject.value()).isEqualTo("XYZ");
        assertThat(reject.reason()).contains("unknown currency");
    }

    @Test
    void rejectsAnAwardWithoutDecisionDate() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,,10000,GBP,");

        assertThat(reject.field()).isEqualTo("decision_date");
        assertThat(reject.reason()).contains("awarded", "decision date");
    }

    @Test
    void rejectsADeclineWithoutDecisionDate() {
        assertThat(rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,declined,,,,").field()).isEqualTo("decision_date");
    }

    @Test
    void acceptsASubmittedApplicationWithoutDecisionDateOrAmount() {
        Grant grant = accepted("S2,Seed,Joint Fund,,seed,UCL,IISc,,submitted,,,,");

        assertThat(grant.decisionDate()).isEmpty();
        assertThat(grant.baseValue()).isEmpty();
    }

    @Test
    void rejectsAnAwardWithoutAmount() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,,GBP,");

        assertThat(reject.field()).isEqualTo("amount");
        assertThat(reject.reason()).contains("amount");
    }

    @Test
    void rejectsAnAwardWithoutCurrency() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,10000,,");

        assertThat(reject.field()).isEqualTo("currency");
        assertThat(reject.reason()).contains("currency");
    }

    @Test
    void rejectsANegativeAmount() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,-10000,GBP,");

        assertThat(reject.field()).isEqualTo("amount");
        assertThat(reject.reason()).contains("negative");
    }

    @Test
    void rejectsAnAmountWithThousandsSeparators() {
        assertThat(rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,\"10,000\",GBP,").field())
                .isEqualTo("amount");
    }

    @Test
    void rejectsADecisionDateThatIsNotIso() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,awarded,15/09/2025,10000,GBP,");

        assertThat(reject.field()).isEqualTo("decision_date");
        assertThat(reject.value()).isEqualTo("15/09/2025");
    }

    @Test
    void matchesStatusAndFundingTypeIgnoringCase() {
        Grant grant = accepted("S1,Seed,Joint Fund,,SEED,UCL,IISc,,Awarded,2025-09-15,10000,GBP,");

        assertThat(grant.fundingType()).isEqualTo("seed");
        assertThat(grant.status()).isEqualTo("awarded");
    }

    @Test
    void rejectsAStatusOutsideTheList() {
        Reject reject = rejected("S1,Seed,Joint Fund,,seed,UCL,IISc,,pending,,,,");

        assertThat(reject.field()).isEqualTo("status");
        assertThat(reject.value()).isEqualTo("pending");
    }

    @Test
    void rejectsAFundingTypeOutsideTheList() {
        assertThat(rejected("S1,Seed,Joint Fund,,loan,UCL,IISc,,submitted,,,,").field()).isEqualTo("funding_type");
    }

    @Test
    void rejectsAMissingFunder() {
        Reject reject = rejected("S1,Seed,,,seed,UCL,IISc,,submitted,,,,");

        assertThat(reject.field()).isEqualTo("funder");
        assertThat(reject.reason()).contains("missing");
    }

    @Test
    void classifiesAGrantByItsTitle() {
        assertThat(accepted("S1,Qubit robot arms,Joint Fund,,seed,UCL,IISc,,submitted,,,,").themes())
                .isEqualTo(QUANTUM | ROBOTICS);
    }

    @Test
    void letsTheThemesColumnDecideAlone() {
        assertThat(accepted("S1,Qubit arrays,Joint Fund,,seed,UCL,IISc,robotics,submitted,,,,").themes())
                .isEqualTo(ROBOTICS);
    }

    @Test
    void rejectsAnUnknownThemeId() {
        Reject reject = rejected("S1,Qubit arrays,Joint Fund,,seed,UCL,IISc,quantum;unclassified,submitted,,,,");

        assertThat(reject.field()).isEqualTo("themes");
        assertThat(reject.value()).isEqualTo("unclassified");
    }

    @Test
    void rejectsOnlyTheLaterRowsOfARepeatedGrantId() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "G1,First,Joint Fund,,seed,UCL,IISc,,submitted,,,,",
                "G2,Second,Joint Fund,,seed,UCL,IISc,,submitted,,,,",
                "G1,First again,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,10000,GBP,",
                "G1,First yet again,Joint Fund,,seed,UCL,IISc,,submitted,,,,");

        List<Ingested<Grant>> results = rows.stream().map(processor::process).toList();

        assertThat(results.get(0)).isInstanceOf(Ingested.Accepted.class);
        assertThat(results.get(1)).isInstanceOf(Ingested.Accepted.class);
        for (int later : List.of(2, 3)) {
            Reject reject = ((Ingested.Rejected<Grant>) results.get(later)).reject();
            assertThat(reject.field()).isEqualTo("grant_id");
            assertThat(reject.value()).isEqualTo("G1");
            assertThat(reject.id()).isEqualTo("G1");
            assertThat(reject.reason()).contains("duplicate");
            assertThat(reject.line()).isEqualTo(later + 2);
        }
    }

    @Test
    void rejectsARepeatedGrantIdEvenWhenTheFirstRowWasRejected() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "G1,First,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,,GBP,",
                "G1,First again,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,10000,GBP,");

        assertThat(processor.process(rows.get(0))).isInstanceOf(Ingested.Rejected.class);
        Ingested<Grant> later = processor.process(rows.get(1));

        assertThat(later).isInstanceOf(Ingested.Rejected.class);
        assertThat(((Ingested.Rejected<Grant>) later).reject().field()).isEqualTo("grant_id");
    }

    @Test
    void remembersGrantIdsStagedBeforeARestart() {
        stageGrant("G1");
        processor.beforeStep(database.stepExecution(Source.GRANTS));

        Reject reject = rejected("G1,First again,Joint Fund,,seed,UCL,IISc,,submitted,,,,");

        assertThat(reject.field()).isEqualTo("grant_id");
    }

    @Test
    void forgetsAGrantStagedByAChunkThatNeverCommitted() {
        StepExecution restarted = database.stepExecution(Source.GRANTS); // committed: nothing
        stageGrant("G1"); // written by a run killed before its chunk committed
        processor.beforeStep(restarted);

        accepted("G1,First,Joint Fund,,seed,UCL,IISc,,submitted,,,,");
    }

    private void stageGrant(String id) {
        database.stage(StagingFolder.RUN_ID, Source.GRANTS, 2, new Grant(id, "First", "Joint Fund", Optional.empty(),
                "seed", Optional.empty(), Optional.empty(), 0, "submitted", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), new GrantCodec());
    }

    private Grant accepted(String line) {
        Ingested<Grant> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Accepted.class);
        return ((Ingested.Accepted<Grant>) result).record();
    }

    private Reject rejected(String line) {
        Ingested<Grant> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Rejected.class);
        Reject reject = ((Ingested.Rejected<Grant>) result).reject();
        assertThat(reject.file()).isEqualTo(FILE);
        assertThat(reject.reason()).isNotBlank();
        return reject;
    }

    @Test
    void aRowWithTheWrongFieldCountStillClaimsItsGrantId() {
        // the first G1 has an extra field; the id appears again on the next row all the same
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "G1,First,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,10000,GBP,,extra",
                "G1,First again,Joint Fund,,seed,UCL,IISc,,awarded,2025-09-15,10000,GBP,");

        assertThat(processor.process(rows.get(0))).isInstanceOf(Ingested.Rejected.class);
        Ingested<?> second = processor.process(rows.get(1));
        assertThat(second).isInstanceOf(Ingested.Rejected.class);
        assertThat(((Ingested.Rejected<?>) second).reject().reason()).contains("duplicate");
    }
}

package org.partnership.outcomes.ingest.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.CsvRows;
import org.partnership.outcomes.ingest.Ingested;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingFolder;

/** fx-rates.csv rows (REQUIREMENTS §3: a missing field, a bad date, a rate ≤ 0 or a repeat rejects the row). */
class FxRateProcessorTest {

    private static final String FILE = "fx-rates.csv";
    private static final String HEADER = "currency,date,rate";

    @TempDir
    Path tmp;

    private StagingFolder database;
    private FxRateProcessor processor;

    @BeforeEach
    void startStep() {
        database = new StagingFolder();
        processor = new FxRateProcessor(database.area(), database.files(), LocalDate.of(2026, 8, 15));
        processor.beforeStep(database.stepExecution(Source.FX_RATES));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void acceptsARate() {
        FxRate rate = accepted("inr,2026-07-01,0.0095");

        assertThat(rate.currency()).isEqualTo("INR");
        assertThat(rate.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(rate.rate()).isEqualByComparingTo("0.0095");
    }

    @Test
    void rejectsARateOfZero() {
        Reject reject = rejected("INR,2026-07-01,0");

        assertThat(reject.field()).isEqualTo("rate");
        assertThat(reject.value()).isEqualTo("0");
        assertThat(reject.reason()).contains("above 0");
    }

    @Test
    void rejectsANegativeRate() {
        Reject reject = rejected("INR,2026-07-01,-0.0095");

        assertThat(reject.field()).isEqualTo("rate");
        assertThat(reject.reason()).contains("negative");
    }

    @Test
    void rejectsARateWithAnExponent() {
        assertThat(rejected("INR,2026-07-01,9.5e-3").field()).isEqualTo("rate");
    }

    @Test
    void rejectsADateThatIsNotACalendarDate() {
        Reject reject = rejected("INR,2026-02-30,0.0095");

        assertThat(reject.field()).isEqualTo("date");
        assertThat(reject.value()).isEqualTo("2026-02-30");
    }

    @Test
    void rejectsADateThatIsNotIso() {
        assertThat(rejected("INR,01/07/2026,0.0095").field()).isEqualTo("date");
    }

    @Test
    void rejectsAMissingRate() {
        Reject reject = rejected("INR,2026-07-01,");

        assertThat(reject.field()).isEqualTo("rate");
        assertThat(reject.reason()).contains("missing");
    }

    @Test
    void rejectsAMissingCurrency() {
        assertThat(rejected(",2026-07-01,0.0095").field()).isEqualTo("currency");
    }

    @Test
    void rejectsARowWithAFieldLeftOut() {
        Reject reject = rejected("INR,2026-07-01");

        assertThat(reject.reason()).contains("2 fields", "3");
    }

    @Test
    void rejectsAnUnknownCurrency() {
        Reject reject = rejected("XYZ,2026-07-01,0.5");

        assertThat(reject.field()).isEqualTo("currency");
        assertThat(reject.value()).isEqualTo("XYZ");
        assertThat(reject.reason()).contains("unknown currency");
    }

    @Test
    void rejectsTheLaterOfTwoRatesForOneCurrencyAndDate() {
        List<CsvRow> rows = CsvRows.read(tmp, FILE, HEADER,
                "INR,2026-07-01,0.0095",
                "USD,2026-07-01,0.80",
                "INR,2026-08-01,0.0090",
                "inr,2026-07-01,0.0096");

        List<Ingested<FxRate>> results = rows.stream().map(processor::process).toList();

        assertThat(results.subList(0, 3)).allMatch(r -> r instanceof Ingested.Accepted);
        Reject reject = ((Ingested.Rejected<FxRate>) results.get(3)).reject();
        assertThat(reject.line()).isEqualTo(5);
        assertThat(reject.field()).isEqualTo("date");
        assertThat(reject.reason()).contains("INR", "earlier");
    }

    @Test
    void remembersRatesStagedBeforeARestart() {
        database.addRate("INR", "2026-07-01", "0.0095");
        processor.beforeStep(database.stepExecution(Source.FX_RATES));

        assertThat(rejected("INR,2026-07-01,0.0095").field()).isEqualTo("date");
    }

    @Test
    void rejectsARateOutsideAnyRealOne() {
        assertThat(accepted("VND,2026-01-01,0.000000001").rate()).isEqualByComparingTo("1e-9");
        assertThat(accepted("VND,2026-01-02,1000000000").rate()).isEqualByComparingTo("1e9");
        assertThat(rejected("VND,2026-01-03,0.0000000009").reason()).isEqualTo("rate below 0.000000001");
        assertThat(rejected("VND,2026-01-04,1000000000.5").reason()).isEqualTo("rate above 1000000000");
    }

    @Test
    void rejectsARateDatedBefore1900() {
        Reject reject = rejected("USD,1899-12-31,0.8");

        assertThat(reject.field()).isEqualTo("date");
        assertThat(reject.reason()).isEqualTo("date before 1900");
    }

    private FxRate accepted(String line) {
        Ingested<FxRate> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Accepted.class);
        return ((Ingested.Accepted<FxRate>) result).record();
    }

    private Reject rejected(String line) {
        Ingested<FxRate> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Rejected.class);
        Reject reject = ((Ingested.Rejected<FxRate>) result).reject();
        assertThat(reject.file()).isEqualTo(FILE);
        assertThat(reject.reason()).isNotBlank();
        return reject;
    }
}

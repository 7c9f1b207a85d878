package org.partnership.outcomes.ingest.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingFolder;

/** Conversion to the base currency (REQUIREMENTS §4 "Money"). */
class ExchangeRatesTest {

    private final StagingFolder database = new StagingFolder();

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void convertsWithTheLatestRateOnOrBeforeTheDate() {
        ExchangeRates rates = new ExchangeRates("GBP");
        rates.add(new FxRate("INR", date("2026-07-01"), new BigDecimal("0.0095")));
        rates.add(new FxRate("INR", date("2026-08-01"), new BigDecimal("0.0090")));

        // 200,000 INR: x 0.0095 = 1,900 in July, x 0.0090 = 1,800 from 1 August
        assertThat(rates.toBase(new BigDecimal("200000"), "INR", date("2026-07-31")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1900"));
        assertThat(rates.toBase(new BigDecimal("200000"), "INR", date("2026-08-01")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1800"));
        assertThat(rates.toBase(new BigDecimal("200000"), "INR", date("2030-01-01")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1800"));
    }

    @Test
    void hasNoValueBeforeTheFirstRate() {
        ExchangeRates rates = new ExchangeRates("GBP");
        rates.add(new FxRate("INR", date("2026-07-01"), new BigDecimal("0.0095")));

        assertThat(rates.toBase(BigDecimal.TEN, "INR", date("2026-06-30"))).isEmpty();
        assertThat(rates.toBase(BigDecimal.TEN, "EUR", date("2026-07-30"))).isEmpty();
    }

    @Test
    void needsNoRateForTheBaseCurrency() {
        assertThat(new ExchangeRates("GBP").toBase(new BigDecimal("1234.5"), "GBP", date("1990-01-01")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.5"));
    }

    @Test
    void loadsOnlyTheRatesOfItsOwnRun() {
        database.addRate("USD", "2026-07-01", "0.80");
        database.stage(99, Source.FX_RATES, 2, new FxRate("USD", date("2026-08-01"), new BigDecimal("0.50")),
                new FxRateCodec());

        ExchangeRates rates = ExchangeRates.load(database.area(), database.files(), StagingFolder.RUN_ID, "GBP");

        // 100 USD x 0.80 = 80: the other run's rate of 1 August does not apply
        assertThat(rates.toBase(new BigDecimal("100"), "USD", date("2026-08-15")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("80"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

package org.partnership.outcomes.ingest.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;

/** The accepted exchange rates of a run: the latest rate dated on or before a date converts an amount. */
public final class ExchangeRates {

    private final String baseCurrency;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    public ExchangeRates(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    /** The rates the run's (completed) exchange-rate step accepted. */
    public static ExchangeRates load(StagingArea staging, InputFiles files, long runId, String baseCurrency) {
        ExchangeRates table = new ExchangeRates(baseCurrency);
        staging.forEachAccepted(runId, files.of(Source.FX_RATES), new FxRateCodec(),
                staged -> table.add(staged.record()));
        return table;
    }

    public void add(FxRate rate) {
        rates.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.validFrom(), rate.rate());
    }

    /** The amount in base currency, exact; empty when the currency has no rate on or before the date. */
    public Optional<BigDecimal> toBase(BigDecimal amount, String currency, LocalDate date) {
        if (currency.equals(baseCurrency)) {
            return Optional.of(amount);
        }
        TreeMap<LocalDate, BigDecimal> byDate = rates.get(currency);
        if (byDate == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDate.floorEntry(date)).map(e -> amount.multiply(e.getValue()));
    }
}

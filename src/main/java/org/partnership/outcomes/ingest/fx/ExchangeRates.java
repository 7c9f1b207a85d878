package org.partnership.outcomes.ingest.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The accepted exchange rates of a run: the latest rate dated on or before a date converts an amount. */
public final class ExchangeRates {

    private final String baseCurrency;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    public ExchangeRates(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public static ExchangeRates load(JdbcTemplate jdbc, long runId, String baseCurrency) {
        ExchangeRates table = new ExchangeRates(baseCurrency);
        jdbc.query("SELECT currency, valid_from, rate FROM po_fx_rate WHERE run_id = ?", rs -> {
            table.add(new FxRate(rs.getString(1), rs.getObject(2, LocalDate.class), new BigDecimal(rs.getString(3))));
        }, runId);
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

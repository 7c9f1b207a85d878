package org.partnership.outcomes.ingest.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Units of base currency per one unit of {@code currency}, valid from {@code validFrom}. */
public record FxRate(String currency, LocalDate validFrom, BigDecimal rate) {
    public FxRate {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate must be positive");
        }
    }
}

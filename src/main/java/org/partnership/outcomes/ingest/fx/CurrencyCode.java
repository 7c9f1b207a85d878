package org.partnership.outcomes.ingest.fx;

import java.util.Currency;
import java.util.Locale;
import org.partnership.outcomes.csv.RowRejected;

/** ISO 4217 currency codes, matched case-insensitively. */
public final class CurrencyCode {

    private CurrencyCode() {
    }

    public static String parse(String column, String text) {
        String code = text.toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3 && Currency.getInstance(code) != null) {
                return code;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new RowRejected(column, text, "unknown currency (not an ISO 4217 code)");
    }
}

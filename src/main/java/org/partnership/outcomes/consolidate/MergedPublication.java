package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.partnership.outcomes.period.DatePrecision;

/**
 * One distinct publication: the rows that share its dedupe key, merged as the rules say (themes
 * and partners unioned, highest citations and fwci, earliest date, first known open-access status).
 *
 * @param date the first day of the date's span, which {@code precision} gives
 * @param dateSource the index of the input file that gave the date
 * @param citations 0 when no row gives them
 */
public record MergedPublication(String dedupeKey, String doi, String title, LocalDate date, DatePrecision precision,
        int dateSource, Optional<String> type, Optional<String> sourceTitle, long partners, long themes,
        long citations, Optional<BigDecimal> fwci, Optional<String> openAccess, int rowsMerged) {

    private static final java.util.Set<String> OPEN = java.util.Set.of("gold", "diamond", "hybrid", "bronze", "green");

    public boolean isJoint() {
        return Long.bitCount(partners) >= 2;
    }

    /** Empty when the status is unknown. */
    public Optional<Boolean> isOpenAccess() {
        return openAccess.map(OPEN::contains);
    }
}

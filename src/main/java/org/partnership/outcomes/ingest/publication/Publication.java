package org.partnership.outcomes.ingest.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.partnership.outcomes.period.DatePrecision;

/**
 * A validated publication row with what the rules derive from it: the dedupe key, the partners its
 * affiliations match (bit i = partner i) and its themes (bit i = theme i; none = unclassified).
 *
 * @param date the first day of the date's span: the day, the month or the year, as {@code precision} says
 * @param citations the citation count, or {@link #UNKNOWN} when the row gives none
 */
public record Publication(String publicationId, String doi, String dedupeKey, String title, LocalDate date,
        DatePrecision precision, Optional<String> type, Optional<String> sourceTitle, long partners, long themes,
        long citations, Optional<BigDecimal> fwci, Optional<String> openAccess) {

    /** Citations of a row that gives none: unknown, so a source that knows them wins the merge. */
    public static final long UNKNOWN = -1;
}

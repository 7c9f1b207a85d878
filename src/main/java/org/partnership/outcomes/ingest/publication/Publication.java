package org.partnership.outcomes.ingest.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validated publication row with what the rules derive from it: the dedupe key, the partners its
 * affiliations match (bit i = partner i) and its themes (bit i = theme i; none = unclassified).
 */
public record Publication(String publicationId, String doi, String dedupeKey, String title, LocalDate date,
        Optional<String> type, Optional<String> sourceTitle, long partners, long themes, long citations,
        Optional<BigDecimal> fwci, Optional<String> openAccess) {
}

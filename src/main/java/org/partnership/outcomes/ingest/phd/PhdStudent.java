package org.partnership.outcomes.ingest.phd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A validated collaborative PhD student, known only by a pseudonymous reference. */
public record PhdStudent(String studentRef, Optional<String> programme, Optional<String> homeInstitution,
        Optional<String> partnerInstitution, long themes, LocalDate start, Optional<LocalDate> submission,
        Optional<LocalDate> award, Optional<LocalDate> withdrawal, String status, BigDecimal fte,
        Optional<String> destination) {

    public static final String AWARDED = "awarded";
    public static final String WITHDRAWN = "withdrawn";

    public boolean isPartTime() {
        return fte.compareTo(BigDecimal.ONE) < 0;
    }
}

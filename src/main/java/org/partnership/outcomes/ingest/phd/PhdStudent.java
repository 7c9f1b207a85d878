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

    public static final String SUBMITTED = "submitted";
    public static final String ACTIVE = "active";

    /**
     * The student as known on {@code date}: a submission, award or withdrawal dated after it has
     * not happened yet, and the status is what it was then.
     */
    public PhdStudent asKnownOn(LocalDate date) {
        Optional<LocalDate> submitted = submission.filter(d -> !d.isAfter(date));
        Optional<LocalDate> awarded = award.filter(d -> !d.isAfter(date));
        Optional<LocalDate> withdrawn = withdrawal.filter(d -> !d.isAfter(date));
        String before = submitted.isPresent() ? SUBMITTED : ACTIVE;
        String statusThen = switch (status) {
            case AWARDED -> awarded.isPresent() ? AWARDED : before;
            case WITHDRAWN -> withdrawn.isPresent() ? WITHDRAWN : before;
            case SUBMITTED -> before;
            default -> status;
        };
        return new PhdStudent(studentRef, programme, homeInstitution, partnerInstitution, themes, start, submitted,
                awarded, withdrawn, statusThen, fte, destination);
    }

    public boolean isPartTime() {
        return fte.compareTo(BigDecimal.ONE) < 0;
    }
}

package org.partnership.outcomes.ingest.phd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A student as known on a day: later events have not happened yet (REQUIREMENTS §4, as-of date). */
class PhdStudentTest {

    private static PhdStudent student(String submission, String award, String withdrawal, String status) {
        return new PhdStudent("PHD-1", Optional.empty(), Optional.empty(), Optional.empty(), 0,
                LocalDate.of(2020, 10, 1), Optional.ofNullable(submission).map(LocalDate::parse),
                Optional.ofNullable(award).map(LocalDate::parse), Optional.ofNullable(withdrawal).map(LocalDate::parse),
                status, BigDecimal.ONE, Optional.empty());
    }

    private static final LocalDate AS_OF = LocalDate.of(2024, 8, 15);

    @Test
    void anAwardAfterTheDayLeavesTheStudentSubmitted() {
        PhdStudent then = student("2024-06-01", "2024-09-01", null, "awarded").asKnownOn(AS_OF);
        assertThat(then.status()).isEqualTo("submitted");
        assertThat(then.award()).isEmpty();
        assertThat(then.submission()).contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aSubmissionAfterTheDayLeavesTheStudentActive() {
        assertThat(student("2024-09-01", null, null, "submitted").asKnownOn(AS_OF).status()).isEqualTo("active");
        assertThat(student(null, null, "2024-12-01", "withdrawn").asKnownOn(AS_OF).status()).isEqualTo("active");
    }

    @Test
    void eventsOnOrBeforeTheDayStand() {
        PhdStudent then = student("2024-01-01", "2024-08-15", null, "awarded").asKnownOn(AS_OF);
        assertThat(then.status()).isEqualTo("awarded");
        assertThat(then.award()).contains(AS_OF);
        assertThat(student(null, null, null, "active").asKnownOn(AS_OF).status()).isEqualTo("active");
    }
}

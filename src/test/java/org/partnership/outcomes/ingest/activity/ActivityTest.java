package org.partnership.outcomes.ingest.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants an activity keeps whatever made it: the processor, or staging read back. */
class ActivityTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 20);

    private static Activity exchange(long from, long to, String status, Optional<LocalDate> end) {
        return new Activity("A1", Activity.FACULTY_EXCHANGE, "Visit", Optional.empty(), Optional.empty(), from, to,
                Optional.of("V-1"), 0, START, end, Optional.empty(), Optional.empty(), status);
    }

    @Test
    void anExchangeGoesFromOnePartnerToAnother() {
        assertThat(exchange(1, 2, Activity.ACTIVE, Optional.empty()).fromPartners()).isEqualTo(1);
        assertThatThrownBy(() -> exchange(1, 1, Activity.ACTIVE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> exchange(0, 2, Activity.ACTIVE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedActivityHasEndedAndNotBeforeItStarted() {
        assertThatThrownBy(() -> exchange(1, 2, Activity.COMPLETED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> exchange(1, 2, Activity.COMPLETED, Optional.of(START.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndAfterTheAsOfDateHasNotHappenedYet() {
        Activity a = exchange(1, 2, Activity.ACTIVE, Optional.of(LocalDate.of(2026, 9, 10)));

        assertThat(a.endKnownOn(LocalDate.of(2026, 8, 15))).isEmpty();
        assertThat(a.endKnownOn(LocalDate.of(2026, 9, 10))).hasValue(LocalDate.of(2026, 9, 10));
    }

    @Test
    void onlyActiveAndCompletedActivitiesCount() {
        assertThat(exchange(1, 2, Activity.ACTIVE, Optional.empty()).counts()).isTrue();
        assertThat(exchange(1, 2, Activity.PLANNED, Optional.empty()).counts()).isFalse();
        assertThat(exchange(1, 2, Activity.CANCELLED, Optional.empty()).counts()).isFalse();
    }
}

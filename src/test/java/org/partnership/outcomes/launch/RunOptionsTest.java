package org.partnership.outcomes.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.InputProblem;

/** The as-of date must be one a report can be about: from 1900 to a year after today. */
class RunOptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void acceptsAsOfDatesFrom1900ToAYearAfterToday() {
        assertThat(RunOptions.parse(new String[] {"--as-of=1900-01-01"}, TODAY).asOf()).isEqualTo("1900-01-01");
        assertThat(RunOptions.parse(new String[] {"--as-of=2027-12-05"}, TODAY).asOf()).isEqualTo("2027-12-05");
    }

    @Test
    void refusesAsOfDatesOutsideThem() {
        for (String date : new String[] {"1899-12-31", "0000-01-01", "2027-12-06", "9999-12-31"}) {
            assertThatThrownBy(() -> RunOptions.parse(new String[] {"--as-of=" + date}, TODAY))
                    .isInstanceOf(InputProblem.class)
                    .hasMessage("--as-of=" + date + " is outside 1900-01-01 to 2027-12-05 (a year after today)");
        }
    }
}

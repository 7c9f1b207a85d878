package org.partnership.outcomes.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape checks accept exactly what the contract's patterns accept. */
class ValueShapesTest {

    private static final List<String> SAMPLES = List.of("", "0", "7", "42", "007", "1.5", ".5", "5.", "1..5", "1.5.2",
            "-1", "+1", "1e3", " 1", "1 ", "١٢", "2026-08-15", "2026-8-15", "2026-08-1", "2026/08/15", "2026-08",
            "2026-08-", "20260815", "2026-08-15x", "x2026-08-15", "2026-13-45", "abcd-ef-gh", "12345-06-07", "2026-0a");

    @Test
    void matchTheirRegularExpressions() {
        for (String value : SAMPLES) {
            assertThat(FieldReader.isWhole(value)).as("whole %s", value).isEqualTo(value.matches("\\d+"));
            assertThat(FieldReader.isDecimal(value)).as("decimal %s", value)
                    .isEqualTo(value.matches("\\d+(\\.\\d+)?|\\.\\d+"));
            assertThat(FieldReader.isIsoDate(value)).as("date %s", value)
                    .isEqualTo(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", value));
            assertThat(FieldReader.isYearMonth(value)).as("month %s", value)
                    .isEqualTo(Pattern.matches("\\d{4}-\\d{2}", value));
        }
    }
}

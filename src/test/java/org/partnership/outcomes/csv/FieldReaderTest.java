package org.partnership.outcomes.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value rules of REQUIREMENTS §3: dates, whole numbers, decimals, enumerations and lists. */
class FieldReaderTest {

    private static final Set<String> TYPES = Set.of("article", "review", "preprint");

    @TempDir
    Path tmp;

    @Test
    void readsAnIsoDate() {
        assertThat(fields("decision_date", "2023-12-31").requiredDate("decision_date"))
                .isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void rejectsMonthThirteen() {
        RowRejected fault = rejected(() -> fields("decision_date", "2023-13-01").requiredDate("decision_date"));

        assertFault(fault, "decision_date", "2023-13-01");
        assertThat(fault.reason()).contains("date");
    }

    @Test
    void rejectsTheThirtiethOfFebruary() {
        assertFault(rejected(() -> fields("start_date", "2023-02-30").requiredDate("start_date")),
                "start_date", "2023-02-30");
    }

    @Test
    void rejectsADayMonthYearDate() {
        RowRejected fault = rejected(() -> fields("decision_date", "31/12/2023").requiredDate("decision_date"));

        assertFault(fault, "decision_date", "31/12/2023");
        assertThat(fault.reason()).contains("YYYY-MM-DD");
    }

    @Test
    void rejectsAYearAndMonthWhereADayIsRequired() {
        assertFault(rejected(() -> fields("start_date", "2023-04").requiredDate("start_date")), "start_date", "2023-04");
    }

    @Test
    void rejectsAMissingRequiredDate() {
        RowRejected fault = rejected(() -> fields("start_date", "").requiredDate("start_date"));

        assertFault(fault, "start_date", "");
        assertThat(fault.reason()).contains("missing");
    }

    @Test
    void leavesABlankOptionalDateEmpty() {
        assertThat(fields("award_date", " ").optionalDate("award_date")).isEmpty();
    }

    @Test
    void readsAPublicationMonthAsItsFirstDay() {
        assertThat(fields("publication_date", "2021-03").requiredDayOrMonth("publication_date"))
                .isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void readsAPublicationDay() {
        assertThat(fields("publication_date", "2021-03-15").requiredDayOrMonth("publication_date"))
                .isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void rejectsAPublicationYearWithoutMonth() {
        assertFault(rejected(() -> fields("publication_date", "2021").requiredDayOrMonth("publication_date")),
                "publication_date", "2021");
    }

    @Test
    void rejectsAPublicationMonthThirteen() {
        assertFault(rejected(() -> fields("publication_date", "2021-13").requiredDayOrMonth("publication_date")),
                "publication_date", "2021-13");
    }

    @Test
    void readsAWholeNumberAndBlankAsTheFallback() {
        assertThat(fields("citations", "12").wholeNumber("citations", 0)).isEqualTo(12);
        assertThat(fields("citations", "").wholeNumber("citations", 0)).isZero();
    }

    @Test
    void rejectsANegativeWholeNumber() {
        RowRejected fault = rejected(() -> fields("citations", "-3").wholeNumber("citations", 0));

        assertFault(fault, "citations", "-3");
        assertThat(fault.reason()).contains("negative");
    }

    @Test
    void rejectsWholeNumbersThatAreNotDigitsOnly() {
        for (String value : List.of("3.0", "1,000", "abc", "+3", "1 000", "1e3")) {
            RowRejected fault = rejected(() -> fields("citations", value).wholeNumber("citations", 0));
            assertFault(fault, "citations", value);
            assertThat(fault.reason()).as(value).contains("whole number");
        }
    }

    @Test
    void readsDecimalsWithAPoint() {
        assertThat(fields("amount", "1500.25").decimal("amount")).hasValue(new BigDecimal("1500.25"));
        assertThat(fields("amount", "0.5").decimal("amount")).hasValue(new BigDecimal("0.5"));
        assertThat(fields("amount", "7").decimal("amount")).hasValue(new BigDecimal("7"));
        assertThat(fields("amount", "").decimal("amount")).isEmpty();
    }

    @Test
    void rejectsDecimalsWithExponentsThousandsSeparatorsOrCommas() {
        for (String value : List.of("1e3", "1E3", "1,000.50", "1,5", "12 000", "ten")) {
            RowRejected fault = rejected(() -> fields("amount", value).decimal("amount"));
            assertFault(fault, "amount", value);
            assertThat(fault.reason()).as(value).contains("decimal");
        }
    }

    @Test
    void rejectsANegativeDecimal() {
        RowRejected fault = rejected(() -> fields("amount", "-250.00").decimal("amount"));

        assertFault(fault, "amount", "-250.00");
        assertThat(fault.reason()).contains("negative");
    }

    @Test
    void matchesEnumerationsIgnoringCase() {
        assertThat(fields("type", "Article").choice("type", TYPES)).hasValue("article");
        assertThat(fields("type", "PREPRINT").choice("type", TYPES)).hasValue("preprint");
    }

    @Test
    void rejectsAValueOutsideTheListEvenInAnOptionalColumn() {
        RowRejected fault = rejected(() -> fields("type", "letter").choice("type", TYPES));

        assertFault(fault, "type", "letter");
        assertThat(fault.reason()).contains("article", "preprint", "review");
    }

    @Test
    void leavesABlankOptionalEnumerationEmpty() {
        assertThat(fields("type", "").choice("type", TYPES)).isEmpty();
    }

    @Test
    void rejectsABlankRequiredEnumerationAsMissing() {
        RowRejected fault = rejected(() -> fields("type", "").requiredChoice("type", TYPES));

        assertFault(fault, "type", "");
        assertThat(fault.reason()).contains("missing");
    }

    @Test
    void splitsListsOnSemicolonsTrimmingItemsAndIgnoringEmptyOnes() {
        assertThat(fields("keywords", " quantum ; ;qubit;; photonic sensing ;").items("keywords"))
                .containsExactly("quantum", "qubit", "photonic sensing");
        assertThat(fields("keywords", "").items("keywords")).isEmpty();
    }

    @Test
    void rejectsARowWithAFieldMissing() throws IOException {
        CsvRow row = rowOf("id,title,doi\nA,first\n");

        RowRejected fault = rejected(() -> new FieldReader(row));

        assertThat(fault.reason()).contains("2 fields", "3");
    }

    @Test
    void acceptsARowWithOneTrailingEmptyField() throws IOException {
        CsvRow row = rowOf("id,title\nA,first,\n");

        assertThat(new FieldReader(row).required("title")).isEqualTo("first");
    }

    /** A reader over a one-column file holding {@code value}, with an id column first. */
    private FieldReader fields(String column, String value) {
        try {
            return new FieldReader(rowOf("id," + column + "\nR1,\"" + value + "\"\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CsvRow rowOf(String csv) throws IOException {
        Path path = Files.createTempFile(tmp, "row", ".csv");
        Files.writeString(path, csv, UTF_8);
        try (CsvFile file = CsvFile.open(path, "test.csv", 0, List.of("id"))) {
            return file.next().orElseThrow();
        }
    }

    private static RowRejected rejected(ThrowingCallable call) {
        RowRejected fault = catchThrowableOfType(RowRejected.class, call);
        assertThat(fault).as("expected the row to be rejected").isNotNull();
        return fault;
    }

    private static void assertFault(RowRejected fault, String field, String value) {
        assertThat(fault.field()).isEqualTo(field);
        assertThat(fault.value()).isEqualTo(value);
        assertThat(fault.reason()).isNotBlank();
    }
}

package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.ConfigLoader;
import org.partnership.outcomes.csv.CsvFile;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.Source;

/**
 * Science Foundation Ireland's grant register, as downloaded, read as a grant register by the
 * mapping of docs/examples/sfi-grants/partnership.yml alone.
 */
class SfiGrantRegisterTest {

    private static final Path EXAMPLE = Path.of("docs/examples/sfi-grants/partnership.yml");
    private static final Path REGISTER = Path.of("src/test/resources/real-exports/grants/sfi-grant-commitments.csv");

    @Test
    void theExampleIsAValidConfiguration() {
        assertThat(ConfigLoader.load(EXAMPLE, "partnership.yml").partners()).hasSize(2);
    }

    @Test
    void everyRowOfTheRegisterComesInTheJobsShape() {
        FileShape shape = SourceMappings.load(EXAMPLE, "partnership.yml")
                .of(Source.GRANTS, "sfi-grant-commitments.csv").orElseThrow();
        List<CsvRow> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(REGISTER, "grants/sfi-grant-commitments.csv", 0,
                Source.GRANTS.requiredColumns(), Source.GRANTS.columnsRead(), shape)) {
            for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(row.get());
            }
        }

        assertThat(rows).hasSize(5395); // the register's row count, as its publisher states it
        assertThat(rows).allMatch(CsvRow::hasHeaderShape);
        // the first record, as the file has it: 00/PI.1/B038, ..., 01/10/2001, 04/03/2007, 5471668.03
        CsvRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.value("grant_id")).contains("00/PI.1/B038");
        assertThat(first.value("title")).contains("Establishing functional proteomic maps of proteins involved in"
                + " apoptosis");
        assertThat(first.value("lead_institution")).contains("Trinity College Dublin (TCD)");
        assertThat(first.value("decision_date")).contains("2001-10-01");
        assertThat(first.value("amount")).contains("5471668.03");
        assertThat(first.value("status")).contains("awarded");
        assertThat(first.value("currency")).contains("EUR");
        assertThat(rows).allSatisfy(row -> assertThat(row.value("decision_date").orElse(""))
                .matches("|\\d{4}-\\d{2}-\\d{2}"));
    }
}

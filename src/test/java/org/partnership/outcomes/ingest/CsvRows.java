package org.partnership.outcomes.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnership.outcomes.csv.CsvFile;
import org.partnership.outcomes.csv.CsvRow;

/** Test rows read from a tiny CSV file through the real reader, so the processors see what the job would. */
public final class CsvRows {

    private CsvRows() {
    }

    /** The data rows of a file holding {@code header} and {@code lines}, named {@code displayName} in rejects. */
    public static List<CsvRow> read(Path folder, String displayName, String header, String... lines) {
        try {
            Path file = Files.createTempFile(folder, "rows", ".csv");
            Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n", UTF_8);
            List<CsvRow> rows = new ArrayList<>();
            try (CsvFile csv = CsvFile.open(file, displayName, 0, List.of())) {
                for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
                    rows.add(row.get());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one data row of a file. */
    public static CsvRow one(Path folder, String displayName, String header, String line) {
        List<CsvRow> rows = read(folder, displayName, header, line);
        if (rows.size() != 1) {
            throw new IllegalArgumentException("expected one row, found " + rows.size());
        }
        return rows.get(0);
    }
}

package org.partnership.outcomes.imports;

import java.util.List;
import java.util.Optional;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowFile;

/**
 * An export's rows as the job's publication rows, each at the physical line its record starts on.
 * A row that cannot be read as its format says (broken quoting, more or fewer fields than the
 * header) is handed on as it is, for the processor to reject naming the fault.
 */
final class ExportFile implements RowFile {

    private static final CsvHeader FIELDS = CsvHeader.named(ExportFormat.FIELDS);

    private final ExportFormat format;
    private final RowFile rows;

    ExportFile(ExportFormat format, RowFile rows) {
        this.format = format;
        this.rows = rows;
    }

    @Override
    public CsvHeader header() {
        return FIELDS;
    }

    @Override
    public Optional<CsvRow> next() {
        return rows.next().map(format::realigned).map(row -> row.malformed().isPresent() || !row.hasHeaderShape()
                ? row
                : new CsvRow(row.file(), row.fileIndex(), row.line(), FIELDS, format.publication(row)));
    }

    /** The export's own columns that hold personal data, in file order: none of them is among the job's fields. */
    @Override
    public List<String> personalDataColumns() {
        List<String> byName = rows.personalDataColumns();
        return rows.header().names().stream().filter(c -> byName.contains(c) || format.personalData().contains(c))
                .distinct().toList();
    }

    @Override
    public void close() {
        rows.close();
    }
}

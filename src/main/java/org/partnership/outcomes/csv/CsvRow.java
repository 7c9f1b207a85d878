package org.partnership.outcomes.csv;

import java.util.List;
import java.util.Optional;

/**
 * One data row of a CSV file, with where it came from. Values are trimmed; a value of white space
 * only is missing. Personal-data columns are blanked before the row leaves the reader.
 *
 * @param file the file's path relative to the input folder, as rejects name it
 * @param fileIndex position of the file among all input files, for a stable order
 * @param line the physical line where the record starts (the header is line 1)
 * @param malformed why the record could not be parsed as CSV, when it could not; it has no values then
 */
public record CsvRow(String file, int fileIndex, long line, CsvHeader header, List<String> values,
        Optional<String> malformed) {

    public CsvRow {
        values = List.copyOf(values);
    }

    public CsvRow(String file, int fileIndex, long line, CsvHeader header, List<String> values) {
        this(file, fileIndex, line, header, values, Optional.empty());
    }

    /** A record whose quoting is broken: it is read, counted and rejected, never guessed at. */
    static CsvRow malformed(String file, int fileIndex, long line, CsvHeader header, String reason) {
        return new CsvRow(file, fileIndex, line, header, List.of(), Optional.of(reason));
    }

    /** The value of a column, empty when the column is absent or the value blank. */
    public Optional<String> value(String column) {
        return header.position(column)
                .filter(i -> i < values.size())
                .map(values::get)
                .filter(v -> !v.isEmpty());
    }

    /** True when the field count fits the header (one trailing empty field more is allowed). */
    public boolean hasHeaderShape() {
        int extra = values.size() - header.size();
        return extra == 0 || (extra == 1 && values.get(values.size() - 1).isEmpty());
    }
}

package org.partnership.outcomes.csv;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one input file, in the job's column names, with the physical line each starts on:
 * a {@link CsvFile}, or a reader of a format that is not CSV (Web of Science's field-tagged text).
 */
public interface RowFile extends Closeable {

    /** The columns of every row, as the job names them. */
    CsvHeader header();

    /** The file's columns whose names say they hold personal data: never read, reported as ignored. */
    default List<String> personalDataColumns() {
        return header().personalDataColumns();
    }

    /** The next row, or empty at the end of the file. */
    Optional<CsvRow> next();

    @Override
    void close();
}

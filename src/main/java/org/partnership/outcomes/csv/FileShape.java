package org.partnership.outcomes.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.partnership.outcomes.InputProblem;

/**
 * How one input file is written and how its columns become the job's own: the job's own shape
 * (RFC 4180, UTF-8, the job's column names) unless an import format says otherwise.
 */
public interface FileShape {

    /** The job's own shape. */
    FileShape OWN = new FileShape() {
    };

    default CSVFormat format() {
        return CsvFile.FORMAT;
    }

    default Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /**
     * The job's name of each column, given the file's (normalised) header names, followed by the
     * names of the columns the shape adds, whose every value is their {@link #blankValue}; the
     * file's own names when nothing is mapped.
     *
     * @throws InputProblem when a mapped column is not in the header
     */
    default List<String> columns(String file, List<String> header) {
        return header;
    }

    /**
     * The value of a blank cell in a column (by its job name), and of every cell of a column the
     * shape adds after the file's own: a default or a constant, in the job's own form. Blank when
     * the shape gives none.
     */
    default String blankValue(String column) {
        return "";
    }

    /** The value of a column (by its job name) in the job's own form; trimmed, never blank. */
    default String convert(String column, String value) {
        return value;
    }

    /**
     * The kind of export this file is, by which {@code partnership.yml} ranks sources per field
     * when records with the same DOI merge: {@code cris} (the institution's own records: the job's
     * shape and mappings, unless a mapping names another), or a bibliographic database's name
     * ({@code scopus}, {@code wos}, {@code openalex}).
     */
    default String sourceKind() {
        return "cris";
    }

    /**
     * Whether a publication date may be coarser than a month: a year alone ({@code 2022}), as the
     * bibliographic databases give it. The job's own shape says no (REQUIREMENTS §3: a day or a month).
     */
    default boolean coarseDates() {
        return false;
    }

    /**
     * Opens a file of this shape and checks its header ({@link CsvFile#open}); a format that is not
     * CSV, or whose rows need more than a column's value to become the job's, reads it its own way.
     */
    default RowFile open(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead) {
        return CsvFile.open(path, displayName, fileIndex, requiredColumns, columnsRead, this);
    }
}

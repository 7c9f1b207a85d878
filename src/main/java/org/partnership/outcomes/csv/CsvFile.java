package org.partnership.outcomes.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnership.outcomes.InputProblem;

/**
 * Streams the rows of one CSV file under the contract's rules: RFC 4180, strict UTF-8 with or
 * without a byte-order mark, LF or CRLF, a header row, blank lines skipped. Commons CSV parses;
 * {@link LineReader} decodes and counts lines. Whole-file faults (no header, a missing required
 * column, bytes that are not UTF-8, a quote never closed) end the run with an {@link InputProblem}
 * naming the file; row faults are left to the processors.
 */
public final class CsvFile implements RowFile {

    /**
     * RFC 4180 as Commons CSV defines it; empty lines come back as records of one empty field, so
     * that blank lines (white space only, too) are skipped here, and values keep their spaces
     * until {@link #values} trims them.
     */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Path path;
    private final FileShape shape;
    private final String displayName;
    private final int fileIndex;
    private final CsvHeader header;
    private final boolean[] personalData;
    /** The columns (by the job's name) whose values the shape converts; null for none. */
    private final String[] converted;
    private LineReader text;
    /** Lines of the file before the current parser's first: a parser counts from its own start. */
    private long linesBefore;
    private CSVParser parser;
    /** Columns in the file's header; the shape may add columns after them. */
    private int fileColumns;
    private Iterator<CSVRecord> records;

    private CsvFile(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead, FileShape shape) throws IOException {
        this.path = path;
        this.shape = shape;
        this.displayName = displayName;
        this.fileIndex = fileIndex;
        this.text = LineReader.inLargePieces(Files.newInputStream(path), shape.charset());
        try {
            newParser();
            this.header = readHeader(requiredColumns, columnsRead);
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
        this.personalData = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            personalData[i] = CsvHeader.isPersonalData(header.names().get(i));
        }
        this.converted = shape == FileShape.OWN ? null : header.names().toArray(String[]::new);
    }

    /** Opens a file and checks its header; {@code displayName} is the path relative to the input folder. */
    public static CsvFile open(Path path, String displayName, int fileIndex, List<String> requiredColumns) {
        return open(path, displayName, fileIndex, requiredColumns, new HashSet<>(requiredColumns));
    }

    /**
     * Opens a file and checks its header. A column of {@code columnsRead} named twice makes the
     * header ambiguous; any other column is ignored, however often it appears.
     */
    public static CsvFile open(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead) {
        return open(path, displayName, fileIndex, requiredColumns, columnsRead, FileShape.OWN);
    }

    /** Opens a file of the given shape (an import format's) and checks its header as the job names it. */
    public static CsvFile open(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead, FileShape shape) {
        try {
            return new CsvFile(path, displayName, fileIndex, requiredColumns, columnsRead, shape);
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public CsvHeader header() {
        return header;
    }

    /**
     * The next data row, or empty at the end of the file. A record whose quoting is broken (text
     * after a closing quote, say) comes back as a malformed row, to be rejected; reading goes on
     * at the line after the fault.
     */
    @Override
    public Optional<CsvRow> next() {
        while (true) {
            long start = nextLine();
            CSVRecord record;
            try {
                record = nextRecord();
            } catch (MalformedRecord malformed) {
                goOnAfterLine(linesBefore + parser.getCurrentLineNumber());
                return Optional.of(CsvRow.malformed(displayName, fileIndex, start, header, malformed.getMessage()));
            }
            if (record == null) {
                return Optional.empty();
            }
            if (isBlank(record)) {
                continue;
            }
            return Optional.of(new CsvRow(displayName, fileIndex, start, header, values(record)));
        }
    }

    /** The line on which the next record starts; between records the parser has read whole lines. */
    private long nextLine() {
        return linesBefore + parser.getCurrentLineNumber() + 1;
    }

    private void newParser() throws IOException {
        parser = CSVParser.builder().setReader(text).setFormat(shape.format()).get();
        records = parser.iterator();
    }

    /**
     * Goes on at the line after {@code line}, where a fault was found (in the middle of the line,
     * where the parser's line number is that line's own). The file is read in large pieces up to its
     * first fault, which the parser's buffer holds more than: the file is then opened again, read up
     * to there, and from there on a line at a time. A reader that hands out a line at a time has
     * handed out exactly the faulty line, and a fresh parser on it starts on the next.
     */
    private void goOnAfterLine(long line) {
        try {
            if (!text.isOneLineAtATime() || text.lineEnds() != line) {
                text.close();
                text = LineReader.oneLineAtATime(Files.newInputStream(path), shape.charset());
                text.skipLines(line);
            }
            linesBefore = line;
            newParser();
        } catch (LineReader.UndecodableException e) {
            throw InputProblem.input(displayName, e.line, "is not valid " + shape.charset().name());
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    private CsvHeader readHeader(List<String> requiredColumns, Set<String> columnsRead) {
        CSVRecord first;
        try {
            do {
                first = nextRecord();
            } while (first != null && isBlank(first));
        } catch (MalformedRecord malformed) {
            throw InputProblem.input(displayName, 1, "the header is not valid CSV: " + malformed.getMessage());
        }
        if (first == null) {
            throw InputProblem.input(displayName, "is empty: it has no header row");
        }
        fileColumns = first.size();
        CsvHeader parsed = CsvHeader.named(shape.columns(displayName, CsvHeader.of(first.toList()).names()));
        parsed.repeatedName(columnsRead).ifPresent(name -> {
            throw InputProblem.input(displayName, 1, "the header names column '" + name + "' twice");
        });
        List<String> missing = parsed.missing(requiredColumns);
        if (!missing.isEmpty()) {
            throw InputProblem.input(displayName, 1, "required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing from the header (is the header row there?)");
        }
        return parsed;
    }

    /**
     * The next record, or null at the end. Bytes that are not in the charset, and a quoted field
     * still open at the end of the file (where every record ends is then unknown), fail the file;
     * other broken quoting is one malformed record.
     */
    private CSVRecord nextRecord() {
        long start = nextLine();
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineReader.UndecodableException undecodable) {
                throw InputProblem.input(displayName, undecodable.line, "is not valid " + shape.charset().name());
            }
            String message = String.valueOf(e.getCause().getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                throw InputProblem.input(displayName, start, "is not valid CSV: a quoted field is never closed");
            }
            if (message.startsWith("Invalid character between encapsulated token and delimiter")) {
                throw new MalformedRecord(message.replaceAll(" at line: .*", ""));
            }
            throw InputProblem.input(displayName, "cannot be read: " + message);
        }
    }

    /** A record whose quoting is broken: Commons CSV's reason, without its line and position. */
    private static final class MalformedRecord extends RuntimeException {
        MalformedRecord(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Trimmed values, in the job's own form, with a shape's defaults for blank cells and its added
     * columns after the file's own; personal-data columns are blanked here so that no later stage
     * can copy them.
     */
    private List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(converted == null ? record.size() : converted.length);
        for (int i = 0; i < record.size(); i++) {
            boolean personal = i < personalData.length && personalData[i];
            String value = personal ? "" : record.get(i).strip();
            if (converted != null && i < fileColumns) {
                value = value.isEmpty() ? shape.blankValue(converted[i]) : shape.convert(converted[i], value);
            }
            values.add(value);
        }
        if (converted != null && converted.length > fileColumns) {
            // the one trailing empty field a row may have goes before the added columns
            if (values.size() == fileColumns + 1 && values.get(fileColumns).isEmpty()) {
                values.remove(fileColumns);
            }
            for (int i = fileColumns; i < converted.length; i++) {
                values.add(shape.blankValue(converted[i]));
            }
        }
        return values;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

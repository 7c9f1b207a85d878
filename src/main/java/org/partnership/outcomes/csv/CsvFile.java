package org.partnership.outcomes.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.InputProblem;

/**
 * Streams the rows of one CSV file under the contract's rules: RFC 4180, strict UTF-8 with or
 * without a byte-order mark, LF or CRLF, a header row, blank lines skipped. Whole-file faults (no
 * header, a missing required column, bytes that are not UTF-8) end the run with an
 * {@link InputProblem} naming the file; row faults are left to the processors.
 */
public final class CsvFile implements Closeable {

    private final String displayName;
    private final int fileIndex;
    private final RecordReader records;
    private final CsvHeader header;
    private final boolean[] personalData;

    private CsvFile(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead) throws IOException {
        this.displayName = displayName;
        this.fileIndex = fileIndex;
        InputStream bytes = new Utf8CheckingInputStream(Files.newInputStream(path));
        try {
            this.records = new RecordReader(bytes);
            this.header = readHeader(requiredColumns, columnsRead);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
        this.personalData = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            personalData[i] = CsvHeader.isPersonalData(header.names().get(i));
        }
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
        try {
            return new CsvFile(path, displayName, fileIndex, requiredColumns, columnsRead);
        } catch (Utf8CheckingInputStream.NotUtf8Exception e) {
            throw InputProblem.input(displayName, e.line, "is not valid UTF-8");
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    public CsvHeader header() {
        return header;
    }

    /**
     * The next data row, or empty at the end of the file. A record whose quoting is broken (text
     * after a closing quote, say) comes back as a malformed row, to be rejected; reading goes on
     * at the line after the fault.
     */
    public Optional<CsvRow> next() {
        while (true) {
            long start = records.nextLine();
            List<String> record;
            try {
                record = nextRecord();
            } catch (RecordReader.MalformedRecordException malformed) {
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

    private CsvHeader readHeader(List<String> requiredColumns, Set<String> columnsRead) {
        List<String> first;
        try {
            do {
                first = nextRecord();
            } while (first != null && isBlank(first));
        } catch (RecordReader.MalformedRecordException malformed) {
            throw InputProblem.input(displayName, 1, "the header is not valid CSV: " + malformed.getMessage());
        }
        if (first == null) {
            throw InputProblem.input(displayName, "is empty: it has no header row");
        }
        CsvHeader parsed = CsvHeader.of(first);
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
     * The next record, or null at the end. Bytes that are not UTF-8, and a quoted field still
     * open at the end of the file (where every record ends is then unknown), fail the file; other
     * broken quoting is one malformed record.
     */
    private List<String> nextRecord() throws RecordReader.MalformedRecordException {
        long start = records.nextLine();
        try {
            return records.next();
        } catch (RecordReader.MalformedRecordException malformed) {
            throw malformed;
        } catch (Utf8CheckingInputStream.NotUtf8Exception notUtf8) {
            throw InputProblem.input(displayName, notUtf8.line, "is not valid UTF-8");
        } catch (RecordReader.UnclosedQuoteException unclosed) {
            throw InputProblem.input(displayName, start, "is not valid CSV: a quoted field is never closed");
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    /** Trimmed values; personal-data columns are blanked here so that no later stage can copy them. */
    private List<String> values(List<String> record) {
        List<String> values = new ArrayList<>(record.size());
        int position = 0;
        for (String raw : record) {
            boolean personal = position < personalData.length && personalData[position];
            values.add(personal ? "" : raw.strip());
            position++;
        }
        return values;
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

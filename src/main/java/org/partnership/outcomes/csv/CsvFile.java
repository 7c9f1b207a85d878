package org.partnership.outcomes.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * without a byte-order mark, LF or CRLF, a header row, blank lines skipped. Whole-file faults (no
 * header, a missing required column, bytes that are not UTF-8) end the run with an
 * {@link InputProblem} naming the file; row faults are left to the processors.
 */
public final class CsvFile implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final Path path;
    private final String displayName;
    private final int fileIndex;
    private final CsvHeader header;
    private final boolean[] personalData;
    /** Physical lines consumed before the current parser started (after skipping a malformed record). */
    private long lineOffset;
    private CSVParser parser;
    private Iterator<CSVRecord> records;

    private CsvFile(Path path, String displayName, int fileIndex, List<String> requiredColumns,
            Set<String> columnsRead) throws IOException {
        this.path = path;
        this.displayName = displayName;
        this.fileIndex = fileIndex;
        startParserAfter(0);
        this.header = readHeader(requiredColumns, columnsRead);
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
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8CheckingInputStream.NotUtf8Exception notUtf8) {
                throw InputProblem.input(displayName, notUtf8.line, "is not valid UTF-8");
            }
            throw InputProblem.input(displayName, "cannot be read: " + e.getCause().getMessage());
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
            long start = currentLine() + 1;
            Optional<CSVRecord> record;
            try {
                record = nextRecord(start);
            } catch (MalformedRecord malformed) {
                skipMalformedRecord();
                return Optional.of(CsvRow.malformed(displayName, fileIndex, start, header, malformed.getMessage()));
            }
            if (record.isEmpty()) {
                return Optional.empty();
            }
            if (isBlank(record.get())) {
                continue;
            }
            return Optional.of(new CsvRow(displayName, fileIndex, start, header, values(record.get())));
        }
    }

    private long currentLine() {
        return lineOffset + parser.getCurrentLineNumber();
    }

    /** Starts a fresh parser after the first {@code lines} physical lines of the file. */
    private void startParserAfter(long lines) throws IOException {
        if (parser != null) {
            parser.close();
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new Utf8CheckingInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16)),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        skipByteOrderMark(reader);
        for (long skipped = 0; skipped < lines; skipped++) {
            reader.readLine();
        }
        lineOffset = lines;
        parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        records = parser.iterator();
    }

    /**
     * Goes on at the line after the one where the fault was found. The fault is a character in the
     * middle of a line, where the parser's line number is that line's own.
     */
    private void skipMalformedRecord() {
        try {
            startParserAfter(currentLine());
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    private CsvHeader readHeader(List<String> requiredColumns, Set<String> columnsRead) {
        Optional<CSVRecord> first;
        try {
            do {
                first = nextRecord(currentLine() + 1);
            } while (first.isPresent() && isBlank(first.get()));
        } catch (MalformedRecord malformed) {
            throw InputProblem.input(displayName, 1, "the header is not valid CSV: " + malformed.getMessage());
        }
        if (first.isEmpty()) {
            throw InputProblem.input(displayName, "is empty: it has no header row");
        }
        CsvHeader parsed = CsvHeader.of(first.get().toList());
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
     * The next record. Bytes that are not UTF-8, and a quoted field still open at the end of the
     * file (where every record ends is then unknown), fail the file; other broken quoting is one
     * malformed record.
     */
    private Optional<CSVRecord> nextRecord(long startLine) {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof Utf8CheckingInputStream.NotUtf8Exception notUtf8) {
                throw InputProblem.input(displayName, notUtf8.line, "is not valid UTF-8");
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("EOF")) {
                throw InputProblem.input(displayName, startLine, "is not valid CSV: a quoted field is never closed");
            }
            throw new MalformedRecord(message.replaceAll(" at line: .*", ""));
        }
    }

    /** A record whose quoting is broken. */
    private static final class MalformedRecord extends RuntimeException {
        MalformedRecord(String message) {
            super(message, null, false, false);
        }
    }

    /** Trimmed values; personal-data columns are blanked here so that no later stage can copy them. */
    private List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        int position = 0;
        for (String raw : record) {
            boolean personal = position < personalData.length && personalData[position];
            values.add(personal ? "" : raw.strip());
            position++;
        }
        return values;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.reset();
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

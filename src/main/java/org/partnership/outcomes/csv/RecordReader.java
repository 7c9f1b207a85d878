package org.partnership.outcomes.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file's bytes into RFC 4180 records: fields separated by commas, records by LF, CR or
 * CRLF, a field in double quotes may hold commas, line breaks and doubled quotes, and white space
 * after a closing quote is dropped. Nothing is trimmed or skipped here: an empty line is a record
 * of one empty field.
 *
 * <p>It gives exactly what Commons CSV's RFC 4180 format gives (with empty lines kept and
 * surrounding spaces kept), values, line numbers and faults alike; {@code RecordReaderTest} checks
 * that against Commons CSV on thousands of random files. It exists because at a million rows
 * Commons CSV, reading characters one call at a time after a UTF-8 decoder, was a third of the
 * ingest (see docs/benchmarks.md): this reads the bytes in blocks and decodes each field once.
 * The bytes must be well-formed UTF-8 (the caller reads through {@link Utf8CheckingInputStream}):
 * the delimiters are ASCII, which no multi-byte character contains.
 */
final class RecordReader implements Closeable {

    /** The one fault within a record: what Commons CSV says, without its line and position. */
    static final String INVALID_AFTER_QUOTE = "Invalid character between encapsulated token and delimiter";

    /** A record whose quoting is broken; the reader has gone on to the line after the fault. */
    static final class MalformedRecordException extends IOException {
        MalformedRecordException() {
            super(INVALID_AFTER_QUOTE, null);
        }
    }

    /** A quoted field still open at the end of the file: where its record ends cannot be known. */
    static final class UnclosedQuoteException extends IOException {
        UnclosedQuoteException() {
            super("EOF reached before encapsulated token finished");
        }
    }

    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int QUOTE = '"';
    private static final int COMMA = ',';

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean inputEnded;
    /** Line breaks read so far: CR, LF, and CRLF as one. */
    private long lineBreaks;
    /** Values of the record being read; its size is the guess for the next record's. */
    private int width = 8;

    /** Reads {@code in}, skipping a byte-order mark. */
    RecordReader(InputStream in) throws IOException {
        this(in, 1 << 16);
    }

    /** With a buffer of {@code bufferSize} bytes to start with: tests use tiny ones. */
    RecordReader(InputStream in, int bufferSize) throws IOException {
        this.in = in;
        this.buffer = new byte[bufferSize];
        if (available(3) && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    /** The line on which the next record starts (the first line is 1). */
    long nextLine() {
        return lineBreaks + 1;
    }

    /**
     * The next record's fields, or null at the end of the input.
     *
     * @throws MalformedRecordException for text between a closing quote and the next comma or line
     *         break; reading goes on at the next line
     * @throws UnclosedQuoteException at the end of the input inside a quoted field
     */
    List<String> next() throws IOException {
        if (!available(1)) {
            return null;
        }
        List<String> values = new ArrayList<>(width);
        while (true) {
            int c = buffer[position] & 0xFF;
            boolean more;
            if (c == QUOTE) {
                position++;
                more = quoted(values);
            } else {
                more = unquoted(values);
            }
            if (!more) {
                width = Math.max(width, values.size());
                return values;
            }
            if (!available(1)) { // a comma just before the end: one more, empty field
                values.add("");
                return values;
            }
        }
    }

    /** Reads a field up to its comma (true) or its record's end (false). */
    private boolean unquoted(List<String> values) throws IOException {
        int start = position;
        while (true) {
            byte[] bytes = buffer;
            int end = limit;
            int i = position;
            while (i < end) {
                byte b = bytes[i];
                if (b == COMMA || b == LF || b == CR) {
                    values.add(text(start, i));
                    position = i + 1;
                    if (b == COMMA) {
                        return true;
                    }
                    lineEnd(b);
                    return false;
                }
                i++;
            }
            position = i;
            int kept = position - start;
            boolean more = refill(start);
            start = position - kept;
            if (!more) {
                values.add(text(start, position));
                return false;
            }
        }
    }

    /**
     * Reads a quoted field, its opening quote already read, then what follows its closing quote:
     * white space, and the comma (true) or the record's end (false).
     */
    private boolean quoted(List<String> values) throws IOException {
        int start = position;
        boolean doubledQuotes = false;
        boolean afterCr = false;
        while (true) {
            if (position == limit) {
                int kept = position - start;
                boolean more = refill(start);
                start = position - kept;
                if (!more) {
                    throw new UnclosedQuoteException();
                }
            }
            byte b = buffer[position++];
            if (b == QUOTE) {
                if (position == limit) { // what follows decides: a doubled quote, or the field's end
                    int kept = position - start;
                    refill(start);
                    start = position - kept;
                }
                if (position < limit && buffer[position] == QUOTE) {
                    doubledQuotes = true;
                    position++;
                    afterCr = false;
                    continue;
                }
                int end = position - 1;
                values.add(doubledQuotes ? undoubled(start, end) : text(start, end));
                return afterClosingQuote();
            }
            if (b == CR) {
                lineBreaks++;
            } else if (b == LF && !afterCr) {
                lineBreaks++;
            }
            afterCr = b == CR;
        }
    }

    private boolean afterClosingQuote() throws IOException {
        while (available(1)) {
            int c = buffer[position] & 0xFF;
            if (c == COMMA) {
                position++;
                return true;
            }
            if (c == LF || c == CR) {
                position++;
                lineEnd(c);
                return false;
            }
            if (c < 0x80 ? !Character.isWhitespace((char) c) : !isWhitespaceCharacter()) {
                skipRestOfLine();
                throw new MalformedRecordException();
            }
            position += c < 0x80 ? 1 : utf8Length(c);
        }
        return false;
    }

    /** Whether the character starting at {@code position} is white space, as Commons CSV tests it. */
    private boolean isWhitespaceCharacter() throws IOException {
        int lead = buffer[position] & 0xFF;
        int length = utf8Length(lead);
        if (length == 4 || !available(length)) { // outside the BMP: Commons CSV sees a surrogate
            return false;
        }
        int c = length == 2 ? (lead & 0x1F) << 6 | (buffer[position + 1] & 0x3F)
                : (lead & 0x0F) << 12 | (buffer[position + 1] & 0x3F) << 6 | (buffer[position + 2] & 0x3F);
        return Character.isWhitespace((char) c);
    }

    private static int utf8Length(int lead) {
        return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    }

    /** Counts the line break just read, taking the LF of a CRLF with it. */
    private void lineEnd(int c) throws IOException {
        lineBreaks++;
        if (c == CR && available(1) && buffer[position] == LF) {
            position++;
        }
    }

    /** After a fault: on to the start of the next line, as reading it afresh line by line would. */
    private void skipRestOfLine() throws IOException {
        while (available(1)) {
            int c = buffer[position++];
            if (c == LF || c == CR) {
                lineEnd(c);
                return;
            }
        }
    }

    private String text(int start, int end) {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** The field's text with each doubled quote made one. */
    private String undoubled(int start, int end) {
        byte[] bytes = new byte[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            bytes[length++] = buffer[i];
            if (buffer[i] == QUOTE) {
                i++; // its twin
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Makes at least {@code bytes} readable from {@code position}; false when the input ends first. */
    private boolean available(int bytes) throws IOException {
        while (limit - position < bytes) {
            if (!refill(position)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more input, keeping the bytes from {@code keepFrom} on (moved to the buffer's start,
     * which moves {@code position} with them); false when the input has ended.
     */
    private boolean refill(int keepFrom) throws IOException {
        if (inputEnded) {
            return false;
        }
        int kept = limit - keepFrom;
        if (kept == buffer.length) { // a field longer than the buffer
            byte[] larger = new byte[buffer.length * 2];
            System.arraycopy(buffer, keepFrom, larger, 0, kept);
            buffer = larger;
        } else {
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
        }
        position -= keepFrom;
        limit = kept;
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            inputEnded = true;
            return false;
        }
        limit += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

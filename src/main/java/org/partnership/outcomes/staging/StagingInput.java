package org.partnership.outcomes.staging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** Reads what {@link StagingOutput} wrote, in the same order, through a buffer of its own. */
public final class StagingInput {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumed;

    StagingInput(InputStream in) {
        this.in = in;
    }

    /** Bytes read so far. */
    long consumed() {
        return consumed + position;
    }

    /** True when the stream has no byte left. */
    boolean atEnd() throws IOException {
        return !fill(1);
    }

    public int readInt() throws IOException {
        require(4);
        int value = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
                | (buffer[position + 2] & 0xff) << 8 | (buffer[position + 3] & 0xff);
        position += 4;
        return value;
    }

    public long readLong() throws IOException {
        return (long) readInt() << 32 | (readInt() & 0xffffffffL);
    }

    /** The text, or {@code null} for none. */
    public String readText() throws IOException {
        int length = readInt();
        if (StagingOutput.isNone(length)) {
            return null;
        }
        if (length <= buffer.length) {
            require(length);
            String text = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }
        byte[] utf8 = new byte[length];
        int copied = limit - position;
        System.arraycopy(buffer, position, utf8, 0, copied);
        position = limit;
        while (copied < length) {
            int n = in.read(utf8, copied, length - copied);
            if (n < 0) {
                throw new EOFException("staging record cut short");
            }
            copied += n;
            consumed += n;
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public Optional<String> readOptionalText() throws IOException {
        return Optional.ofNullable(readText());
    }

    /** The date, or {@code null} for none. */
    public LocalDate readDate() throws IOException {
        long epochDay = readLong();
        return StagingOutput.isNoDate(epochDay) ? null : LocalDate.ofEpochDay(epochDay);
    }

    public Optional<LocalDate> readOptionalDate() throws IOException {
        return Optional.ofNullable(readDate());
    }

    /** The decimal, or {@code null} for none. */
    public BigDecimal readDecimal() throws IOException {
        String text = readText();
        return text == null ? null : new BigDecimal(text);
    }

    public Optional<BigDecimal> readOptionalDecimal() throws IOException {
        return Optional.ofNullable(readDecimal());
    }

    private void require(int bytes) throws IOException {
        if (!fill(bytes)) {
            throw new EOFException("staging record cut short");
        }
    }

    /** Makes at least {@code bytes} (at most the buffer's size) readable; false at the end of the stream. */
    private boolean fill(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return true;
        }
        int kept = limit - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        consumed += position;
        position = 0;
        limit = kept;
        while (limit < bytes) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
        }
        return true;
    }
}

package org.partnership.outcomes.staging;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.io.function.Uncheck;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

/**
 * A growing buffer of staged records, in the compact binary form {@link StagingInput} reads,
 * written by a {@link DataOutputStream}: numbers big-endian, text as an int length and its UTF-8
 * bytes (no length limit, unlike {@code writeUTF}; -1 for none), a date as its epoch day, a decimal
 * as its exact text. The buffer is Commons IO's unsynchronized one: a staging file is written by
 * one thread, and the JDK's buffer takes a lock for each of the four bytes of every int.
 */
public final class StagingOutput {

    static final int NONE = -1;
    static final long NO_DATE = Long.MIN_VALUE;

    private final UnsynchronizedByteArrayOutputStream buffer =
            Uncheck.get(UnsynchronizedByteArrayOutputStream.builder().setBufferSize(1 << 16)::get);
    private final DataOutputStream out = new DataOutputStream(buffer);

    public int size() {
        return buffer.size();
    }

    void writeTo(OutputStream target) throws IOException {
        buffer.writeTo(target);
    }

    void clear() {
        buffer.reset();
    }

    public void writeInt(int value) throws IOException {
        out.writeInt(value);
    }

    public void writeByte(int value) throws IOException {
        out.writeByte(value);
    }

    public void writeLong(long value) throws IOException {
        out.writeLong(value);
    }

    /** Text, or none for {@code null}: the bytes of {@code String.getBytes(UTF_8)}. */
    public void writeText(String text) throws IOException {
        if (text == null) {
            out.writeInt(NONE);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public void writeText(Optional<String> text) throws IOException {
        writeText(text.orElse(null));
    }

    public void writeDate(LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    public void writeDate(Optional<LocalDate> date) throws IOException {
        writeDate(date.orElse(null));
    }

    /** Exact: {@code toString} and {@code new BigDecimal} give back the same value and scale. */
    public void writeDecimal(BigDecimal value) throws IOException {
        writeText(value == null ? null : value.toString());
    }

    public void writeDecimal(Optional<BigDecimal> value) throws IOException {
        writeDecimal(value.orElse(null));
    }
}

package org.partnership.outcomes.staging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A growing buffer of staged records, in the compact binary form {@link StagingInput} reads:
 * numbers big-endian, text as a length and its UTF-8 bytes (no length limit; -1 for none), a date
 * as its epoch day, a decimal as its exact text.
 */
public final class StagingOutput {

    private static final int NONE = -1;
    private static final long NO_DATE = Long.MIN_VALUE;

    private byte[] bytes = new byte[1 << 16];
    private int size;

    public int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    public void writeInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    public void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    /** Text, or none for {@code null}. */
    public void writeText(String text) {
        if (text == null) {
            writeInt(NONE);
            return;
        }
        int length = text.length();
        ensure(4 + length);
        int start = size + 4;
        int i = 0;
        while (i < length && text.charAt(i) < 0x80) { // ASCII, the usual case, is copied without a byte array
            bytes[start + i] = (byte) text.charAt(i);
            i++;
        }
        if (i == length) {
            writeInt(length);
            size += length;
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    public void writeText(Optional<String> text) {
        writeText(text.orElse(null));
    }

    public void writeDate(LocalDate date) {
        writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    public void writeDate(Optional<LocalDate> date) {
        writeDate(date.orElse(null));
    }

    /** Exact: {@code toString} and {@code new BigDecimal} give back the same value and scale. */
    public void writeDecimal(BigDecimal value) {
        writeText(value == null ? null : value.toString());
    }

    public void writeDecimal(Optional<BigDecimal> value) {
        writeDecimal(value.orElse(null));
    }

    static boolean isNoDate(long epochDay) {
        return epochDay == NO_DATE;
    }

    static boolean isNone(int length) {
        return length == NONE;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

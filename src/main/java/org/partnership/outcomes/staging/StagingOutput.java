package org.partnership.outcomes.staging;

import java.math.BigDecimal;
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

    /**
     * Text, or none for {@code null}: its UTF-8 bytes, encoded straight into the buffer (as
     * {@code String.getBytes(UTF_8)} encodes them, a lone surrogate as '?'), with no byte array
     * per text.
     */
    public void writeText(String text) {
        if (text == null) {
            writeInt(NONE);
            return;
        }
        int length = text.length();
        ensure(4 + 3 * length); // at most three bytes a char; a pair of surrogates takes four
        byte[] out = bytes;
        int start = size + 4;
        int at = start;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? text.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int code = Character.toCodePoint(c, low);
                    out[at++] = (byte) (0xF0 | code >> 18);
                    out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | code & 0x3F);
                    i++;
                } else {
                    out[at++] = '?';
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        writeInt(at - start);
        size = at;
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

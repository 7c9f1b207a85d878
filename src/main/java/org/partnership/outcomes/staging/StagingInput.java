package org.partnership.outcomes.staging;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** Reads what {@link StagingOutput} wrote, in the same order, through a {@link DataInputStream}. */
public final class StagingInput {

    private final DataInputStream in;

    StagingInput(DataInputStream in) {
        this.in = in;
    }

    public int readInt() throws IOException {
        return in.readInt();
    }

    public byte readByte() throws IOException {
        return in.readByte();
    }

    public long readLong() throws IOException {
        return in.readLong();
    }

    /** The text, or {@code null} for none. */
    public String readText() throws IOException {
        int length = in.readInt();
        if (length == StagingOutput.NONE) {
            return null;
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length < length) {
            throw new EOFException("staging record cut short");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public Optional<String> readOptionalText() throws IOException {
        return Optional.ofNullable(readText());
    }

    /** The date, or {@code null} for none. */
    public LocalDate readDate() throws IOException {
        long epochDay = in.readLong();
        return epochDay == StagingOutput.NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
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
}

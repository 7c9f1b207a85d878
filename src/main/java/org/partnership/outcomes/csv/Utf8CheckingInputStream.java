package org.partnership.outcomes.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8, counting lines, so that a
 * file that is not UTF-8 is refused with the line of its first bad byte (a decoder reading ahead
 * in large blocks could only say "somewhere").
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    /** Thrown at the first byte that is not part of well-formed UTF-8. */
    static final class NotUtf8Exception extends IOException {
        final long line;

        NotUtf8Exception(long line) {
            super("not valid UTF-8 at line " + line);
            this.line = line;
        }
    }

    private long line = 1;
    private int continuationBytes;
    private int min;
    private int codePoint;

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        } else {
            atEnd();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int end = offset + n;
        for (int i = offset; i < end; i++) {
            if (continuationBytes == 0) { // a run of ASCII, the usual case, needs only its newlines counted
                long lines = line;
                byte b;
                while (i < end && (b = buffer[i]) >= 0) {
                    if (b == '\n') {
                        lines++;
                    }
                    i++;
                }
                line = lines;
                if (i == end) {
                    break;
                }
            }
            check(buffer[i] & 0xFF);
        }
        if (n < 0) {
            atEnd();
        }
        return n;
    }

    private void check(int b) throws NotUtf8Exception {
        if (continuationBytes > 0) {
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8Exception(line);
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (--continuationBytes == 0 && (codePoint < min || codePoint > 0x10FFFF
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
                throw new NotUtf8Exception(line);
            }
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
            }
        } else if ((b & 0xE0) == 0xC0) {
            start(1, 0x80, b & 0x1F);
        } else if ((b & 0xF0) == 0xE0) {
            start(2, 0x800, b & 0x0F);
        } else if ((b & 0xF8) == 0xF0) {
            start(3, 0x10000, b & 0x07);
        } else {
            throw new NotUtf8Exception(line);
        }
    }

    private void start(int following, int smallest, int bits) {
        continuationBytes = following;
        min = smallest;
        codePoint = bits;
    }

    private void atEnd() throws NotUtf8Exception {
        if (continuationBytes > 0) {
            throw new NotUtf8Exception(line);
        }
    }
}

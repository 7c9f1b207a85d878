package org.partnership.outcomes.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with the costs of a million-row detail sheet taken out, found by profiling (see
 * docs/benchmarks.md): each sheet's rows go to a plain temporary file through an unsynchronised
 * UTF-8 writer (POI's default goes through a synchronised {@code BufferedWriter} and an encoder
 * per call), and the package is deflated at the fastest level, which costs a few more megabytes
 * of file and saves most of the compression time. Cells, styles and the XML are POI's own.
 */
final class FastStreamingWorkbook extends SXSSFWorkbook {

    FastStreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new PlainSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** POI's sheet writer with {@link Utf8Writer} in place of its buffered, synchronised one. */
    private static final class PlainSheetDataWriter extends SheetDataWriter {
        PlainSheetDataWriter() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            return new Utf8Writer(new FileOutputStream(file));
        }
    }

    /**
     * Encodes characters as UTF-8 into its own buffer; a surrogate pair split across two calls is
     * kept until its second half comes, and a lone surrogate becomes '?', as XML requires.
     */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private char highSurrogate;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                put(text.charAt(i));
            }
        }

        private void put(char c) throws IOException {
            if (used > buffer.length - 4) {
                drain();
            }
            if (highSurrogate != 0) {
                char high = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(high, c);
                    buffer[used++] = (byte) (0xF0 | code >> 18);
                    buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | code & 0x3F);
                    return;
                }
                buffer[used++] = '?';
                put(c);
                return;
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                put('?');
            }
            flush();
            out.close();
        }
    }
}

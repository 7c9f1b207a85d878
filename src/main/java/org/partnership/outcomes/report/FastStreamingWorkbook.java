package org.partnership.outcomes.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * SXSSF with the costs of a million-row detail sheet taken out, found by profiling (see
 * docs/benchmarks.md): each sheet's rows go through an unsynchronised UTF-8 writer (POI's default
 * goes through a synchronised {@code BufferedWriter} and an encoder per call, and escapes each text
 * through a stream of its code points) and are deflated into their temporary file as they are
 * written, on a thread of their own ({@link DeflatedXml}); the package takes those bytes as they
 * are. Everything is deflated at the fastest level, which costs a few more megabytes of file and
 * saves most of the compression time. Cells, styles and the XML are otherwise POI's own.
 */
final class FastStreamingWorkbook extends SXSSFWorkbook {

    /** Each sheet's streamed half by its template half, which is what the package names. */
    private final Map<XSSFSheet, SXSSFSheet> streamedSheets = new HashMap<>();

    FastStreamingWorkbook(int rowWindow) {
        super(rowWindow);
        // commons-compress's own zip writer, which takes entries already deflated; POI's default
        // (Zip64Mode.Always) is a writer of its own that does not. No part of the report comes near
        // the 4 GB at which zip64 records would be needed.
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    /** Synchronised: detail tables are written side by side, and one may add a continuation sheet. */
    @Override
    public synchronized SXSSFSheet createSheet(String sheetName) {
        return remember(super.createSheet(sheetName));
    }

    @Override
    public synchronized SXSSFSheet createSheet() {
        return remember(super.createSheet());
    }

    private SXSSFSheet remember(SXSSFSheet sheet) {
        streamedSheets.put(getXSSFWorkbook().getSheetAt(getSheetIndex(sheet)), sheet);
        return sheet;
    }

    @Override
    public synchronized void setSheetOrder(String sheetName, int position) {
        super.setSheetOrder(sheetName, position);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new PlainSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DeflatedXml.LEVEL);
        return zip;
    }

    /**
     * POI's packing, entry for entry, except that a sheet's entry is its template's XML around the
     * sheet's rows, joined from deflated pieces: the head and tail are small and deflated here, the
     * rows were deflated as they were written.
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        guarded.setGuardState(false); // as POI does: this is the package's own template
                    }
                    XSSFSheet template = getSheetFromZipEntryName(entry.getName());
                    if (template != null && !(template instanceof XSSFChartSheet)) {
                        writeSheet(zip, entry, in.readAllBytes(), streamed(template));
                    } else {
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        if (entry.getSize() >= 0) {
                            copy.setSize(entry.getSize());
                        }
                        if (entry.getTime() >= 0) {
                            copy.setTime(entry.getTime());
                        }
                        zip.putArchiveEntry(copy);
                        IOUtils.copy(in, zip);
                        zip.closeArchiveEntry();
                    }
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    private SXSSFSheet streamed(XSSFSheet template) {
        synchronized (this) {
            SXSSFSheet sheet = streamedSheets.get(template);
            if (sheet == null) { // every sheet is made by createSheet: this would be a change of POI's
                throw new IllegalStateException("no streamed rows for sheet " + template.getSheetName());
            }
            return sheet;
        }
    }

    private static void writeSheet(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] template,
            SXSSFSheet sheet) throws IOException {
        SheetTemplate parts = SheetTemplate.split(new String(template, StandardCharsets.UTF_8));
        byte[] head = parts.head().getBytes(StandardCharsets.UTF_8);
        byte[] tail = parts.tail().getBytes(StandardCharsets.UTF_8);
        try (InputStream data = sheet.getWorksheetXMLInputStream()) { // flushes and closes the sheet's writer
            if (!(data instanceof DeflatedXml.Body body)) {
                throw new IllegalStateException("sheet " + sheet.getSheetName() + " was not deflated as written");
            }
            byte[] headDeflated = DeflatedXml.deflate(head, false);
            byte[] tailDeflated = DeflatedXml.deflate(tail, true);
            long crc = DeflatedXml.combineCrc(DeflatedXml.combineCrc(DeflatedXml.crc(head), body.crc, body.size),
                    DeflatedXml.crc(tail), tail.length);
            ZipArchiveEntry joined = new ZipArchiveEntry(entry.getName());
            joined.setMethod(ZipEntry.DEFLATED);
            joined.setSize(head.length + body.size + tail.length);
            joined.setCompressedSize(headDeflated.length + body.compressedSize + tailDeflated.length);
            joined.setCrc(crc);
            if (entry.getTime() >= 0) {
                joined.setTime(entry.getTime());
            }
            zip.addRawArchiveEntry(joined, new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(headDeflated), body.raw(), new ByteArrayInputStream(tailDeflated)))));
        }
    }

    /**
     * A sheet's template XML split where POI puts the rows: before {@code <sheetData/>} (which
     * becomes {@code <sheetData>} and a line break) or before {@code </sheetData>}, as POI's own
     * injection does.
     */
    record SheetTemplate(String head, String tail) {
        static SheetTemplate split(String xml) {
            int at = xml.indexOf("<sheetData");
            while (at >= 0) {
                int after = at + "<sheetData".length();
                if (xml.startsWith("/>", after)) {
                    return new SheetTemplate(xml.substring(0, at) + "<sheetData>\n",
                            "</sheetData>" + xml.substring(after + 2));
                }
                if (xml.startsWith(">", after)) {
                    int end = xml.indexOf("</sheetData>", after);
                    return end < 0 ? new SheetTemplate(xml, "</sheetData>")
                            : new SheetTemplate(xml.substring(0, end), xml.substring(end));
                }
                at = xml.indexOf("<sheetData", after);
            }
            return new SheetTemplate(xml + "<sheetData>\n", "</sheetData>");
        }
    }

    /** POI's sheet writer with {@link Utf8Writer} in place of its buffered, synchronised one. */
    static class PlainSheetDataWriter extends SheetDataWriter {
        PlainSheetDataWriter() throws IOException {
            super();
        }

        /** Writes into {@code out}, with no temporary file: for tests. */
        PlainSheetDataWriter(Writer out) throws IOException {
            super(out);
        }

        /** Deprecated in POI 5.5, and still how POI's constructor makes each sheet's writer. */
        @Override
        @SuppressWarnings("deprecation")
        public Writer createWriter(File file) throws IOException {
            return new Utf8Writer(new DeflatedXml.Sink(new FileOutputStream(file)));
        }

        /** The rows, deflated as they were written: read as XML, or taken as they are by the package. */
        @Override
        protected InputStream decorateInputStream(FileInputStream file) throws IOException {
            if (_out instanceof Utf8Writer utf8 && utf8.target() instanceof DeflatedXml.Sink sink) {
                return sink.body(file);
            }
            return file;
        }

        /**
         * POI's cell XML, byte for byte, for the kinds of cell the report writes (text, numbers,
         * blanks and formulas with a text result); any other kind is left to POI. What it saves is
         * the building of a cell reference and of attribute strings for each of millions of cells.
         */
        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            boolean textFormula = type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK && !textFormula) {
                super.writeCell(columnIndex, cell);
                return;
            }
            _out.write("<c r=\"");
            _out.write(columnName(columnIndex));
            _out.write(Integer.toString(cell.getRowIndex() + 1));
            _out.write('"');
            short style = cell.getCellStyle().getIndex();
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(Integer.toString(style & 0xFFFF));
                _out.write('"');
            }
            switch (type) {
                case NUMERIC -> {
                    _out.write(" t=\"n\"><v>");
                    _out.write(number(cell.getNumericCellValue()));
                    _out.write("</v>");
                }
                case STRING -> {
                    String text = cell.getStringCellValue();
                    _out.write(" t=\"inlineStr\"><is><t");
                    if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                            || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                        _out.write(" xml:space=\"preserve\"");
                    }
                    _out.write('>');
                    outputEscapedString(text);
                    _out.write("</t></is>");
                }
                case FORMULA -> {
                    _out.write(" t=\"str\"><f>");
                    outputEscapedString(cell.getCellFormula());
                    _out.write("</f>");
                    String value = cell.getStringCellValue();
                    if (value != null && !value.isEmpty()) {
                        _out.write("<v>");
                        outputEscapedString(value);
                        _out.write("</v>");
                    }
                }
                default -> _out.write('>'); // blank
            }
            _out.write("</c>");
        }

        private static final String[] COLUMN_NAMES = new String[64];

        static {
            for (int i = 0; i < COLUMN_NAMES.length; i++) {
                COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
            }
        }

        private static String columnName(int column) {
            return column < COLUMN_NAMES.length ? COLUMN_NAMES[column] : CellReference.convertNumToColString(column);
        }

        /**
         * {@code Double.toString}, as POI writes numbers; whole numbers below ten million (counts
         * and dates, nearly every number of the report) without its general algorithm.
         */
        static String number(double value) {
            boolean negativeZero = Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
            if (value == Math.rint(value) && Math.abs(value) < 1e7 && !negativeZero) {
                return (long) value + ".0";
            }
            return Double.toString(value);
        }

        /**
         * POI's escaping, character for character, without its stream of code points per cell:
         * runs of plain characters are written in one call. A surrogate pair passes as its two
         * halves, which {@link Utf8Writer} joins.
         */
        @Override
        protected void outputEscapedString(String text) throws IOException {
            if (text == null) {
                return;
            }
            if (_out instanceof Utf8Writer utf8) { // escaped and encoded in one pass
                utf8.writeEscaped(text);
                return;
            }
            int run = 0;
            for (int i = 0, length = text.length(); i < length; i++) {
                char c = text.charAt(i);
                String escaped = switch (c) {
                    case '\t' -> "&#x9;";
                    case '\n' -> "&#xa;";
                    case '\r' -> "&#xd;";
                    case '"' -> "&quot;";
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '\u00a0' -> "&#xa0;";
                    default -> c < ' ' || c >= '\uFFFE' ? "?" : null; // not allowed in XML
                };
                if (escaped != null) {
                    _out.write(text, run, i - run);
                    _out.write(escaped);
                    run = i + 1;
                }
            }
            _out.write(text, run, text.length() - run);
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

        /** Where the bytes go. */
        OutputStream target() {
            return out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int end = offset + length;
            for (int i = offset; i < end; ) {
                // a run of ASCII characters is copied as it is, with no check per character but one
                int room = Math.min(end - i, buffer.length - 4 - used);
                int stop = highSurrogate == 0 ? i + room : i;
                while (i < stop && chars[i] < 0x80) {
                    buffer[used++] = (byte) chars[i++];
                }
                if (i < end) {
                    put(chars[i++]);
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            int end = offset + length;
            for (int i = offset; i < end; ) {
                int room = Math.min(end - i, buffer.length - 4 - used);
                int stop = highSurrogate == 0 ? i + room : i;
                char c;
                while (i < stop && (c = text.charAt(i)) < 0x80) {
                    buffer[used++] = (byte) c;
                    i++;
                }
                if (i < end) {
                    put(text.charAt(i++));
                }
            }
        }

        /** How POI escapes each ASCII character in XML text; null for one that stands for itself. */
        private static final String[] ASCII_ESCAPES = new String[0x80];

        static {
            for (char c = 0; c < ' '; c++) {
                ASCII_ESCAPES[c] = "?"; // not allowed in XML
            }
            ASCII_ESCAPES['\t'] = "&#x9;";
            ASCII_ESCAPES['\n'] = "&#xa;";
            ASCII_ESCAPES['\r'] = "&#xd;";
            ASCII_ESCAPES['"'] = "&quot;";
            ASCII_ESCAPES['&'] = "&amp;";
            ASCII_ESCAPES['<'] = "&lt;";
            ASCII_ESCAPES['>'] = "&gt;";
        }

        /** Writes text escaped as {@link PlainSheetDataWriter#outputEscapedString} escapes it. */
        void writeEscaped(String text) throws IOException {
            for (int i = 0, length = text.length(); i < length; i++) {
                char c = text.charAt(i);
                String escaped = c < 0x80 ? ASCII_ESCAPES[c]
                        : c == '\u00a0' ? "&#xa0;" : c >= '\uFFFE' ? "?" : null;
                if (escaped != null) {
                    write(escaped);
                } else if (c < 0x80 && highSurrogate == 0) {
                    if (used > buffer.length - 4) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else {
                    put(c);
                }
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

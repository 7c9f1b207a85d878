package org.partnership.outcomes.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, written and packed by POI, with what POI leaves to a subclass: the
 * deflate level of the package, and each sheet's writer. A million-row report holds some 300 MB of
 * sheet XML, which the default level takes about three times as long to deflate, on one core, as
 * the fastest, for a file a fifth smaller; and its million cells of text cost more in POI's
 * writer, one call per character, than everything else done for them (docs/benchmarks.md).
 * Texts that recur down a column go into the workbook's shared strings ({@link SharedTexts}).
 * One thread writes the workbook: POI documents none of it as safe for two.
 */
final class ReportWorkbook extends SXSSFWorkbook {

    private final SharedTexts sharedTexts;

    /**
     * {@code rowWindow} rows of each sheet in memory; the rest in plain temporary files (gzipped
     * ones would cost a deflate and an inflate more per sheet). POI's own shared-strings table,
     * which would hold every text, is off: only {@link #sharedTexts} go into it.
     */
    ReportWorkbook(int rowWindow) {
        super(null, rowWindow, false, false);
        sharedTexts = new SharedTexts(getXSSFWorkbook().getSharedStringSource());
    }

    /** The texts written as indexes into the workbook's shared-strings part. */
    SharedTexts sharedTexts() {
        return sharedTexts;
    }

    /** POI's own zip writer, at the fastest level. */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** Each sheet's rows, as POI writes them, into a plain temporary file. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new ReportSheetWriter(sharedTexts);
    }

    /**
     * POI's sheet writer, writing the cells the report has with less work per cell: text escaped
     * by runs of characters, not one write per character; no cell-reference object and attribute
     * strings per cell; a shared text as its index. {@code ReportWorkbookTest} checks that its
     * cells read back as the cells POI's own writer writes.
     */
    static class ReportSheetWriter extends SheetDataWriter {
        private final SharedTexts shared;

        ReportSheetWriter(SharedTexts shared) throws IOException {
            super();
            this.shared = shared;
        }

        /**
         * The cell XML for the kinds of cell the report writes (text, numbers, blanks and formulas
         * with a text result), as Excel writes them: a number with no type (the default) and, when
         * whole, no decimal point; a shared text as its index. Any other kind is left to POI.
         * A cell's XML is put together first and handed to the file's writer in one call: the
         * writer takes a lock on each call.
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
            StringBuilder xml = this.xml;
            xml.setLength(0);
            xml.append("<c r=\"").append(columnIndex < COLUMN_NAMES.length ? COLUMN_NAMES[columnIndex]
                    : CellReference.convertNumToColString(columnIndex)).append(cell.getRowIndex() + 1).append('"');
            short style = cell.getCellStyle().getIndex();
            if (style != 0) {
                xml.append(" s=\"").append(style & 0xFFFF).append('"');
            }
            switch (type) {
                case NUMERIC -> appendNumber(xml.append("><v>"), cell.getNumericCellValue()).append("</v>");
                case STRING -> {
                    String text = cell.getStringCellValue();
                    int index = shared.indexOf(text);
                    if (index >= 0) {
                        xml.append(" t=\"s\"><v>").append(index).append("</v>");
                    } else {
                        xml.append(" t=\"inlineStr\"><is><t");
                        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                            xml.append(" xml:space=\"preserve\"");
                        }
                        appendEscaped(xml.append('>'), text).append("</t></is>");
                    }
                }
                case FORMULA -> {
                    appendEscaped(xml.append(" t=\"str\"><f>"), cell.getCellFormula()).append("</f>");
                    String value = cell.getStringCellValue();
                    if (value != null && !value.isEmpty()) {
                        appendEscaped(xml.append("<v>"), value).append("</v>");
                    }
                }
                default -> xml.append('>'); // blank
            }
            xml.append("</c>");
            write(xml);
        }

        private final StringBuilder xml = new StringBuilder(1 << 10);
        private char[] chars = new char[1 << 10];

        private void write(StringBuilder text) throws IOException {
            if (chars.length < text.length()) {
                chars = new char[Math.max(text.length(), 2 * chars.length)];
            }
            text.getChars(0, text.length(), chars, 0);
            _out.write(chars, 0, text.length());
        }

        /**
         * A whole number as Excel writes it, without ".0"; any other (and -0, which Excel never
         * writes) as {@link Double#toString}.
         */
        private static StringBuilder appendNumber(StringBuilder xml, double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15 && (value != 0 || 1 / value > 0)) {
                return xml.append((long) value);
            }
            return xml.append(value);
        }

        private static final String[] COLUMN_NAMES = new String[64];

        static {
            for (int i = 0; i < COLUMN_NAMES.length; i++) {
                COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
            }
        }

        /** POI's escaping, for the kinds of cell left to POI. */
        @Override
        protected void outputEscapedString(String text) throws IOException {
            if (text != null) {
                StringBuilder escaped = appendEscaped(new StringBuilder(text.length() + 16), text);
                _out.append(escaped);
            }
        }

        /** {@code text} escaped as POI escapes it; a run of characters that need none is appended in one call. */
        private static StringBuilder appendEscaped(StringBuilder xml, String text) {
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
                    xml.append(text, run, i).append(escaped);
                    run = i + 1;
                }
            }
            return xml.append(text, run, text.length());
        }
    }
}

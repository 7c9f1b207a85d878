package org.partnership.outcomes.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, written and packed by POI, with what POI leaves to a subclass: the
 * deflate level of the package, and each sheet's writer. A million-row report holds some 410 MB of
 * sheet XML, which the default level takes about three times as long to deflate, on one core, as
 * the fastest, for a file a fifth smaller; and its million cells of text cost more in POI's
 * writer, one call per character, than everything else done for them (docs/benchmarks.md).
 * One thread writes the workbook: POI documents none of it as safe for two.
 */
final class ReportWorkbook extends SXSSFWorkbook {

    /**
     * {@code rowWindow} rows of each sheet in memory; the rest in plain temporary files (gzipped
     * ones would cost a deflate and an inflate more per sheet); inline strings, no shared table.
     */
    ReportWorkbook(int rowWindow) {
        super(null, rowWindow, false, false);
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
        return new ReportSheetWriter();
    }

    /**
     * POI's sheet writer, writing the cells the report has with less work per cell: text escaped
     * by runs of characters, not one write per character; no cell-reference object and attribute
     * strings per cell. {@code ReportWorkbookTest} checks it writes POI's XML.
     */
    static class ReportSheetWriter extends SheetDataWriter {
        ReportSheetWriter() throws IOException {
            super();
        }

        /** Writes into {@code out}, with no temporary file: for tests. */
        ReportSheetWriter(Writer out) throws IOException {
            super(out);
        }

        /**
         * POI's cell XML for the kinds of cell the report writes (text, numbers, blanks and
         * formulas with a text result), without a cell reference object and attribute strings
         * per cell; any other kind is left to POI.
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
            _out.write(columnIndex < COLUMN_NAMES.length ? COLUMN_NAMES[columnIndex]
                    : CellReference.convertNumToColString(columnIndex));
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
                    _out.write(Double.toString(cell.getNumericCellValue()));
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

        /** POI's escaping; a run of characters that need none is written in one call. */
        @Override
        protected void outputEscapedString(String text) throws IOException {
            if (text == null) {
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
}

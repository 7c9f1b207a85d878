package org.partnership.outcomes.report;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table of detail rows that may outgrow one sheet: when a sheet reaches the row limit
 * (1,048,576 in Excel) the table continues on {@code Name (2)}, {@code Name (3)}, ... right after
 * it, each with the header row again, an autofilter and, on a sheet of its own, a frozen header.
 */
final class DetailSheet {

    /** A column: its heading, its width in characters, and whether it holds numbers (its heading then aligns right). */
    record Column(String heading, int width, boolean numeric) {
        Column(String heading, int width) {
            this(heading, width, false);
        }

        static Column number(String heading, int width) {
            return new Column(heading, width, true);
        }
    }

    private final Workbook workbook;
    private final CellWriter cells;
    private final String name;
    private final List<Column> columns;
    private final int maxRows;
    private Sheet sheet;
    private int headerRow;
    private int nextRow;
    private int sheetCount;

    /** A table on a sheet of its own, named {@code name}. */
    DetailSheet(Workbook workbook, CellWriter cells, String name, List<Column> columns, int maxRows) {
        this(workbook, cells, name, columns, maxRows, null, 0);
    }

    /** A table that starts on {@code first} at {@code headerRow}, below what the sheet already holds. */
    DetailSheet(Workbook workbook, CellWriter cells, String name, List<Column> columns, int maxRows, Sheet first,
            int headerRow) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet of " + maxRows + " rows cannot hold a header and a row");
        }
        this.workbook = workbook;
        this.cells = cells;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        if (first == null) {
            startSheet(newSheet(name, null), 0);
        } else if (headerRow + 1 < maxRows) {
            startSheet(first, headerRow);
        } else { // no room below what the sheet holds: the table starts on the continuation sheet
            sheetCount = 1;
            startSheet(newSheet(name + " (2)", first), 0);
        }
    }

    /** A new row for the next record, on a continuation sheet when this one is full. */
    Row nextRow() {
        if (nextRow >= maxRows) {
            finishSheet();
            startSheet(newSheet(name + " (" + (sheetCount + 1) + ")", sheet), 0);
        }
        return sheet.createRow(nextRow++);
    }

    /** Sets the autofilter of the last sheet; call once, after the last row. */
    void finish() {
        finishSheet();
    }

    private void startSheet(Sheet target, int header) {
        sheet = target;
        headerRow = header;
        sheetCount++;
        Row row = sheet.createRow(header);
        for (int c = 0; c < columns.size(); c++) {
            if (header == 0) { // a sheet shared with other tables has its widths set by its owner
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            cells.text(row, c, columns.get(c).heading(),
                    columns.get(c).numeric() ? CellStyles.Kind.NUMBER_HEADER : CellStyles.Kind.HEADER);
        }
        if (header == 0) { // a table below other content keeps that sheet's layout
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            layOutPages(sheet);
        }
        nextRow = header + 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0,
                columns.size() - 1));
    }

    /** A new sheet, placed right after {@code after} (when given) even if other sheets were added since. */
    private Sheet newSheet(String sheetName, Sheet after) {
        Sheet created = workbook.createSheet(sheetName);
        if (after != null) {
            workbook.setSheetOrder(sheetName, workbook.getSheetIndex(after) + 1);
        }
        return created;
    }

    /** Landscape, as wide as one page, as many pages down as it takes. */
    static void layOutPages(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}

package org.partnership.outcomes.report;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;

/**
 * Places a picture at an exact size in EMU, whatever the column widths: a two-cell anchor whose
 * corners are found by walking the columns and rows. {@code Picture.resize()} would do the same
 * from the image's DPI, which differs between encoders; this keeps every chart the same size.
 */
final class PictureAnchors {

    private PictureAnchors() {
    }

    /**
     * An anchor for a picture {@code width} × {@code height} EMU whose top left corner is {@code x}
     * EMU right of column A's left edge and {@code y} EMU below the top of {@code firstRow}.
     * The rows it covers must not have been given a height of their own.
     */
    static ClientAnchor place(Sheet sheet, int firstRow, long x, long y, long width, long height) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        long[] from = column(sheet, x);
        long[] to = column(sheet, x + width);
        long rowHeight = Units.toEMU(sheet.getDefaultRowHeightInPoints());
        anchor.setCol1((int) from[0]);
        anchor.setDx1((int) from[1]);
        anchor.setCol2((int) to[0]);
        anchor.setDx2((int) to[1]);
        anchor.setRow1(firstRow + (int) (y / rowHeight));
        anchor.setDy1((int) (y % rowHeight));
        anchor.setRow2(firstRow + (int) ((y + height) / rowHeight));
        anchor.setDy2((int) ((y + height) % rowHeight));
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        return anchor;
    }

    /** The column holding {@code x} and the offset into it. */
    private static long[] column(Sheet sheet, long x) {
        long left = x;
        int column = 0;
        while (true) {
            long width = Units.columnWidthToEMU(sheet.getColumnWidth(column));
            if (left < width) {
                return new long[] {column, left};
            }
            left -= width;
            column++;
        }
    }
}

package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The report's sheet writer writes cells that read back as the cells POI's own writer writes, for
 * every kind of cell, whether a text is shared or inline.
 */
class ReportWorkbookTest {

    private static final List<Double> NUMBERS =
            List.of(0.0, -0.0, 12.0, -12.5, 1e-4, 1e7, 45_658.0, 1.0 / 3, Double.MAX_VALUE, 1e15, -3e15, 2.5e-300);
    private static final String SHARED = "Robotics; Physician training";
    private static final String AWKWARD = "<&> \"quoted\" \u00a0 é 肝 𝄞 \u0001 \uFFFE \r\n=SUM(A1)";

    @Test
    void writesTheCellsPoiWrites() throws IOException {
        List<String> poi = readBack(write(new SXSSFWorkbook(2), null));
        byte[] file;
        try (ReportWorkbook workbook = new ReportWorkbook(2)) {
            file = write(workbook, workbook.sharedTexts());
        }
        assertEquals(poi, readBack(file));
        assertTrue(poi.contains("0:6 STRING " + SHARED + " style 1"), poi::toString);
        // the repeated text went into the shared strings, once, and not the others
        try (XSSFWorkbook ours = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(List.of(SHARED), ours.getSharedStringSource().getSharedStringItems().stream()
                    .map(RichTextString::getString).toList());
        }
    }

    @Test
    void sharesOnlyTextsItWasGivenAndCanWriteAsTheyAre() throws IOException {
        try (ReportWorkbook workbook = new ReportWorkbook(2)) {
            SharedTexts shared = workbook.sharedTexts();
            shared.share(SHARED);
            shared.share(SHARED);
            shared.share(AWKWARD); // holds characters the sheet writer replaces: stays inline
            assertEquals(0, shared.indexOf(SHARED));
            assertEquals(-1, shared.indexOf(AWKWARD));
            assertEquals(-1, shared.indexOf("never shared"));
        }
    }

    /** Rows of every kind of cell the report writes, and two it leaves to POI. */
    private static byte[] write(SXSSFWorkbook workbook, SharedTexts shared) throws IOException {
        try (workbook) {
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            Sheet sheet = workbook.createSheet("Cells");
            for (int r = 0; r < NUMBERS.size(); r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(" leading space");
                row.createCell(1).setCellValue("trailing\t");
                row.createCell(2).setCellValue(AWKWARD);
                row.createCell(3).setCellValue(NUMBERS.get(r));
                row.createCell(4).setCellValue(LocalDate.of(2026, 8, 15).minusDays(r));
                row.createCell(5).setCellStyle(bold); // blank, styled
                Cell repeated = row.createCell(6);
                repeated.setCellValue(SHARED);
                repeated.setCellStyle(bold);
                if (shared != null) {
                    shared.share(SHARED);
                }
                Cell link = row.createCell(7);
                link.setCellFormula("HYPERLINK(\"https://doi.org/10.1/x" + r + "\",\"10.1/\"\"x" + r + "\")");
                link.setCellValue("10.1/\"x" + r);
                link.setCellStyle(bold);
                row.createCell(30).setCellValue(true); // a kind the report does not write: left to POI
                row.createCell(70).setCellValue("far right");
                row.createCell(71).setCellValue("");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Each cell as it reads back: place, type, value or formula, style. */
    private static List<String> readBack(byte[] file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    String value = switch (cell.getCellType()) {
                        case STRING -> cell.getStringCellValue();
                        case NUMERIC -> Double.toString(cell.getNumericCellValue());
                        case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                        case FORMULA -> cell.getCellFormula() + " = " + cell.getStringCellValue();
                        default -> "";
                    };
                    cells.add(row.getRowNum() + ":" + cell.getColumnIndex() + " " + cell.getCellType() + " " + value
                            + " style " + cell.getCellStyle().getIndex());
                }
            }
        }
        return cells;
    }
}

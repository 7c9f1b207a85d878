package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The report's sheet writer writes the rows POI's own writer writes, for every kind of cell. */
class ReportWorkbookTest {

    @Test
    void writesTheRowsPoiWrites() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(-1)) { // every row kept, none flushed
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            SXSSFSheet sheet = workbook.createSheet("Cells");
            List<Double> numbers = List.of(0.0, -0.0, 12.0, -12.5, 1e-4, 1e7, 45_658.0, 1.0 / 3, Double.MAX_VALUE);
            for (int r = 0; r < numbers.size(); r++) {
                SXSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(" leading space");
                row.createCell(1).setCellValue("trailing\t");
                row.createCell(2).setCellValue("<&> \"quoted\" \u00a0 é 肝 𝄞 \u0001 \uFFFE \r\n=SUM(A1)");
                row.createCell(3).setCellValue(numbers.get(r));
                row.createCell(4).setCellValue(LocalDate.of(2026, 8, 15).minusDays(r));
                row.createCell(5).setCellStyle(bold); // blank, styled
                var link = row.createCell(6);
                link.setCellFormula("HYPERLINK(\"https://doi.org/10.1/x" + r + "\",\"10.1/\"\"x" + r + "\")");
                link.setCellValue("10.1/\"x" + r);
                link.setCellStyle(bold);
                row.createCell(30).setCellValue(true); // a kind the report does not write: left to POI
                row.createCell(70).setCellValue("far right");
                row.createCell(71).setCellValue("");
            }
            StringWriter poi = new StringWriter();
            StringWriter ours = new StringWriter();
            try (SheetDataWriter poiWriter = new SheetDataWriter(poi);
                    SheetDataWriter ourWriter = new ReportWorkbook.ReportSheetWriter(ours)) {
                for (int r = 0; r < numbers.size(); r++) {
                    poiWriter.writeRow(r, sheet.getRow(r));
                    ourWriter.writeRow(r, sheet.getRow(r));
                }
            }
            assertEquals(poi.toString(), ours.toString());
            sheet.flushRows(); // POI closes a sheet's writer before flushing what is left
        }
    }
}

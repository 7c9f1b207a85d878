package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySheetTest {

    @Test
    void aQuarterNotOverIsMarkedToDateWithTheAsOfDate(@TempDir Path folder) throws IOException {
        ReportWriter.write(ReportFixture.data(LocalDate.of(2026, 8, 14), LocalDate.of(2025, 4, 10)), folder);
        try (XSSFWorkbook workbook = ReportWriterTest.open(folder.resolve("partnership-report-FY2026-27-Q2.xlsx"))) {
            String heading = workbook.getSheet("Summary").getRow(1).getCell(0).getStringCellValue();
            assertTrue(heading.contains("FY2026-27 Q2") && heading.contains("to date (as of 2026-08-14)"), heading);
        }
    }

    @Test
    void aComparisonQuarterBeforeTheFirstRecordShowsADash(@TempDir Path folder) throws IOException {
        // records start in FY2025-26 Q4, so the quarter a year before (FY2025-26 Q2) is not in the table
        ReportWriter.write(ReportFixture.data(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 2, 1)), folder);
        try (XSSFWorkbook workbook = ReportWriterTest.open(folder.resolve("partnership-report-FY2026-27-Q2.xlsx"))) {
            Sheet summary = workbook.getSheet("Summary");
            Row joint = ReportWriterTest.rowStartingWith(summary, "Joint publications");
            assertEquals(20, joint.getCell(1).getNumericCellValue());
            assertEquals(16, joint.getCell(2).getNumericCellValue());
            for (int column = 5; column <= 7; column++) {
                assertEquals("\u2013", joint.getCell(column).getStringCellValue());
            }
        }
    }

    @Test
    void titleNamesThePartners(@TempDir Path folder) throws IOException {
        ReportWriter.write(ReportFixture.data(), folder);
        try (XSSFWorkbook workbook = ReportWriterTest.open(folder.resolve("partnership-report-FY2026-27-Q2.xlsx"))) {
            String title = workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains("University College London") && title.contains("Indian Institute of Science, Bengaluru"),
                    title);
        }
    }
}

package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static final List<String> CHARTS = List.of("joint-publications-by-theme.png", "quarterly-trend.png",
            "grant-value-by-theme.png", "phd-completions-by-theme.png");

    @TempDir
    static Path folder;

    static Path workbookFile;

    @BeforeAll
    static void writeReport() {
        System.setProperty("java.awt.headless", "true");
        ReportWriter.write(ReportFixture.data(), folder);
        workbookFile = folder.resolve("partnership-report-FY2026-27-Q2.xlsx");
    }

    @Test
    void writesTheSheetsInTheContractOrder() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            assertEquals(List.of("Summary", "Themes", "Trends", "Publications", "Grants", "PhDs", "Data Quality",
                    "Definitions"), sheetNames(workbook));
        }
    }

    @Test
    void themesSheetHoldsTheMetricsTableValueUnrounded() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Sheet themes = workbook.getSheet("Themes");
            Row quantum = rowStartingWith(themes, "Quantum technologies");
            int jointShare = firstColumnWithHeading(themes, "Joint share");
            Cell cell = quantum.getCell(jointShare);
            assertEquals(0.4375, cell.getNumericCellValue());
            assertEquals("0.0%", cell.getCellStyle().getDataFormatString());
            int jointPublications = firstColumnWithHeading(themes, "Joint publications");
            assertEquals(7, quantum.getCell(jointPublications).getNumericCellValue());
        }
    }

    @Test
    void anUndefinedMetricIsABlankCellNotZero() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Sheet themes = workbook.getSheet("Themes");
            Cell cell = rowStartingWith(themes, "Liver tissue engineering")
                    .getCell(firstColumnWithHeading(themes, "Citations per joint paper"));
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
        }
    }

    @Test
    void moneyIsFormattedInPoundsWithoutRoundingTheStoredValue() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Sheet themes = workbook.getSheet("Themes");
            Cell cell = rowStartingWith(themes, "All themes").getCell(firstColumnWithHeading(themes, "Awarded value (GBP)"));
            assertEquals(1234567.891, cell.getNumericCellValue());
            assertEquals("\"£\"#,##0", cell.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void allThemesIsTheLastThemeRow() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Sheet themes = workbook.getSheet("Themes");
            assertEquals("All themes", themes.getRow(themes.getLastRowNum()).getCell(0).getStringCellValue());
        }
    }

    @Test
    void summaryComparesTheQuarterWithThePreviousOneAndTheYearBefore() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Row joint = rowStartingWith(workbook.getSheet("Summary"), "Joint publications");
            // 20 now, 16 the quarter before, 25 a year before
            assertEquals(20, joint.getCell(1).getNumericCellValue());
            assertEquals(16, joint.getCell(2).getNumericCellValue());
            assertEquals(4, joint.getCell(3).getNumericCellValue());
            assertEquals(0.25, joint.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals(25, joint.getCell(5).getNumericCellValue());
            assertEquals(-5, joint.getCell(6).getNumericCellValue());
            assertEquals(-0.2, joint.getCell(7).getNumericCellValue(), 1e-12);
        }
    }

    @Test
    void formulaLookingTextStaysPlainText() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Cell title = cellHolding(workbook.getSheet("Publications"), ReportFixture.FORMULA_TITLE);
            assertEquals(CellType.STRING, title.getCellType());
            assertTrue(title.getCellStyle().getQuotePrefixed());
            Cell value = cellHolding(workbook.getSheet("Data Quality"), ReportFixture.REJECTED_VALUE);
            assertEquals(CellType.STRING, value.getCellType());
            assertTrue(value.getCellStyle().getQuotePrefixed());
            Cell grantTitle = cellHolding(workbook.getSheet("Grants"), "-follow-on AI triage");
            assertTrue(grantTitle.getCellStyle().getQuotePrefixed());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "formula in " + sheet.getSheetName());
                    }
                }
            }
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutVisibly() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Cell title = cellStartingWith(workbook.getSheet("Publications"), "Liver organoids xxx");
            String text = title.getStringCellValue();
            assertTrue(text.length() <= 32_767, "length " + text.length());
            assertTrue(text.endsWith("[truncated]"));
            assertTrue(text.length() > 32_000, "cut no shorter than needed");
        }
    }

    @Test
    void aValidDoiIsALinkToDoiOrg() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Cell doi = cellHolding(workbook.getSheet("Publications"), ReportFixture.DOI);
            assertEquals("https://doi.org/10.1234/abc.1", doi.getHyperlink().getAddress());
        }
    }

    @Test
    void phdSheetHasTheStudentRefAndNoNameColumn() throws IOException {
        try (Workbook workbook = open(workbookFile)) {
            Sheet phds = workbook.getSheet("PhDs");
            assertEquals("Student ref", phds.getRow(0).getCell(0).getStringCellValue());
            assertEquals("S-001", phds.getRow(1).getCell(0).getStringCellValue());
            for (Cell heading : phds.getRow(0)) {
                assertFalse(heading.getStringCellValue().toLowerCase().contains("name"));
            }
        }
    }

    @Test
    void detailSheetsHaveAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook workbook = open(workbookFile)) {
            for (String name : List.of("Publications", "Grants", "PhDs")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertNotNull(sheet.getPaneInformation(), name);
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
            }
        }
    }

    @Test
    void aTableThatOutgrowsTheRowLimitContinuesOnTheNextSheet(@TempDir Path small) throws IOException {
        new ReportWriter(3).writeInto(ReportFixture.data(), small); // a header and two rows per sheet
        try (Workbook workbook = open(small.resolve("partnership-report-FY2026-27-Q2.xlsx"))) {
            List<String> names = sheetNames(workbook);
            int publications = names.indexOf("Publications");
            assertEquals("Publications (2)", names.get(publications + 1));
            assertEquals("Grants", names.get(publications + 2));
            Sheet second = workbook.getSheet("Publications (2)");
            assertEquals("Title", second.getRow(0).getCell(0).getStringCellValue());
            // three publications: two on the first sheet, one on the second
            assertEquals(2, workbook.getSheet("Publications").getLastRowNum());
            assertEquals(1, second.getLastRowNum());
            assertNull(workbook.getSheet("Grants (2)"), "two grants fit on one sheet");
        }
    }

    @Test
    void eachChartIsASlideSizedPngWithContent() throws IOException {
        for (String name : CHARTS) {
            Path file = folder.resolve("charts").resolve(name);
            assertTrue(Files.isRegularFile(file), name);
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, name);
            assertEquals(1600, image.getWidth(), name);
            assertEquals(900, image.getHeight(), name);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 10, name + " has " + colours.size() + " colours");
        }
    }

    @Test
    void summaryEmbedsTheChartPngs() throws IOException {
        try (XSSFWorkbook workbook = open(workbookFile)) {
            XSSFDrawing drawing = workbook.getSheet("Summary").getDrawingPatriarch();
            assertNotNull(drawing);
            List<byte[]> embedded = new ArrayList<>();
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFPicture picture) {
                    embedded.add(picture.getPictureData().getData());
                }
            }
            assertEquals(CHARTS.size(), embedded.size());
            for (String name : CHARTS) {
                byte[] png = Files.readAllBytes(folder.resolve("charts").resolve(name));
                assertTrue(embedded.stream().anyMatch(bytes -> java.util.Arrays.equals(bytes, png)), name);
            }
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    /** The first column whose header cell holds exactly {@code heading}. */
    static int firstColumnWithHeading(Sheet sheet, String heading) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    static Cell cellHolding(Sheet sheet, String text) {
        return find(sheet, text, true);
    }

    static Cell cellStartingWith(Sheet sheet, String prefix) {
        return find(sheet, prefix, false);
    }

    private static Cell find(Sheet sheet, String text, boolean whole) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && (whole ? cell.getStringCellValue().equals(text) : cell.getStringCellValue().startsWith(text))) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text + " on " + sheet.getSheetName());
    }
}

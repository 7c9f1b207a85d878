package org.partnership.outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DoiLinksTest {

    @Test
    void recognisesDoisAsTheHandbookDefinesThem() {
        assertTrue(DoiLinks.isValid("10.1038/s41746-020-0221-y"));
        assertTrue(DoiLinks.isValid("10.1000.10/abc"));
        assertFalse(DoiLinks.isValid("10.12/abc"), "registrant too short");
        assertFalse(DoiLinks.isValid("doi:10.1038/x"));
        assertFalse(DoiLinks.isValid("10.1038/"));
        assertFalse(DoiLinks.isValid("10.1038/a b"));
    }

    @Test
    void recognisesWhatTheDoiPatternMatches() {
        String[] pieces = {"10.", "10", "1", "0", "1234", "56789", ".", "/", "a", "-", " ", "\t", "\u00a0", "\u000B", "é"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "10." : "");
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String doi = text.toString();
            assertEquals(DoiLinks.VALID.matcher(doi).matches(), DoiLinks.isValid(doi), doi);
        }
    }

    @Test
    void percentEncodesWhatAUrlCannotHold() {
        assertEquals("https://doi.org/10.1002/(SICI)1097-4636", DoiLinks.url("10.1002/(SICI)1097-4636"));
        assertEquals("https://doi.org/10.1234/a%22b%23c%3Fd%25", DoiLinks.url("10.1234/a\"b#c?d%"));
    }

    @Test
    void pastTheLinkLimitADoiBecomesAHyperlinkFormulaWithItsText() throws IOException {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            CellWriter cells = new CellWriter(new CellStyles(workbook, "GBP"));
            DoiLinks links = new DoiLinks(workbook.getCreationHelper(), cells, 1);
            Sheet sheet = workbook.createSheet("Publications");
            links.write(sheet.createRow(0), 0, "10.1234/first");
            links.write(sheet.createRow(1), 0, "10.1234/a\"b");
            links.write(sheet.createRow(2), 0, "not-a-doi");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Publications");
            Row first = sheet.getRow(0);
            assertEquals("https://doi.org/10.1234/first", first.getCell(0).getHyperlink().getAddress());
            var second = sheet.getRow(1).getCell(0);
            assertEquals(CellType.FORMULA, second.getCellType());
            assertEquals("HYPERLINK(\"https://doi.org/10.1234/a%22b\",\"10.1234/a\"\"b\")", second.getCellFormula());
            assertEquals("10.1234/a\"b", second.getStringCellValue());
            var third = sheet.getRow(2).getCell(0);
            assertEquals("not-a-doi", third.getStringCellValue());
            assertNull(third.getHyperlink());
        }
    }
}

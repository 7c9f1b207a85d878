package org.partnership.outcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's workbook writer gives POI's own XML for every kind of cell the report writes. */
class FastStreamingWorkbookTest {

    @TempDir
    static Path tmp;

    private static final List<Double> NUMBERS = List.of(0.0, -0.0, 1.0, 12.0, -12.0, 0.5, 1.25, 1e-4, 9_999_999.0,
            10_000_000.0, 1e15, -3.5e9, 45_658.0, 0.001, Double.MAX_VALUE, 1.0 / 3);

    @Test
    void writesTheSheetsPoiWrites() throws IOException {
        assertThat(sheets(new FastStreamingWorkbook(10))).isEqualTo(sheets(new SXSSFWorkbook(10)));
    }

    @Test
    void joinsTheCrcOfTwoPiecesAsTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 2, 3, 17, 1000, 65_537}) {
            byte[] whole = new byte[length];
            random.nextBytes(whole);
            for (int cut : new int[] {0, length / 3, length}) {
                byte[] first = Arrays.copyOfRange(whole, 0, cut);
                byte[] second = Arrays.copyOfRange(whole, cut, length);
                assertThat(DeflatedXml.combineCrc(DeflatedXml.crc(first), DeflatedXml.crc(second), second.length))
                        .as("%d bytes cut at %d", length, cut).isEqualTo(DeflatedXml.crc(whole));
            }
        }
    }

    @Test
    void splitsTheTemplateWherePoiPutsTheRows() {
        assertThat(FastStreamingWorkbook.SheetTemplate.split("<worksheet><sheetData/><cols/></worksheet>"))
                .isEqualTo(new FastStreamingWorkbook.SheetTemplate("<worksheet><sheetData>\n",
                        "</sheetData><cols/></worksheet>"));
        assertThat(FastStreamingWorkbook.SheetTemplate.split("<worksheet><sheetData><row/></sheetData></worksheet>"))
                .isEqualTo(new FastStreamingWorkbook.SheetTemplate("<worksheet><sheetData><row/>",
                        "</sheetData></worksheet>"));
        assertThat(FastStreamingWorkbook.SheetTemplate.split("<worksheet/>"))
                .isEqualTo(new FastStreamingWorkbook.SheetTemplate("<worksheet/><sheetData>\n", "</sheetData>"));
    }

    @Test
    void everyEntryOfThePackageReadsBackWithItsSizeAndCrc() throws IOException {
        Path file = Files.createTempFile(tmp, "checked", ".xlsx");
        try (SXSSFWorkbook workbook = new FastStreamingWorkbook(10)) {
            for (String name : List.of("Small", "Large")) {
                Sheet sheet = workbook.createSheet(name);
                int rows = name.equals("Large") ? 20_000 : 3;
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("row " + r + " of " + name + " é 肝");
                    row.createCell(1).setCellValue(r * 1.5);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        // the streaming reader inflates each entry to its end and checks its length and CRC-32
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
                zip.readAllBytes();
            }
        }
        assertThat(entries).isGreaterThan(5);
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(read.getSheet("Large").getLastRowNum()).isEqualTo(19_999);
            assertThat(read.getSheet("Large").getRow(19_999).getCell(0).getStringCellValue())
                    .isEqualTo("row 19999 of Large é 肝");
            assertThat(read.getSheet("Small").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void writesNumbersAsDoubleToStringDoes() {
        for (double value : NUMBERS) {
            assertThat(FastStreamingWorkbook.PlainSheetDataWriter.number(value)).isEqualTo(Double.toString(value));
        }
    }

    private static TreeMap<String, String> sheets(SXSSFWorkbook workbook) throws IOException {
        try (workbook) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Cells");
            for (int r = 0; r < 40; r++) { // past the row window, so rows are flushed as they go
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(" leading space");
                row.createCell(1).setCellValue("trailing\t");
                row.createCell(2).setCellValue("<&> \"quoted\" é 肝 𝄞 \u0001");
                row.createCell(3).setCellValue(NUMBERS.get(r % NUMBERS.size()));
                row.createCell(4).setCellValue(LocalDate.of(2026, 8, 15).minusDays(r));
                row.createCell(5).setCellStyle(bold); // blank, styled
                var link = row.createCell(6);
                link.setCellFormula("HYPERLINK(\"https://doi.org/10.1/x" + r + "\",\"10.1/x" + r + "\")");
                link.setCellValue("10.1/x" + r);
                link.setCellStyle(bold);
                row.createCell(30).setCellValue(true); // a kind the report does not write: left to POI
                row.createCell(70).setCellValue("far right");
            }
            Path file = Files.createTempFile(tmp, "workbook", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            TreeMap<String, String> parts = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/worksheets/")) {
                        parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                                StandardCharsets.UTF_8));
                    }
                }
            }
            assertThat(parts).isNotEmpty();
            return parts;
        }
    }
}

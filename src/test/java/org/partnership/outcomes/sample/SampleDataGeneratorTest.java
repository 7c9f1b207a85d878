package org.partnership.outcomes.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.sample.SampleDataGenerator.PlantedFault;

/** The sample generator is deterministic, writes the documented shapes and plants only a few bad rows. */
class SampleDataGeneratorTest {

    private static final List<String> FILES = List.of("partnership.yml", "publications/ucl-export.csv",
            "publications/iisc-export.csv", "grants/register.csv", "phds/students.csv", "fx-rates.csv",
            "activities/activities.csv");

    private static final List<String> PUBLICATION_COLUMNS = List.of("publication_id", "doi", "title",
            "publication_date", "type", "source_title", "institutions", "themes", "keywords", "citations", "fwci",
            "open_access");

    @TempDir
    Path tmp;

    @Test
    void sameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SampleDataGenerator.generate(a, 400, 42, true);
        SampleDataGenerator.generate(b, 400, 42, true);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void differentSeedsGiveDifferentData() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SampleDataGenerator.generate(a, 400, 42, false);
        SampleDataGenerator.generate(b, 400, 43, false);
        for (String file : FILES.subList(1, FILES.size())) {
            assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file))), file);
        }
        assertArrayEquals(Files.readAllBytes(a.resolve("partnership.yml")),
                Files.readAllBytes(b.resolve("partnership.yml")), "the configuration does not depend on the seed");
    }

    @Test
    void publicationExportsHaveTheExpectedColumnsInTheirOwnStyles() throws IOException {
        SampleDataGenerator.generate(tmp, 400, 42, false);
        byte[] ucl = Files.readAllBytes(tmp.resolve("publications/ucl-export.csv"));
        byte[] iisc = Files.readAllBytes(tmp.resolve("publications/iisc-export.csv"));

        assertTrue(startsWithBom(ucl), "UCL export starts with a byte-order mark");
        assertFalse(startsWithBom(iisc), "IISc export has no byte-order mark");
        String uclText = new String(ucl, UTF_8);
        String iiscText = new String(iisc, UTF_8);
        assertTrue(uclText.startsWith("\uFEFFPublication ID,DOI,Title,Publication Date,Type,Source Title,Institutions,"
                + "Themes,Keywords,Citations,FWCI,Open Access\r\n"));
        assertFalse(iiscText.contains("\r"), "IISc export uses LF only");

        List<String> uclHeader = normalised(parse(uclText).get(0));
        List<String> iiscHeader = normalised(parse(iiscText).get(0));
        assertEquals(PUBLICATION_COLUMNS, uclHeader);
        assertEquals(Set.copyOf(PUBLICATION_COLUMNS), Set.copyOf(iiscHeader.subList(0, iiscHeader.size() - 1)));
        assertEquals("source_system", iiscHeader.get(iiscHeader.size() - 1));
        assertFalse(PUBLICATION_COLUMNS.equals(iiscHeader.subList(0, iiscHeader.size() - 1)),
                "columns in another order");
    }

    @Test
    void everyRowOfEveryCsvHasAsManyFieldsAsItsHeader() throws IOException {
        SampleDataGenerator.generate(tmp, 400, 42, true);
        for (String file : FILES.subList(1, FILES.size())) {
            List<List<String>> rows = parse(Files.readString(tmp.resolve(file), UTF_8));
            assertTrue(rows.size() > 30, file);
            for (List<String> row : rows) {
                assertEquals(rows.get(0).size(), row.size(), file + ": " + row);
            }
        }
    }

    @Test
    void manyJointPapersAreInBothExportsUnderDifferentlyWrittenDois() throws IOException {
        SampleDataGenerator.generate(tmp, 2000, 42, false);
        Map<String, String> ucl = doisByKey(tmp.resolve("publications/ucl-export.csv"));
        Map<String, String> iisc = doisByKey(tmp.resolve("publications/iisc-export.csv"));

        Set<String> both = new HashSet<>(ucl.keySet());
        both.retainAll(iisc.keySet());
        assertTrue(both.size() >= Math.min(ucl.size(), iisc.size()) / 4,
                "overlap " + both.size() + " of " + ucl.size() + " and " + iisc.size());
        long writtenDifferently = both.stream().filter(k -> !ucl.get(k).equals(iisc.get(k))).count();
        assertTrue(writtenDifferently >= both.size() / 2, writtenDifferently + " of " + both.size());
    }

    @Test
    void badRowsAreFewPerFileAndOnlyWhenAskedFor() throws IOException {
        assertEquals(List.of(), SampleDataGenerator.generate(tmp.resolve("clean"), 400, 42, false));

        List<PlantedFault> planted = SampleDataGenerator.generate(tmp.resolve("bad"), 400, 42, true);
        Map<String, Integer> perFile = new TreeMap<>();
        for (PlantedFault p : planted) {
            perFile.merge(p.file(), 1, Integer::sum);
            assertTrue(p.line() > 1, p.toString());
        }
        assertEquals(FILES.subList(1, FILES.size()).stream().sorted().toList(), List.copyOf(perFile.keySet()));
        perFile.forEach((file, count) -> assertTrue(count <= 4, file + ": " + count));
    }

    @Test
    void eachPlantedFaultIsOnTheReportedPhysicalLine() throws IOException {
        List<PlantedFault> planted = SampleDataGenerator.generate(tmp, 400, 42, true);
        for (PlantedFault p : planted) {
            List<Row> rows = parseWithLines(Files.readString(tmp.resolve(p.file()), UTF_8));
            int column = normalised(rows.get(0).fields()).indexOf(p.field());
            Row row = rows.stream().filter(r -> r.line() == p.line()).findFirst()
                    .orElseThrow(() -> new AssertionError("no record starts on the line of " + p));
            assertEquals(p.value(), row.fields().get(column), p.toString());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Normalised DOI (as REQUIREMENTS.md section 4 defines it) to the DOI as written, for rows that have one. */
    private static Map<String, String> doisByKey(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, UTF_8));
        int doi = normalised(rows.get(0)).indexOf("doi");
        Map<String, String> result = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String written = row.get(doi).trim();
            if (!written.isEmpty()) {
                result.put(normaliseDoi(written), written);
            }
        }
        return result;
    }

    private static String normaliseDoi(String doi) {
        String s = doi.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                "doi.org/", "dx.doi.org/", "doi:")) {
            if (s.startsWith(prefix)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    private static List<String> normalised(List<String> header) {
        return header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replaceAll("[ \\-_]+", "_")).toList();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static List<List<String>> parse(String text) {
        return parseWithLines(text).stream().map(Row::fields).toList();
    }

    /** A record and the physical line (1 = header) it starts on. */
    private record Row(long line, List<String> fields) {
    }

    /** A minimal RFC 4180 reader: quoted fields with commas, quotes and line breaks; CRLF or LF; BOM dropped. */
    private static List<Row> parseWithLines(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        long line = 1;
        long rowStart = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowStart, row));
                row = new ArrayList<>();
                rowStart = ++line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(new Row(rowStart, row));
        }
        return rows;
    }
}

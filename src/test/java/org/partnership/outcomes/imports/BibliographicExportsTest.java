package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.ConfigLoader;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.csv.RowFile;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.matching.AffiliationMatcher;

/**
 * The real exports in src/test/resources/real-exports, read as downloaded: each is recognised from
 * its own bytes, and its rows come out in the job's publication fields. Expected values are read
 * off the files by eye (or with a spreadsheet), never from this reader.
 */
class BibliographicExportsTest {

    static final Path EXPORTS = Path.of("src/test/resources/real-exports");

    static Path export(String name) {
        return EXPORTS.resolve(name);
    }

    static List<CsvRow> rows(String name) {
        return rows(export(name));
    }

    static List<CsvRow> rows(Path file) {
        FileShape shape = ExportFormat.detect(file, file.toString()).orElseThrow();
        List<CsvRow> rows = new ArrayList<>();
        try (RowFile export = shape.open(file, "publications/" + file.getFileName(), 0,
                Source.PUBLICATIONS.requiredColumns(), Source.PUBLICATIONS.columnsRead())) {
            for (Optional<CsvRow> row = export.next(); row.isPresent(); row = export.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private static String value(CsvRow row, String field) {
        return row.value(field).orElse("");
    }

    @Test
    void eachExportIsRecognisedFromTheFileItself() {
        assertThat(Map.of(
                "scopus/scopus-2022-litstudy.csv", "scopus",
                "scopus/scopus-2023-litstudy.csv", "scopus",
                "wos/wos-tab-win-utf8.txt", "wos",
                "wos/wos-tab-win-utf16.txt", "wos",
                "wos/wos-plaintext.txt", "wos-plain-text",
                "openalex/openalex-works-citenets.csv", "openalex")).allSatisfy((file, format) -> {
                    ExportFormat detected = ExportFormat.detect(export(file), file).orElseThrow();
                    assertThat(detected.name()).as(file).isEqualTo(format);
                    assertThat(detected.coarseDates()).isTrue();
                });
        assertThat(ExportFormat.detect(Path.of("src/test/resources/fixtures/small/publications/ucl.csv"), "ucl.csv"))
                .isEmpty();
        assertThat(ExportFormat.detect(export("grants/sfi-grant-commitments.csv"), "sfi.csv")).isEmpty();
    }

    @Test
    void scopus2022RowsWiderThanTheirHeaderKeepDoiYearAndCitationsInPlace() {
        List<CsvRow> rows = rows("scopus/scopus-2022-litstudy.csv");

        assertThat(rows).hasSize(58).allMatch(CsvRow::hasHeaderShape);
        assertThat(rows).allSatisfy(row -> {
            assertThat(value(row, "publication_id")).startsWith("2-s2.0-");
            assertThat(value(row, "publication_date")).matches("\\d{4}");
        });
        assertThat(rows).filteredOn(row -> !value(row, "doi").isEmpty()).hasSize(44)
                .allSatisfy(row -> assertThat(value(row, "doi")).startsWith("10."));
        assertThat(rows).filteredOn(row -> value(row, "citations").isEmpty()).hasSize(15);

        // line 2 has the header's 45 fields; line 6 has 46 (the 3rd record spans lines 4 and 5)
        CsvRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.values()).containsExactly("2-s2.0-27344436659", "Scalable molecular dynamics with NAMD", "2005",
                "Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL 61801, United States; "
                        + "UMR CNRS/UHP 7565, Université Henri Poincaré, 54506 Vandaeuvre-les-Nancy, Cedex, France; "
                        + "Department of Computer Science, Beckman Institute, University of Illinois at "
                        + "Urbana-Champaign, Urbana, IL 61801, United States",
                "10.1002/jcc.20289", "review", "Journal of Computational Chemistry",
                "Biomolecular simulation; Molecular dynamics; Parallel computing", "13169", "", "green");
        CsvRow wide = rows.get(3);
        assertThat(wide.line()).isEqualTo(6);
        assertThat(value(wide, "publication_id")).isEqualTo("2-s2.0-85138069321");
        assertThat(value(wide, "publication_date")).isEqualTo("2022");
        assertThat(value(wide, "doi")).isEqualTo("10.1371/journal.pcbi.1010383");
        assertThat(value(wide, "citations")).isEqualTo("1");
        assertThat(value(wide, "type")).isEqualTo("article");
        assertThat(value(wide, "source_title")).isEqualTo("PLoS Computational Biology");
        assertThat(value(wide, "open_access")).isEqualTo("gold"); // All Open Access, Gold, Green
        assertThat(rows.get(57).line()).isEqualTo(62);
    }

    @Test
    void theExportsColumnsNamingPeopleAreReportedAsIgnored() {
        assertThat(personalData("scopus/scopus-2022-litstudy.csv")).containsExactly("authors", "author(s)_id",
                "authors_with_affiliations", "correspondence_address", "editors");
        assertThat(personalData("wos/wos-tab-win-utf16.txt")).containsExactly("au", "ba", "be", "gp", "af", "bf", "ca",
                "rp", "em", "ri", "oi"); // in the order of the export's header
        assertThat(personalData("openalex/openalex-works-citenets.csv")).containsExactly(
                "authorships.author.display_name", "authorships.author.id", "authorships.author.orcid");
    }

    private static List<String> personalData(String name) {
        Path file = export(name);
        try (RowFile export = ExportFormat.detect(file, name).orElseThrow().open(file, name, 0, List.of(), Set.of())) {
            return export.personalDataColumns();
        }
    }

    @Test
    void scopus2023() {
        List<CsvRow> rows = rows("scopus/scopus-2023-litstudy.csv");

        assertThat(rows).hasSize(88).allMatch(CsvRow::hasHeaderShape)
                .allSatisfy(row -> assertThat(value(row, "doi")).startsWith("10."));
        CsvRow fourth = rows.get(3);
        assertThat(value(fourth, "publication_id")).isEqualTo("2-s2.0-85149757043");
        assertThat(value(fourth, "publication_date")).isEqualTo("2023");
        assertThat(value(fourth, "citations")).isEqualTo("0");
        assertThat(value(fourth, "open_access")).isEmpty(); // blank: unknown, not closed
        assertThat(value(fourth, "keywords")).isEqualTo("Behavioral economics; Motivation; Physical activity; "
                + "Program evaluation; Self determination theory; Virtual intervention");
        // "All Open Access; Green Open Access; Hybrid Gold Open Access" in 11 rows
        assertThat(rows).filteredOn(row -> value(row, "open_access").equals("hybrid")).hasSize(11 + 7);
    }

    @Test
    void webOfScienceTabDelimitedInUtf8AndUtf16() {
        for (String file : List.of("wos/wos-tab-win-utf8.txt", "wos/wos-tab-win-utf16.txt")) {
            List<CsvRow> rows = rows(file);
            assertThat(rows).as(file).hasSize(50).allMatch(CsvRow::hasHeaderShape);
            CsvRow first = rows.get(0);
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.values()).containsExactly("WOS:000220015600001",
                    "Knowledge networks as channels and conduits: The effects of spillovers in the Boston "
                            + "biotechnology community",
                    "2004", // PD is JAN-FEB: a range, the year alone
                    "Univ Michigan, Dept Sociol, Ann Arbor, MI 48104 USA; Stanford Univ, Stanford, CA 94305 USA",
                    "10.1287/orsc.1030.0054", "article", "ORGANIZATION SCIENCE",
                    "knowledge networks; economic geography; spillovers; biotechnology; patenting", "420", "", "");
            // C1 "[Wu, Guanming; ...] Ontario Inst Canc Res Informat & Biocomp, Toronto, ...; [Croft, David; ...] ..."
            assertThat(value(rows.get(2), "institutions"))
                    .startsWith("Ontario Inst Canc Res Informat & Biocomp, Toronto, ON M5G 0A3, Canada; "
                            + "Wellcome Trust Genome Campus, European Bioinformat Inst, Cambridge CB10 1SD, England; ")
                    .doesNotContain("[").doesNotContain("Guanming");
            assertThat(value(rows.get(1), "publication_date")).isEqualTo("2007-01"); // PY 2007, PD JAN
            assertThat(rows).last().satisfies(row -> assertThat(row.line()).isEqualTo(51));
        }
    }

    @Test
    void webOfSciencePlainTextGivesTheTabDelimitedRows() {
        List<CsvRow> plain = rows("wos/wos-plaintext.txt");
        List<CsvRow> tab = rows("wos/wos-tab-win-utf8.txt");

        assertThat(plain).hasSize(50);
        // FN and VR take lines 1 and 2; the first record's PT is line 3, its ER line 107, then a blank line
        assertThat(plain.get(0).line()).isEqualTo(3);
        assertThat(plain.get(1).line()).isEqualTo(109);
        for (int i = 0; i < 50; i++) {
            assertThat(plain.get(i).values()).as("record %d", i + 1).isEqualTo(tab.get(i).values());
        }
    }

    /** Downloads are capped, so people join them with {@code cat}: every record of every part is read. */
    @Test
    void webOfSciencePlainTextJoinedWithCatIsReadThrough(@TempDir Path dir) throws IOException {
        Path one = export("wos/wos-plaintext.txt");
        byte[] bytes = Files.readAllBytes(one);
        Path joined = dir.resolve("all.txt");
        ByteArrayOutputStream cat = new ByteArrayOutputStream();
        cat.write(bytes);
        cat.write(bytes);
        Files.write(joined, cat.toByteArray());
        List<String> lines = Files.readAllLines(one);
        long records = lines.stream().filter(line -> line.equals("ER")).count();

        List<CsvRow> rows = rows(joined);

        assertThat(rows).hasSize((int) (2 * records));
        // the second part's first record is at its own line 3, after all of the first part's lines
        assertThat(rows.get((int) records).line()).isEqualTo(lines.size() + 3);
        assertThat(rows.get((int) records).values()).isEqualTo(rows.get(0).values());
    }

    @Test
    void aWebOfScienceRecordThatLostItsErEndsWhereTheNextStarts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("savedrecs.txt");
        Files.writeString(file, """
                FN Clarivate Analytics Web of Science
                VR 1.0
                PT J
                TI First
                PY 2020
                UT WOS:1
                PT J
                TI Second
                PY 2021
                UT WOS:2
                ER

                EF
                """);

        List<CsvRow> rows = rows(file);

        assertThat(rows).extracting(CsvRow::line).containsExactly(3L, 7L);
        assertThat(rows).extracting(row -> value(row, "publication_id")).containsExactly("WOS:1", "WOS:2");
        assertThat(rows).extracting(row -> value(row, "publication_date")).containsExactly("2020", "2021");
    }

    @Test
    void aWebOfScienceLineBetweenRecordsThatStartsNoneIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("savedrecs.txt");
        Files.writeString(file, "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nUT WOS:1\nER\n"
                + "   stray text\nPT J\nUT WOS:2\nER\nEF\n");

        InputProblem problem = catchThrowableOfType(InputProblem.class, () -> rows(file));

        assertThat(problem.line()).hasValue(6);
        assertThat(problem.reason()).contains("stray text");
    }

    @Test
    void anUndecodableByteInWebOfSciencePlainTextIsNamedAtItsLine(@TempDir Path dir) throws IOException {
        // line 500 of the export, far past the first buffer's worth of text, gets a byte that is no UTF-8
        List<String> lines = Files.readAllLines(export("wos/wos-plaintext.txt"));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            text.write(lines.get(i).getBytes(StandardCharsets.UTF_8));
            if (i + 1 == 500) {
                text.write(0xFF);
            }
            text.write('\n');
        }
        Path file = dir.resolve("savedrecs.txt");
        Files.write(file, text.toByteArray());

        InputProblem problem = catchThrowableOfType(InputProblem.class, () -> rows(file));

        assertThat(problem.line()).hasValue(500);
        assertThat(problem.reason()).endsWith("is not valid UTF-8");
    }

    /** An early-access record has no PY yet; its EA gives the month, in either form of the export. */
    @Test
    void anEarlyAccessRecordIsDatedByItsEa(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("savedrecs.txt");
        Files.writeString(plain, """
                FN Clarivate Analytics Web of Science
                VR 1.0
                PT J
                TI Early
                C1 [Doe, J] George Mason Univ, Fairfax, VA 22030 USA.
                EA JUN 2025
                UT WOS:1
                ER
                PT J
                TI Early, year alone
                C1 [Doe, J] George Mason Univ, Fairfax, VA 22030 USA.
                EA 2025
                UT WOS:2
                ER
                EF
                """);
        Path tab = dir.resolve("savedrecs-tab.txt");
        Files.writeString(tab, "PT\tTI\tC1\tPY\tPD\tEA\tUT\t\n"
                + "J\tEarly\tGeorge Mason Univ, Fairfax, VA 22030 USA\t\t\tJUN 2025\tWOS:1\t\n"
                + "J\tEarly, year alone\tGeorge Mason Univ, Fairfax, VA 22030 USA\t\t\t2025\tWOS:2\t\n"
                + "J\tIn an issue\tGeorge Mason Univ, Fairfax, VA 22030 USA\t2026\tJAN\tJUN 2025\tWOS:3\t\n");

        assertThat(rows(plain)).extracting(row -> value(row, "publication_date")).containsExactly("2025-06", "2025");
        assertThat(rows(tab)).extracting(row -> value(row, "publication_date"))
                .containsExactly("2025-06", "2025", "2026-01"); // PY, where there is one, wins
    }

    @Test
    void webOfScienceDates() {
        assertThat(WebOfScience.date("2010", "JUL")).isEqualTo("2010-07");
        assertThat(WebOfScience.date("2010", "FEB 1")).isEqualTo("2010-02-01");
        assertThat(WebOfScience.date("2010", "NOV 24")).isEqualTo("2010-11-24");
        assertThat(WebOfScience.date("2010", "")).isEqualTo("2010");
        assertThat(WebOfScience.date("2010", "MAR-APR")).isEqualTo("2010");
        assertThat(WebOfScience.date("2010", "SPR")).isEqualTo("2010");
        assertThat(WebOfScience.date("2010", "WIN")).isEqualTo("2010");
        assertThat(WebOfScience.date("", "JUL")).isEmpty();
        assertThat(WebOfScience.earlyAccess("JUN 2025")).isEqualTo("2025-06");
        assertThat(WebOfScience.earlyAccess("2025")).isEqualTo("2025");
        assertThat(WebOfScience.earlyAccess("")).isEmpty();
    }

    @Test
    void openAlex() {
        List<CsvRow> rows = rows("openalex/openalex-works-citenets.csv");

        assertThat(rows).hasSize(1508).allMatch(CsvRow::hasHeaderShape);
        CsvRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.values()).containsExactly("https://openalex.org/W2769342982",
                "Open University Learning Analytics dataset", "2017-11-28",
                "The Open University; Czech Technical University in Prague; The Open University; The Open University; "
                        + "Czech Technical University in Prague",
                "https://doi.org/10.1038/sdata.2017.171", "article", "Scientific Data", "Online Learning and Analytics",
                "432", "28.2107", "gold");
        // line 29: a name with " | " in it stays one institution
        CsvRow dipf = rows.stream().filter(row -> row.line() == 29).findFirst().orElseThrow();
        assertThat(value(dipf, "publication_id")).isEqualTo("https://openalex.org/W4312863249");
        assertThat(value(dipf, "institutions")).isEqualTo("Norwegian University of Science and Technology; "
                + "University of Copenhagen; DIPF | Leibniz Institute for Research and Information in Education; "
                + "Norwegian University of Science and Technology; New York University; University of East London");
        // line 141: a dissertation, fwci NA, no source
        CsvRow dissertation = rows.stream().filter(row -> row.line() == 141).findFirst().orElseThrow();
        assertThat(value(dissertation, "type")).isEqualTo("other");
        assertThat(value(dissertation, "fwci")).isEmpty();
        assertThat(value(dissertation, "source_title")).isEmpty();
        assertThat(rows).filteredOn(row -> value(row, "fwci").isEmpty()).hasSize(117);
        // every type but article (1128 rows), preprint (100), book-chapter (83) and review (52)
        assertThat(rows).filteredOn(row -> value(row, "type").equals("other")).hasSize(1508 - 1128 - 100 - 83 - 52);
    }

    /**
     * Each example's partners are found together, by the job's reader and matcher, in exactly the
     * records whose affiliations a plain reading of the raw file finds both names in.
     */
    @Test
    void eachExamplesPartnersAreFoundWhereTheRawFileNamesBoth() throws IOException {
        assertThat(jointIds("scopus-2022", "scopus/scopus-2022-litstudy.csv")).containsExactlyInAnyOrderElementsOf(
                ids(RawExports.scopus("scopus/scopus-2022-litstudy.csv", "Georgia Southern University",
                        "New York City College of Technology"))).hasSize(2);
        assertThat(jointIds("scopus-2023", "scopus/scopus-2023-litstudy.csv")).containsExactlyInAnyOrderElementsOf(
                ids(RawExports.scopus("scopus/scopus-2023-litstudy.csv", "University of Technology Sydney",
                        "The University of Sydney"))).hasSize(1);
        List<String> wos = ids(RawExports.webOfSciencePlainText("wos/wos-plaintext.txt", "George Mason Univ", "NASA"));
        assertThat(wos).hasSize(2);
        for (String file : List.of("wos/wos-plaintext.txt", "wos/wos-tab-win-utf8.txt", "wos/wos-tab-win-utf16.txt")) {
            assertThat(jointIds("wos", file)).as(file).containsExactlyInAnyOrderElementsOf(wos);
        }
        assertThat(jointIds("openalex", "openalex/openalex-works-citenets.csv")).containsExactlyInAnyOrderElementsOf(
                ids(RawExports.openAlex("openalex/openalex-works-citenets.csv", "Universidade Federal de Santa Catarina",
                        "University of Valparaíso"))).hasSize(10);
    }

    private static List<String> ids(List<RawExports.Joint> joint) {
        return joint.stream().map(RawExports.Joint::id).toList();
    }

    /** The ids of the export's rows whose institutions match both partners of the example. */
    private static List<String> jointIds(String example, String export) {
        AffiliationMatcher matcher = new AffiliationMatcher(ConfigLoader.load(
                Path.of("docs/examples", example, "partnership.yml"), "partnership.yml").partners());
        return rows(export).stream()
                .filter(row -> AffiliationMatcher.isJoint(matcher.partnersOfList(value(row, "institutions"))))
                .map(row -> value(row, "publication_id")).toList();
    }

    @Test
    void openAccessColours() {
        assertThat(ExportFormat.openAccess("All Open Access; Gold Open Access; Green Open Access")).isEqualTo("gold");
        assertThat(ExportFormat.openAccess("All Open Access, Green")).isEqualTo("green");
        assertThat(ExportFormat.openAccess("All Open Access; Green Open Access; Hybrid Gold Open Access"))
                .isEqualTo("hybrid");
        assertThat(ExportFormat.openAccess("All Open Access, Bronze, Green")).isEqualTo("bronze");
        assertThat(ExportFormat.openAccess("gold, Green Published")).isEqualTo("gold");
        assertThat(ExportFormat.openAccess("Green Accepted")).isEqualTo("green");
        assertThat(ExportFormat.openAccess("diamond")).isEqualTo("diamond");
        assertThat(ExportFormat.openAccess("closed")).isEqualTo("closed");
        assertThat(ExportFormat.openAccess("")).isEmpty();
        assertThat(ExportFormat.openAccess("All Open Access")).isEmpty();
        assertThat(ExportFormat.openAccess("Free to read")).isEqualTo("Free to read"); // to be rejected, naming it
    }

    @Test
    void openAlexInstitutionLists() {
        assertThat(OpenAlex.institutions("A|B | C|D|")).isEqualTo("A; B | C; D");
        assertThat(OpenAlex.institutions("A; Lab|B")).isEqualTo("A, Lab; B");
        assertThat(OpenAlex.institutions("")).isEmpty();
    }
}

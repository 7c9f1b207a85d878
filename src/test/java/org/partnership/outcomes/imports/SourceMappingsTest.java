package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvFile;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;

class SourceMappingsTest {

    @TempDir
    Path tmp;

    private static final String REGISTER = """
            sources:
              grants:
                - files: "register-*.tsv"
                  delimiter: tab
                  columns:
                    grant_id: Proposal ID
                    title: Proposal Title
                    funder: Funder Name
                    lead_institution: Research Body
                    decision_date: Start Date
                    amount: Amount
                    themes: Topics
                  constants:
                    funding_type: external
                    currency: EUR
                  date-formats: [dd/MM/yyyy, yyyy-MM-dd]
                  list-separator: "|"
                  thousands-separator: ","
                  values:
                    status:
                      awarded: [Awarded, Funded, Approved]
                      submitted: [Submitted]
            """;

    @Test
    void readsAFileNotInTheJobsShapeAsIfItWere() throws IOException {
        SourceMappings mappings = load(REGISTER);
        Path file = write("register-2026.tsv", "Proposal ID\tProposal Title\tFunder Name\tResearch Body\tStart Date"
                + "\tAmount\tTopics\tStatus\tNotes\n"
                + "G1\tLiver organoids\tSFI\tTCD\t31/12/2026\t\"$99,836.00\"\tquantum|robotics\tFunded\tx\n"
                + "G2\tA bad date\tSFI\tUCD\t31/02/2026\t5\t\tSubmitted\t\n");

        Optional<FileShape> shape = mappings.of(Source.GRANTS, "register-2026.tsv");
        assertThat(shape).isPresent();
        assertThat(mappings.of(Source.GRANTS, "other.tsv")).isEmpty();
        assertThat(mappings.of(Source.PHDS, "register-2026.tsv")).isEmpty();

        List<CsvRow> rows = read(file, shape.get());
        CsvRow g1 = rows.get(0);
        assertThat(g1.hasHeaderShape()).isTrue();
        assertThat(g1.value("grant_id")).contains("G1");
        assertThat(g1.value("title")).contains("Liver organoids");
        assertThat(g1.value("decision_date")).contains("2026-12-31");
        assertThat(g1.value("amount")).contains("99836.00");
        assertThat(g1.value("themes")).contains("quantum;robotics");
        assertThat(g1.value("status")).contains("awarded");
        assertThat(g1.value("funding_type")).contains("external");
        assertThat(g1.value("currency")).contains("EUR");

        CsvRow g2 = rows.get(1); // ends in an empty field: still the header's shape
        assertThat(g2.hasHeaderShape()).isTrue();
        assertThat(g2.line()).isEqualTo(3);
        assertThat(g2.value("decision_date")).contains("31/02/2026"); // no such day: left for the processor to reject
        assertThat(g2.value("status")).contains("submitted");
    }

    @Test
    void aRowWithAFieldTooManyIsStillRefused() throws IOException {
        SourceMappings mappings = load(REGISTER);
        Path file = write("register-1.tsv", "Proposal ID\tProposal Title\tFunder Name\tResearch Body\tStart Date"
                + "\tAmount\tTopics\tStatus\n"
                + "G1\tT\tF\tB\t01/01/2026\t1\t\tAwarded\tEXTRA\n");

        assertThat(read(file, mappings.of(Source.GRANTS, "register-1.tsv").orElseThrow()).get(0).hasHeaderShape())
                .isFalse();
    }

    @Test
    void refusesAMappedColumnMissingFromTheFileNamingTheKey() throws IOException {
        SourceMappings mappings = load(REGISTER);
        Path file = write("register-1.tsv", "Proposal ID\tTitle\n");

        assertThatThrownBy(() -> read(file, mappings.of(Source.GRANTS, "register-1.tsv").orElseThrow()))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.CONFIGURATION))
                .hasMessage("partnership.yml: sources.grants[0].columns.title: column 'Proposal Title' is not in the"
                        + " header of grants/register-1.tsv");
    }

    @Test
    void refusesMistakesBeforeAnythingRunsNamingTheKey() {
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      columns:\n        grant_idd: ID\n",
                "partnership.yml: sources.grants[0].columns.grant_idd: not a field of this source");
        assertProblem("sources:\n  grants:\n    - columns:\n        grant_id: ID\n",
                "partnership.yml: sources.grants[0].files: missing");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      delimiter: ';;'\n",
                "partnership.yml: sources.grants[0].delimiter: ';;' is not one character");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      date-formats: [dd/MM/yyyy, 'yyyy-MM-dd{']\n",
                "partnership.yml: sources.grants[0].date-formats[1]: 'yyyy-MM-dd{' is not a date pattern");
        assertProblem("sources:\n  grant:\n    - files: '*.csv'\n", "partnership.yml: sources.grant");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      encoding: NOPE-8\n",
                "partnership.yml: sources.grants[0].encoding");
    }

    @Test
    void aFileThatQuotesNothingKeepsItsQuotesAsText() throws IOException {
        SourceMappings mappings = load("""
                sources:
                  grants:
                    - files: "*.tsv"
                      delimiter: tab
                      quote: none
                """);
        Path file = write("register.tsv", "grant_id\ttitle\tfunder\tfunding_type\tstatus\n"
                + "G1\t\"Smart\" dust\tNSF\texternal\tsubmitted\n"
                + "G2\t\"Unclosed quote\tNSF\texternal\tsubmitted\n"
                + "G3\tPlain\tNSF\texternal\tsubmitted\n");

        List<CsvRow> rows = read(file, mappings.of(Source.GRANTS, "register.tsv").orElseThrow());

        assertThat(rows).extracting(row -> row.value("title").orElseThrow())
                .containsExactly("\"Smart\" dust", "\"Unclosed quote", "Plain");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void anotherQuoteCharacterQuotesFields() throws IOException {
        SourceMappings mappings = load("sources:\n  grants:\n    - files: '*.csv'\n      quote: \"'\"\n");
        Path file = write("register.csv", "grant_id,title,funder,funding_type,status\n"
                + "G1,'Dust, smart',\"NSF\",external,submitted\n");

        CsvRow row = read(file, mappings.of(Source.GRANTS, "register.csv").orElseThrow()).get(0);

        assertThat(row.value("title")).contains("Dust, smart");
        assertThat(row.value("funder")).contains("\"NSF\"");
    }

    @Test
    void aDefaultFillsBlankCellsAndAColumnTheFileLacks() throws IOException {
        SourceMappings mappings = load("""
                sources:
                  grants:
                    - files: "*.csv"
                      columns:
                        grant_id: Ref
                      defaults:
                        currency: EUR
                        funding_type: external
                """);
        // the file has a currency column, some cells blank; it has no funding_type column at all
        Path file = write("register.csv", "Ref,title,funder,status,amount,currency\n"
                + "G1,A,SFI,awarded,10,GBP\n"
                + "G2,B,SFI,awarded,20,\n"
                + "G3,C,SFI,awarded,30\n");

        List<CsvRow> rows = read(file, mappings.of(Source.GRANTS, "register.csv").orElseThrow());

        assertThat(rows.subList(0, 2)).allMatch(CsvRow::hasHeaderShape);
        assertThat(rows.subList(0, 2)).extracting(row -> row.value("currency").orElseThrow())
                .containsExactly("GBP", "EUR");
        assertThat(rows.subList(0, 2)).extracting(row -> row.value("funding_type").orElseThrow())
                .containsExactly("external", "external");
        assertThat(rows.get(2).hasHeaderShape()).as("a row a field short is still refused").isFalse();
    }

    @Test
    void aColumnNamedLikeAConstantIsNotRead() throws IOException {
        SourceMappings mappings = load("sources:\n  grants:\n    - files: '*.csv'\n      constants:\n"
                + "        status: awarded\n");
        Path file = write("register.csv", "grant_id,title,funder,funding_type,status\nG1,A,SFI,external,Live\n");

        CsvRow row = read(file, mappings.of(Source.GRANTS, "register.csv").orElseThrow()).get(0);

        assertThat(row.hasHeaderShape()).isTrue();
        assertThat(row.value("status")).contains("awarded");
    }

    @Test
    void refusesABadQuoteOrDefaultNamingTheKey() {
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      quote: '<<'\n",
                "partnership.yml: sources.grants[0].quote: '<<' is not one character (or 'none')");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      delimiter: tab\n      quote: \"\\t\"\n",
                "partnership.yml: sources.grants[0].quote: '\t' is the delimiter or a line break");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      defaults:\n        currancy: EUR\n",
                "partnership.yml: sources.grants[0].defaults.currancy: not a field of this source");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      defaults:\n        currency: ''\n",
                "partnership.yml: sources.grants[0].defaults.currency: blank");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      constants:\n        currency: EUR\n"
                + "      defaults:\n        currency: USD\n",
                "partnership.yml: sources.grants[0].defaults.currency: the field is a constant too");
    }

    @Test
    void aConfigurationWithoutSourcesHasNoMappings() throws IOException {
        assertThat(load("fiscal-year-start-month: 4\n").mappings()).isEmpty();
    }

    @Test
    void aSourceFolderTakesTheFilesAMappingReadsWhateverTheirNamesEndWith() throws IOException {
        SourceMappings mappings = load(REGISTER);
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("publications"));
        Files.createDirectories(input.resolve("grants"));
        Files.createDirectories(input.resolve("phds"));
        Files.writeString(input.resolve("fx-rates.csv"), "currency,date,rate\n");
        Files.writeString(input.resolve("publications/a.csv"), "publication_id,title,publication_date,institutions\n");
        Files.writeString(input.resolve("phds/a.csv"), "student_ref,start_date,status\n");
        Files.writeString(input.resolve("grants/register-1.tsv"), "Proposal ID\tProposal Title\tFunder Name"
                + "\tResearch Body\tStart Date\tAmount\tTopics\tStatus\n");
        Files.writeString(input.resolve("grants/notes.txt"), "not an input\n");

        InputFiles files = InputFiles.discover(input, mappings);

        assertThat(files.of(Source.GRANTS)).extracting(InputFile::name).containsExactly("grants/register-1.tsv");
        assertThat(files.of(Source.GRANTS).get(0).shape()).isInstanceOf(SourceMapping.class);
        assertThat(files.of(Source.PUBLICATIONS).get(0).shape()).isSameAs(FileShape.OWN);
    }

    @Test
    void refusesAFormatKeyItCannotUseNamingTheKey() {
        assertProblem("sources:\n  publications:\n    - files: '*.csv'\n      format: pubmed\n",
                "partnership.yml: sources.publications[0].format: 'pubmed' is not a built-in format (formats: scopus,"
                        + " wos, wos-plain-text, openalex)");
        assertProblem("sources:\n  grants:\n    - files: '*.csv'\n      format: scopus\n",
                "partnership.yml: sources.grants[0].format: the built-in formats are publication exports");
        assertProblem("sources:\n  publications:\n    - files: '*.csv'\n      format: scopus\n      columns:\n"
                + "        title: Title\n", "partnership.yml: sources.publications[0].format: a built-in format reads");
    }

    private void assertProblem(String yaml, String messageStart) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.CONFIGURATION))
                .hasMessageStartingWith(messageStart)
                .hasMessageNotContaining("\n");
    }

    private SourceMappings load(String yaml) throws IOException {
        Path config = tmp.resolve("partnership.yml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        return SourceMappings.load(config, "partnership.yml");
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CsvRow> read(Path file, FileShape shape) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, "grants/" + file.getFileName(), 0, Source.GRANTS.requiredColumns(),
                Source.GRANTS.columnsRead(), shape)) {
            for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}

package org.partnership.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;

/** A publications folder takes the exports as people download them, and refuses a file in no known shape. */
class ExportDiscoveryTest {

    @TempDir
    Path tmp;

    private Path input;

    @BeforeEach
    void folders() throws IOException {
        input = tmp.resolve("input");
        Files.createDirectories(input.resolve("publications"));
        Files.createDirectories(input.resolve("grants"));
        Files.createDirectories(input.resolve("phds"));
        Files.writeString(input.resolve("fx-rates.csv"), "currency,date,rate\n");
        Files.writeString(input.resolve("grants/a.csv"), "grant_id,title,funder,funding_type,status\n");
        Files.writeString(input.resolve("phds/a.csv"), "student_ref,start_date,status\n");
    }

    @Test
    void exportsAreTakenAsDownloadedBesideFilesInTheJobsShape() throws IOException {
        Files.writeString(input.resolve("publications/ucl.csv"), "publication_id,title,publication_date,institutions\n");
        copy("scopus/scopus-2022-litstudy.csv", "publications/scopus.csv");
        copy("wos/wos-plaintext.txt", "publications/savedrecs.txt");
        copy("wos/wos-tab-win-utf16.txt", "publications/savedrecs (1).txt");
        copy("openalex/openalex-works-citenets.csv", "publications/works.csv");
        Files.writeString(input.resolve("grants/notes.txt"), "not an input\n");

        InputFiles files = InputFiles.discover(input, load(""));

        assertThat(files.of(Source.PUBLICATIONS)).extracting(InputFile::name).containsExactly(
                "publications/savedrecs (1).txt", "publications/savedrecs.txt", "publications/scopus.csv",
                "publications/ucl.csv", "publications/works.csv");
        assertThat(files.of(Source.PUBLICATIONS)).extracting(f -> f.shape().sourceKind())
                .containsExactly("wos", "wos", "scopus", "cris", "openalex");
        assertThat(files.of(Source.PUBLICATIONS).get(3).shape()).isSameAs(FileShape.OWN);
        assertThat(files.of(Source.GRANTS)).extracting(InputFile::name).containsExactly("grants/a.csv");
    }

    @Test
    void aTextFileInNoKnownShapeStopsTheRunSayingWhatWasExpected() throws IOException {
        Files.writeString(input.resolve("publications/ucl.csv"), "publication_id,title,publication_date,institutions\n");
        Files.writeString(input.resolve("publications/notes.txt"), "Exported on Monday\n");

        assertThatThrownBy(() -> InputFiles.discover(input, load("")))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.INPUT))
                .hasMessage("publications/notes.txt: is neither in the job's shape (columns publication_id, title,"
                        + " publication_date, institutions, ...) nor a Scopus, Web of Science or OpenAlex export; map its"
                        + " columns under sources.publications in partnership.yml (see docs/imports.md), or move it"
                        + " out of publications/");
    }

    @Test
    void aCsvFileWithoutTheJobsColumnsSaysHowToMapIt() throws IOException {
        Files.writeString(input.resolve("publications/cris.csv"), "Output ID,Title,Published,Organisations\n");

        assertThatThrownBy(() -> InputFiles.discover(input, load("")))
                .hasMessage("publications/cris.csv, line 1: required columns publication_id, publication_date,"
                        + " institutions missing from the header (is the header row there?); nor is it a Scopus, Web of"
                        + " Science or OpenAlex export; another system's file is read by mapping its columns under"
                        + " sources.publications in partnership.yml (see docs/imports.md)");
    }

    @Test
    void partnershipYmlNamesTheFormatOfFilesItDoesNotRecognise() throws IOException {
        // the tab-delimited export's header without its first tag, PT, by which it is recognised
        String export = Files.readString(export("wos/wos-tab-win-utf8.txt"), StandardCharsets.UTF_8);
        String header = export.substring(0, export.indexOf('\n') + 1);
        Files.writeString(input.resolve("publications/records.tsv"), header.replace("PT\t", ""));

        InputFiles files = InputFiles.discover(input, load("""
                sources:
                  publications:
                    - files: "*.tsv"
                      format: wos
                """));

        assertThat(files.of(Source.PUBLICATIONS).get(0).shape()).isSameAs(WebOfScience.TAB_DELIMITED);
    }

    @Test
    void aFileThatDoesNotFitTheFormatNamedIsRefusedNamingTheFormat() throws IOException {
        Files.writeString(input.resolve("publications/ucl.csv"), "publication_id,title,publication_date,institutions\n");

        assertThatThrownBy(() -> InputFiles.discover(input, load("""
                sources:
                  publications:
                    - files: "*.csv"
                      format: scopus
                """))).hasMessage("publications/ucl.csv, line 1: read as a Scopus CSV export: required columns eid, year,"
                + " affiliations missing from the header (is the header row there?)");
    }

    private SourceMappings load(String yaml) throws IOException {
        Path config = tmp.resolve("partnership.yml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        return SourceMappings.load(config, "partnership.yml");
    }

    private static Path export(String name) {
        return BibliographicExportsTest.export(name);
    }

    private void copy(String export, String to) throws IOException {
        Files.copy(export(export), input.resolve(to));
    }
}

package org.partnership.outcomes.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.config.Enrichment;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingFolder;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.staging.StagingFile;

/**
 * Enrichment by DOI across sources (docs/metrics.md, "Enrichment"): a CRIS export in the job's own
 * shape, a Scopus export with years alone and an OpenAlex export hold some publications in common;
 * each field comes from the kind of source ranked first for it among the rows that give one.
 */
class PublicationEnrichmentTest {

    private final StagingFolder db = new StagingFolder();

    @AfterEach
    void close() {
        db.close();
    }

    private static FileShape kind(String kind) {
        return new FileShape() {
            @Override
            public String sourceKind() {
                return kind;
            }

            @Override
            public boolean coarseDates() {
                return true;
            }
        };
    }

    private final List<InputFile> exports = List.of(
            new InputFile(Source.PUBLICATIONS, 1, "publications/a-cris.csv", Path.of("a.csv")),
            new InputFile(Source.PUBLICATIONS, 2, "publications/b-scopus.csv", Path.of("b.csv"), kind("scopus")),
            new InputFile(Source.PUBLICATIONS, 3, "publications/c-openalex.csv", Path.of("c.csv"), kind("openalex")));
    private final InputFiles files = new InputFiles(Path.of("input"), exports);

    /** {@code date} as written (2024, 2024-03 or 2024-03-10); a null citations is blank. */
    private void stage(int file, int line, String doi, String date, Long citations, String fwci, String openAccess) {
        DatePrecision precision = DatePrecision.ofWritten(date);
        String first = precision == DatePrecision.YEAR ? date + "-01-01"
                : precision == DatePrecision.MONTH ? date + "-01" : date;
        var path = db.area().accepted(StagingFolder.RUN_ID, exports.get(file - 1));
        try (var staging = StagingFile.append(path, path.toFile().length(), new PublicationCodec())) {
            staging.add(file, line, new Publication("", doi, "doi:" + doi, "T " + doi, LocalDate.parse(first),
                    precision, Optional.empty(), Optional.empty(), 0b11, 0,
                    citations == null ? Publication.UNKNOWN : citations,
                    Optional.ofNullable(fwci).map(BigDecimal::new), Optional.ofNullable(openAccess)));
            staging.flush();
        }
    }

    /**
     * x: in the CRIS and Scopus. y: Scopus alone. z: the CRIS alone. w: in all three; only OpenAlex
     * gives citations (0, which is known), and its date is the earliest.
     */
    private void stageTheExports() {
        stage(1, 2, "10.1/x", "2024-03-10", 5L, "1.0", "closed");
        stage(1, 3, "10.1/z", "2022-01-05", 1L, null, null);
        stage(1, 4, "10.1/w", "2021-07-01", null, null, "green");
        stage(2, 2, "10.1/x", "2024", 9L, "2.0", null);
        stage(2, 3, "10.1/y", "2023", 4L, null, null);
        stage(2, 4, "10.1/w", "2021", null, null, null);
        stage(3, 2, "10.1/w", "2021-06-15", 0L, null, "gold");
    }

    private Map<String, MergedPublication> merge(Enrichment enrichment, List<PublicationMerger.Contribution> into) {
        List<MergedPublication> merged = new ArrayList<>();
        into.addAll(PublicationMerger.mergeAll(db.area(), files, StagingFolder.RUN_ID, enrichment, merged::add));
        return merged.stream().collect(Collectors.toMap(MergedPublication::doi, Function.identity()));
    }

    @Test
    void byDefaultDatesComeFromTheCrisAndCitationsFwciAndOpenAccessFromTheDatabases() {
        stageTheExports();
        List<PublicationMerger.Contribution> contributions = new ArrayList<>();

        Map<String, MergedPublication> merged = merge(Enrichment.DEFAULT, contributions);

        MergedPublication x = merged.get("10.1/x");
        assertThat(x.date()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(x.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(x.dateSource()).isEqualTo(1);
        assertThat(x.citations()).isEqualTo(9); // Scopus before the CRIS
        assertThat(x.fwci()).contains(new BigDecimal("2.0"));
        assertThat(x.openAccess()).contains("closed"); // Scopus gives none
        MergedPublication w = merged.get("10.1/w");
        assertThat(w.date()).isEqualTo(LocalDate.of(2021, 7, 1)); // the CRIS's, though OpenAlex's is earlier
        assertThat(w.citations()).isZero();
        assertThat(w.openAccess()).contains("gold");
        assertThat(w.rowsMerged()).isEqualTo(3);
        assertThat(merged.get("10.1/y").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(merged.get("10.1/y").dateSource()).isEqualTo(2);

        // a: x (date, open access), w (date) enriched, z alone; b: x (citations, FWCI), y alone;
        // c: w (citations, open access)
        assertThat(contributions).extracting(c -> c.file().name() + " " + c.contributed() + " " + c.enriched()
                + " " + c.alone()).containsExactly("publications/a-cris.csv 3 2 1",
                "publications/b-scopus.csv 3 1 1", "publications/c-openalex.csv 1 1 0");
    }

    @Test
    void aConfiguredRankingDecidesAndAPlacingDateStillWinsOverAYearAlone() {
        stageTheExports();
        // dates from OpenAlex, then Scopus, then the CRIS; citations from the CRIS first
        Enrichment ranking = new Enrichment(List.of("openalex", "scopus", "cris"), List.of("cris", "scopus"),
                Enrichment.DEFAULT.fwci(), Enrichment.DEFAULT.openAccess());
        List<PublicationMerger.Contribution> contributions = new ArrayList<>();

        Map<String, MergedPublication> merged = merge(ranking, contributions);

        MergedPublication x = merged.get("10.1/x");
        assertThat(x.date()).isEqualTo(LocalDate.of(2024, 3, 10)); // Scopus ranks first but gives a year alone
        assertThat(x.citations()).isEqualTo(5);
        assertThat(x.fwci()).contains(new BigDecimal("2.0"));
        MergedPublication w = merged.get("10.1/w");
        assertThat(w.date()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(w.dateSource()).isEqualTo(3);
        assertThat(w.citations()).isZero(); // OpenAlex, unranked, is the only one that gives them

        // a: x (date, citations, open access); b: x (FWCI), y alone; c: w (date, citations, open access)
        assertThat(contributions).extracting(c -> c.file().name() + " " + c.contributed() + " " + c.enriched()
                + " " + c.alone()).containsExactly("publications/a-cris.csv 3 1 1",
                "publications/b-scopus.csv 3 1 1", "publications/c-openalex.csv 1 1 0");
    }
}

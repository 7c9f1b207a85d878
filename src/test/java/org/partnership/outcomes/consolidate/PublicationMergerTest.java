package org.partnership.outcomes.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingFolder;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.staging.StagingFile;

/**
 * The duplicate rules of REQUIREMENTS §4, whatever order staging hands the rows back in: the
 * rows below are staged last line first, and a publication's rows are spread over two exports,
 * which are merged apart and then folded together.
 */
class PublicationMergerTest {

    private final StagingFolder db = new StagingFolder();

    @AfterEach
    void close() {
        db.close();
    }

    /** Two exports, as the publications step stages them: one staging file each. */
    private final List<InputFile> exports = List.of(
            new InputFile(Source.PUBLICATIONS, 1, "publications/a.csv", Path.of("a.csv")),
            new InputFile(Source.PUBLICATIONS, 2, "publications/b.csv", Path.of("b.csv")));
    private final InputFiles files = new InputFiles(Path.of("input"), exports);

    private void stage(int file, int line, String key, String title, String date, String type, long partners,
            long themes, long citations, String fwci, String openAccess) {
        var path = db.area().accepted(StagingFolder.RUN_ID, exports.get(file - 1));
        try (var staging = StagingFile.append(path, path.toFile().length(), new PublicationCodec())) {
            staging.add(file, line, new Publication("", "", key, title, LocalDate.parse(date), DatePrecision.DAY,
                    Optional.ofNullable(type),
                    Optional.empty(), partners, themes, citations, Optional.ofNullable(fwci).map(BigDecimal::new),
                    Optional.ofNullable(openAccess)));
            staging.flush();
        }
    }

    @Test
    void mergesRowsWithOneKeyAsTheRulesSay() {
        // file 2 line 5, file 2 line 3, file 1 line 9: reading order is file 1 line 9 first
        stage(2, 5, "doi:10.1/a", "Third", "2024-03-01", null, 0b10, 0b001, 4, "2.5", "gold");
        stage(2, 3, "doi:10.1/a", "Second", "2024-01-15", "review", 0b01, 0b100, 9, null, "closed");
        stage(1, 9, "doi:10.1/a", "First", "2024-02-01", null, 0b01, 0, 7, "1.0", null);
        stage(1, 2, "title:other|2024", "Other", "2024-05-01", "article", 0b01, 0, 1, null, null);

        List<MergedPublication> merged = PublicationMerger.mergeAll(db.area(), files, StagingFolder.RUN_ID);

        assertThat(merged).extracting(MergedPublication::dedupeKey).containsExactly("title:other|2024", "doi:10.1/a");
        MergedPublication a = merged.get(1);
        assertThat(a.rowsMerged()).isEqualTo(3);
        assertThat(a.title()).isEqualTo("First");
        assertThat(a.doi()).isEqualTo("10.1/a");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 15)); // the earliest
        assertThat(a.citations()).isEqualTo(9); // the highest
        assertThat(a.fwci()).contains(new BigDecimal("2.5")); // the highest
        // the first known status in reading order: file 1 line 9 has none, file 2 line 3 says closed
        assertThat(a.openAccess()).isEqualTo(Optional.of("closed"));
        assertThat(a.type()).contains("review");
        assertThat(a.partners()).isEqualTo(0b11);
        assertThat(a.isJoint()).isTrue();
        assertThat(a.themes()).isEqualTo(0b101);
        assertThat(merged.get(0).doi()).isEmpty();
    }
}

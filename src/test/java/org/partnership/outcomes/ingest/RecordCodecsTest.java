package org.partnership.outcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.ingest.fx.FxRate;
import org.partnership.outcomes.ingest.fx.FxRateCodec;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantCodec;
import org.partnership.outcomes.ingest.phd.PhdCodec;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingFile;

/** Every source's records come back from staging field for field, with every optional field set and unset. */
class RecordCodecsTest {

    @TempDir
    Path tmp;

    @Test
    void publications() {
        var full = new Publication("", "10.1/x", "doi:10.1/x", "A title", LocalDate.of(2025, 2, 1), DatePrecision.YEAR,
                Optional.of("article"),
                Optional.of("Lancet"), 0b11, 0b101, 42, Optional.of(new BigDecimal("1.25")), Optional.of("gold"));
        var bare = new Publication("", "", "title:atitle|2025", "A title", LocalDate.of(2025, 2, 1), DatePrecision.DAY,
                Optional.empty(), Optional.empty(), 0, 0, Publication.UNKNOWN, Optional.empty(), Optional.empty());
        assertThat(roundTrip(new PublicationCodec(), full, bare)).containsExactly(full, bare);
    }

    @Test
    void grants() {
        var full = new Grant("G1", "Title", "Funder", Optional.of("Scheme"), "external", Optional.of("UCL"),
                Optional.of("IISc"), 0b10, "awarded", Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.of(new BigDecimal("1000.50")), Optional.of("INR"), Optional.of(new BigDecimal("9.504750")),
                Optional.of("G0"));
        var bare = new Grant("G2", "Title", "Funder", Optional.empty(), "seed", Optional.empty(), Optional.empty(), 0,
                "submitted", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(roundTrip(new GrantCodec(), full, bare)).containsExactly(full, bare);
    }

    @Test
    void phdStudents() {
        var full = new PhdStudent("P1", Optional.of("cotutelle"), Optional.of("UCL"), Optional.of("IISc"), 0b1,
                LocalDate.of(2021, 9, 1), Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.of(LocalDate.of(2025, 7, 1)), "awarded", new BigDecimal("0.5"), Optional.of("industry"));
        var bare = new PhdStudent("P2", Optional.empty(), Optional.empty(), Optional.empty(), 0,
                LocalDate.of(2021, 9, 1), Optional.empty(), Optional.empty(), Optional.empty(), "active",
                BigDecimal.ONE, Optional.empty());
        assertThat(roundTrip(new PhdCodec(), full, bare)).containsExactly(full, bare);
    }

    @Test
    void exchangeRatesAndRejects() {
        var rate = new FxRate("INR", LocalDate.of(2026, 7, 1), new BigDecimal("0.0095"));
        assertThat(roundTrip(new FxRateCodec(), rate)).containsExactly(rate);
        var reject = new Reject("grants/register.csv", 3, 17, "G9", "amount", "-5", "amount must not be negative");
        var bare = new Reject("phds/students.csv", 4, 2, "", "", "", "broken quoting");
        assertThat(roundTrip(RejectStore.CODEC, reject, bare)).containsExactly(reject, bare);
    }

    @SafeVarargs
    private <T> List<T> roundTrip(RecordCodec<T> codec, T... records) {
        Path file = tmp.resolve(codec.getClass().getSimpleName() + ".bin");
        try (StagingFile<T> staging = StagingFile.append(file, 0, codec)) {
            for (T record : records) {
                staging.add(0, 2, record);
            }
            staging.flush();
        }
        List<T> read = new ArrayList<>();
        StagingFile.forEach(file, codec, staged -> read.add(staged.record()));
        return read;
    }
}

package org.partnership.outcomes.ingest.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.ingest.CsvRows;
import org.partnership.outcomes.ingest.Ingested;
import org.partnership.outcomes.ingest.Reject;

/** Publication rows (REQUIREMENTS §3 publications, §4 matching, themes and duplicates, §6 rejects). */
class PublicationProcessorTest {

    private static final String FILE = "publications/ucl.csv";
    private static final String HEADER = "publication_id,doi,title,publication_date,type,source_title,institutions,"
            + "themes,keywords,citations,fwci,open_access";

    private static final long UCL = 1;
    private static final long IISC = 2;
    private static final long QUANTUM = 1;
    private static final long ROBOTICS = 2;
    private static final long HEALTH_AI = 4;

    private static final PartnershipConfig CONFIG = new PartnershipConfig(
            List.of(new Partner("ucl", "University College London", List.of("02jx3x895"),
                            List.of("University College London", "UCL"), List.of("University College London Hospitals")),
                    new Partner("iisc", "Indian Institute of Science, Bengaluru", List.of("04dese585"),
                            List.of("Indian Institute of Science", "IISc Bangalore"),
                            List.of("Indian Institute of Science Education and Research"))),
            List.of(new Theme("quantum", "Quantum technologies", List.of("quantum", "qubit")),
                    new Theme("robotics", "Robotics", List.of("robot", "robotics")),
                    new Theme("health-ai", "Healthcare AI", List.of("AI", "machine learning"))),
            4, "GBP", new BigDecimal("0.05"), 5);

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

    @TempDir
    Path tmp;

    private final PublicationProcessor processor = new PublicationProcessor(CONFIG, AS_OF);

    @Test
    void checksADoiAsItsPatternDoes() {
        String[] pieces = {"10.", "10", ".", "/", "a", "1", " ", "\t", "\u00a0", "é", "//"};
        Random random = new Random(8);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "10." : "");
            for (int k = random.nextInt(6); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String doi = text.toString();
            assertThat(PublicationProcessor.isDoi(doi)).as(doi)
                    .isEqualTo(PublicationProcessor.DOI.matcher(doi).matches());
        }
    }

    @Test
    void acceptsACompleteRow() {
        Publication p = accepted("U1,https://doi.org/10.1000/A1,Quantum sensing in liver tissue,2026-07-10,Article,"
                + "Nature,\"University College London; Indian Institute of Science, Bengaluru\",,,10,1.5,Gold");

        assertThat(p.publicationId()).isEqualTo("U1");
        assertThat(p.doi()).isEqualTo("10.1000/a1");
        assertThat(p.date()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(p.type()).hasValue("article");
        assertThat(p.sourceTitle()).hasValue("Nature");
        assertThat(p.partners()).isEqualTo(UCL | IISC);
        assertThat(p.themes()).isEqualTo(QUANTUM);
        assertThat(p.citations()).isEqualTo(10);
        assertThat(p.fwci()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.5"));
        assertThat(p.openAccess()).hasValue("gold");
    }

    @Test
    void givesEveryFormOfOneDoiTheSameKey() {
        List<String> keys = List.of("10.1234/ABC", "doi:10.1234/abc", "https://doi.org/10.1234/abc",
                "http://dx.doi.org/10.1234/abc").stream()
                .map(doi -> accepted("P1," + doi + ",A title,2024-01-01,,,UCL,,,,,").dedupeKey())
                .toList();

        assertThat(keys).hasSize(4).containsOnly(keys.get(0));
    }

    @Test
    void keysAPublicationWithoutDoiByTitleAndYear() {
        String first = accepted("P1,,\"Quantum Sensing: A Review\",2024-03-02,,,UCL,,,,,").dedupeKey();
        String sameTitleLaterThatYear = accepted("P2,,quantum sensing - a review,2024-11,,,UCL,,,,,").dedupeKey();
        String sameTitleNextYear = accepted("P3,,Quantum Sensing: A Review,2025-01-01,,,UCL,,,,,").dedupeKey();

        assertThat(sameTitleLaterThatYear).isEqualTo(first);
        assertThat(sameTitleNextYear).isNotEqualTo(first);
    }

    @Test
    void doesNotConfuseADoiKeyWithATitleKey() {
        String withDoi = accepted("P1,10.1/x,A review,2024-01-01,,,UCL,,,,,").dedupeKey();
        String withoutDoi = accepted("P2,,A review,2024-01-01,,,UCL,,,,,").dedupeKey();

        assertThat(withDoi).isNotEqualTo(withoutDoi);
    }

    @Test
    void rejectsADoiThatIsNotADoi() {
        assertRejected("P1,not-a-doi,A title,2024-01-01,,,UCL,,,,,", "doi", "not-a-doi", "DOI");
    }

    @Test
    void letsTheThemesColumnDecideAlone() {
        // the title would classify as quantum and robotics; the column says health-ai only
        Publication p = accepted("P1,,Quantum robot,2024-01-01,,,UCL,health-ai,qubit,,,");

        assertThat(p.themes()).isEqualTo(HEALTH_AI);
    }

    @Test
    void readsSeveralThemeIdsIgnoringCase() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL, Quantum ; ROBOTICS ;,,,,").themes())
                .isEqualTo(QUANTUM | ROBOTICS);
    }

    @Test
    void rejectsAThemeIdTheConfigurationDoesNotDefine() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,quantum;biology,,,,", "themes", "biology", "unknown theme");
    }

    @Test
    void rejectsUnclassifiedInTheThemesColumn() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,unclassified,,,,", "themes", "unclassified", "unknown theme");
    }

    @Test
    void classifiesByTitleAndEachKeyword() {
        Publication p = accepted("P1,,AI-assisted triage,2024-01-01,,,UCL,,robotics; qubit,,,");

        assertThat(p.themes()).isEqualTo(HEALTH_AI | ROBOTICS | QUANTUM);
    }

    @Test
    void neverMatchesAKeywordAcrossTwoKeywordItems() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,machine;learning,,,").themes()).isZero();
        assertThat(accepted("P2,,A title,2024-01-01,,,UCL,,machine learning,,,").themes()).isEqualTo(HEALTH_AI);
    }

    @Test
    void leavesAPublicationWithoutKeywordMatchUnclassified() {
        assertThat(accepted("P1,,Robots for surgery,2024-01-01,,,UCL,,,,,").themes()).isZero();
    }

    @Test
    void readsBlankCitationsAsUnknownSoThatASourceThatKnowsThemWinsTheMerge() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,,,,").citations()).isEqualTo(Publication.UNKNOWN);
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,,0,,").citations()).isZero();
    }

    @Test
    void readsAMonthInTheOwnShapeAsItsFirstDayAndRefusesAYearAlone() {
        Publication month = accepted("P1,,A title,2024-03,,,UCL,,,,,");

        assertThat(month.date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(month.precision()).isEqualTo(DatePrecision.DAY); // REQUIREMENTS §3: YYYY-MM means day 1
        assertRejected("P1,,A title,2024,,,UCL,,,,,", "publication_date", "2024", "expected YYYY-MM-DD or YYYY-MM)");
    }

    /** An export whose dates may be a year alone, as a bibliographic database's. */
    private static final FileShape COARSE = new FileShape() {
        @Override
        public boolean coarseDates() {
            return true;
        }

        @Override
        public String sourceKind() {
            return "scopus";
        }
    };

    @Test
    void keepsHowMuchOfTheDateAnExportWithCoarseDatesGives() {
        var coarse = new PublicationProcessor(CONFIG, AS_OF, COARSE);
        String[][] cases = {{"2022", "2022-01-01", "YEAR"}, {"2022-03", "2022-03-01", "MONTH"},
                {"2022-03-15", "2022-03-15", "DAY"}};
        for (String[] c : cases) {
            var result = coarse.process(CsvRows.one(tmp, FILE, HEADER, "P1,,A title," + c[0] + ",,,UCL,,,,,"));
            Publication p = ((Ingested.Accepted<Publication>) result).record();
            assertThat(p.date()).as(c[0]).isEqualTo(LocalDate.parse(c[1]));
            assertThat(p.precision()).as(c[0]).isEqualTo(DatePrecision.valueOf(c[2]));
        }
        var bad = coarse.process(CsvRows.one(tmp, FILE, HEADER, "P1,,A title,22,,,UCL,,,,,"));
        assertThat(((Ingested.Rejected<Publication>) bad).reject().reason())
                .isEqualTo("not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        var early = coarse.process(CsvRows.one(tmp, FILE, HEADER, "P1,,A title,1899,,,UCL,,,,,"));
        assertThat(((Ingested.Rejected<Publication>) early).reject().reason()).isEqualTo("date before 1900");
    }

    @Test
    void rejectsNegativeCitations() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,-2,,", "citations", "-2", "negative");
    }

    @Test
    void rejectsFractionalCitations() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,3.0,,", "citations", "3.0", "whole number");
    }

    @Test
    void rejectsAnFwciWithAnExponent() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,,1e3,", "fwci", "1e3", "decimal");
    }

    @Test
    void rejectsADateBefore1900() {
        assertRejected("P1,,A title,1899-12-31,,,UCL,,,,,", "publication_date", "1899-12-31", "before 1900");
        assertThat(accepted("P1,,A title,1900-01-01,,,UCL,,,,,").date()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void rejectsADateMoreThanTenYearsAfterTheAsOfDate() {
        // as of 2026-08-15, ten years on is 2036-08-15
        assertThat(accepted("P1,,A title,2036-08-15,,,UCL,,,,,").date()).isEqualTo(LocalDate.of(2036, 8, 15));
        assertRejected("P1,,A title,2036-08-16,,,UCL,,,,,", "publication_date", "2036-08-16", "10 years after");
        assertRejected("P1,,A title,9999-12,,,UCL,,,,,", "publication_date", "9999-12-01", "10 years after");
    }

    @Test
    void rejectsMoreCitationsThanAnyPaperHas() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,,1000000,,").citations()).isEqualTo(1_000_000);
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,1000001,,", "citations", "1000001", "more than 1000000");
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,999999999999999999,,", "citations", "999999999999999999",
                "citations");
    }

    @Test
    void rejectsAnFwciBeyondAnyRealValue() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,,,10000,").fwci()).hasValue(new BigDecimal("10000"));
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,,10000.01,", "fwci", "10000.01", "above 10000");
        String huge = "1" + "0".repeat(400);
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,," + huge + ",", "fwci", huge, "above 10000");
    }

    @Test
    void readsAPublicationMonthAsItsFirstDay() {
        assertThat(accepted("P1,,A title,2021-03,,,UCL,,,,,").date()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void rejectsAPublicationYearAlone() {
        assertRejected("P1,,A title,2021,,,UCL,,,,,", "publication_date", "2021", "date");
    }

    @Test
    void rejectsATypeOutsideTheList() {
        assertRejected("P1,,A title,2024-01-01,letter,,UCL,,,,,", "type", "letter", "article");
    }

    @Test
    void rejectsAnOpenAccessStatusOutsideTheList() {
        assertRejected("P1,,A title,2024-01-01,,,UCL,,,,,free", "open_access", "free", "gold");
    }

    @Test
    void leavesABlankOpenAccessStatusUnknown() {
        assertThat(accepted("P1,,A title,2024-01-01,,,UCL,,,,,").openAccess()).isEmpty();
    }

    @Test
    void rejectsAMissingTitle() {
        assertRejected("P1,,  ,2024-01-01,,,UCL,,,,,", "title", "", "missing");
    }

    @Test
    void rejectsMissingInstitutions() {
        assertRejected("P1,,A title,2024-01-01,,,,,,,,", "institutions", "", "missing");
    }

    @Test
    void keepsAPublicationThatMatchesNoPartner() {
        Publication p = accepted("P1,,A title,2024-01-01,,,MIT; UCLA,,,,,");

        assertThat(p.partners()).isZero();
    }

    @Test
    void doesNotCountIiserAndUclAsBothPartners() {
        Publication p = accepted("P1,,A title,2024-01-01,,,\"Indian Institute of Science Education and Research, Pune;"
                + " UCL\",,,,,");

        assertThat(p.partners()).isEqualTo(UCL);
    }

    @Test
    void namesFileLineAndIdOfARejectedRow() {
        var rows = CsvRows.read(tmp, FILE, HEADER, "P1,,A title,2024-01-01,,,UCL,,,,,",
                "P2,,\"A title over\ntwo lines\",2024-13-01,,,UCL,,,,,");

        Reject reject = ((Ingested.Rejected<Publication>) processor.process(rows.get(1))).reject();

        assertThat(reject.file()).isEqualTo(FILE);
        assertThat(reject.line()).isEqualTo(3);
        assertThat(reject.id()).isEqualTo("P2");
        assertThat(reject.field()).isEqualTo("publication_date");
        assertThat(reject.value()).isEqualTo("2024-13-01");
    }

    @Test
    void rejectsARowWithAFieldMissing() {
        Reject reject = rejected("P1,,A title,2024-01-01,,,UCL,,,,");

        assertThat(reject.reason()).contains("11 fields", "12");
    }

    private Publication accepted(String line) {
        Ingested<Publication> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Accepted.class);
        return ((Ingested.Accepted<Publication>) result).record();
    }

    private Reject rejected(String line) {
        Ingested<Publication> result = processor.process(CsvRows.one(tmp, FILE, HEADER, line));
        assertThat(result).as("row %s", line).isInstanceOf(Ingested.Rejected.class);
        return ((Ingested.Rejected<Publication>) result).reject();
    }

    private void assertRejected(String line, String field, String value, String reasonPart) {
        Reject reject = rejected(line);
        assertThat(reject.field()).isEqualTo(field);
        assertThat(reject.value()).isEqualTo(value);
        assertThat(reject.reason()).containsIgnoringCase(reasonPart);
        assertThat(reject.file()).isEqualTo(FILE);
    }
}

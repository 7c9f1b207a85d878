package org.partnership.outcomes.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;

/** Reading and checking partnership.yml (REQUIREMENTS §3). */
class ConfigLoaderTest {

    private static final String NAME = "partnership.yml";

    private static final String PARTNERS = """
            partners:
              - id: ucl
                name: "University College London"
                ror-ids: ["02jx3x895"]
                aliases: ["University College London", "UCL"]
                exclusions: ["University College London Hospitals"]
              - id: iisc
                name: "Indian Institute of Science, Bengaluru"
                ror-ids: ["https://ror.org/04dese585"]
                aliases: ["Indian Institute of Science", "IISc Bangalore"]
                exclusions: ["Indian Institute of Science Education and Research"]
            """;

    @TempDir
    Path tmp;

    @Test
    void loadsTheSampleConfiguration() {
        PartnershipConfig config = load(PARTNERS + """
                themes:
                  - id: quantum
                    name: "Quantum technologies"
                    keywords: ["quantum", "qubit", "quantum sensing", "photonic"]
                  - id: robotics
                    name: "Robotics"
                    keywords: ["robot"]
                fiscal-year-start-month: 4
                base-currency: GBP
                max-reject-rate: 0.05
                reject-allowance: 5
                """);

        assertThat(config.partners()).extracting(Partner::id).containsExactly("ucl", "iisc");
        assertThat(config.partners().get(0).aliases()).containsExactly("University College London", "UCL");
        assertThat(config.partners().get(0).exclusions()).containsExactly("University College London Hospitals");
        assertThat(config.partners().get(1).name()).isEqualTo("Indian Institute of Science, Bengaluru");
        assertThat(config.themes()).extracting(Theme::id).containsExactly("quantum", "robotics");
        assertThat(config.themes().get(0).keywords()).containsExactly("quantum", "qubit", "quantum sensing", "photonic");
        assertThat(config.fiscalYearStartMonth()).isEqualTo(4);
        assertThat(config.baseCurrency()).isEqualTo("GBP");
        assertThat(config.maxRejectRate()).isEqualByComparingTo("0.05");
        assertThat(config.rejectAllowance()).isEqualTo(5);
    }

    @Test
    void normalisesRorIdsGivenAsUrls() {
        PartnershipConfig config = load(PARTNERS);

        assertThat(config.partners().get(0).rorIds()).containsExactly("02jx3x895");
        assertThat(config.partners().get(1).rorIds()).containsExactly("04dese585");
    }

    @Test
    void appliesTheDefaultsWhenSettingsAreLeftOut() {
        PartnershipConfig config = load(PARTNERS);

        assertThat(config.fiscalYearStartMonth()).isEqualTo(4);
        assertThat(config.baseCurrency()).isEqualTo("GBP");
        assertThat(config.maxRejectRate()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(config.rejectAllowance()).isEqualTo(5);
        assertThat(config.themes()).isEmpty();
    }

    @Test
    void readsOtherSettings() {
        PartnershipConfig config = load(PARTNERS + """
                fiscal-year-start-month: 1
                base-currency: inr
                max-reject-rate: 0.1
                reject-allowance: 0
                """);

        assertThat(config.fiscalYearStartMonth()).isEqualTo(1);
        assertThat(config.baseCurrency()).isEqualTo("INR");
        assertThat(config.maxRejectRate()).isEqualByComparingTo("0.1");
        assertThat(config.rejectAllowance()).isZero();
    }

    @Test
    void matchesKeysIgnoringCaseAndSeparators() {
        PartnershipConfig config = load("""
                Partners:
                  - id: ucl
                    ror_ids: ["02jx3x895"]
                  - id: iisc
                    Aliases: ["IISc Bangalore"]
                Fiscal Year Start Month: 7
                """);

        assertThat(config.partners().get(0).rorIds()).containsExactly("02jx3x895");
        assertThat(config.partners().get(1).aliases()).containsExactly("IISc Bangalore");
        assertThat(config.fiscalYearStartMonth()).isEqualTo(7);
    }

    @Test
    void refusesAThemeWithoutAnId() {
        assertConfigurationProblem(PARTNERS + """
                themes:
                  - name: "Quantum technologies"
                    keywords: ["quantum"]
                """).hasMessageContaining("theme 1");
    }

    @Test
    void refusesAPartnerWithNeitherRorIdNorAlias() {
        assertConfigurationProblem(PARTNERS + """
                  - id: kcl
                    name: "King's College London"
                """).hasMessageContaining("kcl");
    }

    @Test
    void refusesFiscalYearStartMonthThirteen() {
        assertConfigurationProblem(PARTNERS + "fiscal-year-start-month: 13\n")
                .hasMessageContaining("fiscal-year-start-month");
    }

    @Test
    void refusesADuplicateThemeId() {
        assertConfigurationProblem(PARTNERS + """
                themes:
                  - id: quantum
                    keywords: ["quantum"]
                  - id: Quantum
                    keywords: ["qubit"]
                """).hasMessageContaining("twice");
    }

    @Test
    void refusesTheReservedThemeIds() {
        for (String reserved : List.of("all", "unclassified", "ALL")) {
            assertConfigurationProblem(PARTNERS + "themes:\n  - id: " + reserved + "\n    keywords: [x]\n")
                    .hasMessageContaining(reserved);
        }
    }

    @Test
    void refusesInvalidYaml() {
        assertConfigurationProblem("partners: [\n  - id: ucl\n  : : :\n").hasMessageContaining("YAML");
    }

    @Test
    void refusesAnAliasListThatIsAMapping() {
        assertConfigurationProblem("""
                partners:
                  - id: ucl
                    aliases: {a: b}
                  - id: iisc
                    aliases: [IISc]
                """);
    }

    @Test
    void refusesAMalformedRorId() {
        assertConfigurationProblem(PARTNERS.replace("02jx3x895", "ucl-ror")).hasMessageContaining("ucl-ror");
    }

    @Test
    void refusesAPartnershipOfOne() {
        assertConfigurationProblem("partners:\n  - id: ucl\n    aliases: [UCL]\n");
    }

    @Test
    void refusesAMissingPartnersList() {
        assertConfigurationProblem("themes: []\n").hasMessageContaining("partners");
    }

    @Test
    void refusesABaseCurrencyThatIsNotACode() {
        assertConfigurationProblem(PARTNERS + "base-currency: pounds\n").hasMessageContaining("base-currency");
    }

    @Test
    void refusesARejectRateAboveOne() {
        assertConfigurationProblem(PARTNERS + "max-reject-rate: 5\n").hasMessageContaining("max-reject-rate");
    }

    @Test
    void refusesAMisspeltKeyNamingItsLineAndTheKeyMeant() {
        // PARTNERS is 11 lines long: the misspelt key is on line 12
        assertConfigurationProblem(PARTNERS + "fiscal-year-start-mnth: 7\n")
                .hasMessage(NAME + ", line 12: unknown key 'fiscal-year-start-mnth'"
                        + " (did you mean 'fiscal-year-start-month'?)");
    }

    @Test
    void refusesAnUnknownKeyInAPartner() {
        assertConfigurationProblem(PARTNERS.replace("exclusions: [\"University College London Hospitals\"]",
                "exclusion: [\"University College London Hospitals\"]"))
                .hasMessageContaining("line 6").hasMessageContaining("exclusion").hasMessageContaining("'exclusions'");
    }

    @Test
    void refusesARejectRateThatIsNotANumber() {
        for (String notANumber : List.of(".nan", ".inf", "-.inf", "five percent")) {
            assertConfigurationProblem(PARTNERS + "max-reject-rate: " + notANumber + "\n")
                    .hasMessageContaining("line 12").hasMessageContaining("max-reject-rate");
        }
    }

    @Test
    void refusesANegativeRejectRate() {
        assertConfigurationProblem(PARTNERS + "max-reject-rate: -0.01\n")
                .hasMessage(NAME + ", line 12: max-reject-rate must be between 0 and 1, not -0.01");
    }

    @Test
    void refusesAWholeNumberSettingThatIsNot() {
        assertConfigurationProblem(PARTNERS + "reject-allowance: many\n")
                .hasMessage(NAME + ", line 12: reject-allowance must be a whole number, not 'many'");
    }

    @Test
    void refusesABaseCurrencyThatIsNoIsoCode() {
        assertConfigurationProblem(PARTNERS + "base-currency: ZZZ\n").hasMessageContaining("base-currency")
                .hasMessageContaining("ZZZ");
    }

    @Test
    void refusesAThemeWithoutKeywords() {
        assertConfigurationProblem(PARTNERS + """
                themes:
                  - id: quantum
                    keywords: []
                """).hasMessageContaining("quantum").hasMessageContaining("no keywords");
    }

    @Test
    void refusesAListWhereASingleValueBelongs() {
        assertConfigurationProblem(PARTNERS + "base-currency: [GBP, INR]\n").hasMessageContaining("base-currency");
    }

    @Test
    void leavesTheSourcesAndMailSectionsToTheirOwners() {
        PartnershipConfig config = load(PARTNERS + """
                sources:
                  scopus: {anything: [goes, here]}
                mail:
                  to: ["office@example.org"]
                  whatever-its-owner-binds: 1
                """);

        assertThat(config.partners()).hasSize(2);
    }

    @Test
    void keepsAnAliasWithACommaWhole() {
        PartnershipConfig config = load("""
                partners:
                  - id: ucl
                    aliases: "University College London, UK"
                  - id: iisc
                    aliases: ["Indian Institute of Science, Bengaluru", "IISc"]
                """);

        assertThat(config.partners().get(0).aliases()).containsExactly("University College London, UK");
        assertThat(config.partners().get(1).aliases()).containsExactly("Indian Institute of Science, Bengaluru", "IISc");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> ConfigLoader.load(tmp.resolve("absent.yml"), NAME))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.CONFIGURATION))
                .hasMessageStartingWith(NAME);
    }

    @Test
    void leavesCoarseDatesOutAndRanksSourcesByDefault() {
        PartnershipConfig config = load(PARTNERS);

        assertThat(config.coarseDates()).isEqualTo(CoarseDates.EXCLUDE);
        assertThat(config.enrichment()).isEqualTo(Enrichment.DEFAULT);
        assertThat(config.enrichment().date()).startsWith("cris");
        assertThat(config.enrichment().citations()).endsWith("cris");
    }

    @Test
    void bindsCoarseDatesAndAnEnrichmentRankingAsWritten() {
        PartnershipConfig config = load(PARTNERS + """
                coarse-dates: first-day
                enrichment:
                  citations: [wos, CRIS]
                  open_access: [scopus]
                """);

        assertThat(config.coarseDates()).isEqualTo(CoarseDates.FIRST_DAY);
        assertThat(config.enrichment().citations()).containsExactly("wos", "cris");
        assertThat(config.enrichment().openAccess()).containsExactly("scopus");
        assertThat(config.enrichment().date()).isEqualTo(Enrichment.DEFAULT.date()); // not written: the default
    }

    @Test
    void refusesAnUnknownCoarseDatesConvention() {
        assertConfigurationProblem(PARTNERS + "coarse-dates: middle\n")
                .hasMessage("partnership.yml, line 12: coarse-dates must be one of exclude, first-day, not 'middle'");
    }

    @Test
    void refusesAnEnrichmentRankingThatNamesAnUnknownOrRepeatedSourceOrField() {
        assertConfigurationProblem(PARTNERS + "enrichment:\n  date: [cris, scoups]\n")
                .hasMessage("partnership.yml: enrichment.date names 'scoups', which is not a kind of source"
                        + " (cris, scopus, wos, openalex)");
        assertConfigurationProblem(PARTNERS + "enrichment:\n  fwci: [wos, wos]\n")
                .hasMessage("partnership.yml: enrichment.fwci names 'wos' twice");
        assertConfigurationProblem(PARTNERS + "enrichment:\n  dates: [cris]\n")
                .hasMessage("partnership.yml, line 13: unknown key 'enrichment.dates' (enrichment ranks the fields date,"
                        + " citations, fwci and open-access)");
    }

    private PartnershipConfig load(String yaml) {
        return ConfigLoader.load(write(yaml), NAME);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertConfigurationProblem(String yaml) {
        Path file = write(yaml);
        return assertThatThrownBy(() -> ConfigLoader.load(file, NAME))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InputProblem.Kind.CONFIGURATION);
                    assertThat(p.file()).isEqualTo(NAME);
                })
                .hasMessageStartingWith(NAME);
    }

    private Path write(String yaml) {
        try {
            Path file = Files.createTempFile(tmp, "partnership", ".yml");
            Files.writeString(file, yaml, UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsPartnersAndThemesWrittenAsMappingsById() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("partnership", ".yml");
        java.nio.file.Files.writeString(file, """
                partners:
                  ucl: {name: "University College London", aliases: ["UCL"]}
                  iisc: {ror-ids: ["04dese585"]}
                themes:
                  quantum: {keywords: ["qubit"]}
                """);
        PartnershipConfig config = ConfigLoader.load(file, "partnership.yml");
        org.assertj.core.api.Assertions.assertThat(config.partners()).extracting(Partner::id).containsExactly("ucl", "iisc");
        org.assertj.core.api.Assertions.assertThat(config.themes().get(0).id()).isEqualTo("quantum");
        org.assertj.core.api.Assertions.assertThat(config.themes().get(0).keywords()).containsExactly("qubit");
    }

    @Test
    void readsASmallRejectRateThatYamlHoldsAsADouble() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("partnership", ".yml");
        java.nio.file.Files.writeString(file, """
                partners:
                  - {id: ucl, aliases: ["UCL"]}
                  - {id: iisc, aliases: ["IISc"]}
                max-reject-rate: 0.0001
                """);
        org.assertj.core.api.Assertions.assertThat(ConfigLoader.load(file, "partnership.yml").maxRejectRate())
                .isEqualByComparingTo("0.0001");
    }
}

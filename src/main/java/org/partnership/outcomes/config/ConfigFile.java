package org.partnership.outcomes.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.Delimiter;

/**
 * The settings at the top of {@code partnership.yml} as Spring Boot binds them: relaxed names
 * ({@code fiscal_year_start_month} is {@code fiscal-year-start-month}), the defaults of
 * REQUIREMENTS §3 and the ranges Bean Validation checks. {@link ConfigLoader} binds the partners
 * and themes on their own (a list, or a mapping by id) and adds the rules no annotation expresses.
 */
record ConfigFile(
        @DefaultValue("4") @Min(value = 1, message = "must be a month from 1 to 12")
        @Max(value = 12, message = "must be a month from 1 to 12") int fiscalYearStartMonth,
        @DefaultValue("GBP") String baseCurrency,
        @DefaultValue("0.05") @DecimalMin(value = "0", message = "must be between 0 and 1")
        @DecimalMax(value = "1", message = "must be between 0 and 1") BigDecimal maxRejectRate,
        @DefaultValue("5") @Min(value = 0, message = "must be 0 or more") int rejectAllowance,
        @DefaultValue("exclude") CoarseDates coarseDates,
        @DefaultValue EnrichmentEntry enrichment) {

    /** The enrichment ranking as written: per field, source kinds first to last; a field not written keeps its default. */
    record EnrichmentEntry(@DefaultValue({"cris", "openalex", "wos", "scopus"}) List<String> date,
            @DefaultValue({"openalex", "scopus", "wos", "cris"}) List<String> citations,
            @DefaultValue({"openalex", "scopus", "wos", "cris"}) List<String> fwci,
            @DefaultValue({"openalex", "scopus", "wos", "cris"}) List<String> openAccess) {
    }

    /**
     * A partner as written; its id may instead be the key of a mapping of partners by id. Texts
     * are never split at their commas ({@link Delimiter#NONE}): "Indian Institute of Science,
     * Bengaluru" is one alias, and so is a single text written where a list belongs.
     */
    record PartnerEntry(String id, String name, @DefaultValue @Delimiter(Delimiter.NONE) List<String> rorIds,
            @DefaultValue @Delimiter(Delimiter.NONE) List<String> aliases,
            @DefaultValue @Delimiter(Delimiter.NONE) List<String> exclusions) {
    }

    /** A theme as written; its id may instead be the key of a mapping of themes by id. */
    record ThemeEntry(String id, String name, @DefaultValue @Delimiter(Delimiter.NONE) List<String> keywords) {
    }
}

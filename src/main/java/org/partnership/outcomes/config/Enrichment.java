package org.partnership.outcomes.config;

import java.util.List;

/**
 * Which kind of source gives each field of a publication that several files hold under the same
 * DOI ({@code enrichment} in {@code partnership.yml}): per field, the source kinds from first to
 * last. A kind not listed comes after every listed one. Among rows of the same rank the
 * REQUIREMENTS §4 rules decide (highest citations and FWCI, earliest date, first open-access status
 * in reading order), so a run of one kind merges exactly as those rules say.
 */
public record Enrichment(List<String> date, List<String> citations, List<String> fwci, List<String> openAccess) {

    /** The kinds of export a file can be ({@code FileShape.sourceKind()}): the CRIS, then the databases. */
    public static final List<String> SOURCE_KINDS = List.of("cris", "scopus", "wos", "openalex");

    /**
     * Dates from the institution's own records first, then the databases from the finest dates they
     * usually give (OpenAlex a day, Web of Science a month, Scopus a year); citations, FWCI and
     * open access from the databases first, which count them, and the CRIS last.
     */
    public static final Enrichment DEFAULT = new Enrichment(List.of("cris", "openalex", "wos", "scopus"),
            List.of("openalex", "scopus", "wos", "cris"), List.of("openalex", "scopus", "wos", "cris"),
            List.of("openalex", "scopus", "wos", "cris"));

    public Enrichment {
        date = List.copyOf(date);
        citations = List.copyOf(citations);
        fwci = List.copyOf(fwci);
        openAccess = List.copyOf(openAccess);
    }

    /** The place of a source kind in a ranking, 0 first; a kind not listed comes after all listed ones. */
    public static int rank(List<String> ranking, String kind) {
        int at = ranking.indexOf(kind);
        return at < 0 ? ranking.size() : at;
    }
}

package org.partnership.outcomes.ingest;

import java.util.List;

/** The input sources, each with where it lives in the input folder and the columns it must have. */
public enum Source {
    FX_RATES("fx-rates.csv", List.of("currency", "date", "rate"), List.of()),
    PUBLICATIONS("publications", List.of("publication_id", "title", "publication_date", "institutions"),
            List.of("doi", "type", "source_title", "themes", "keywords", "citations", "fwci", "open_access")),
    GRANTS("grants", List.of("grant_id", "title", "funder", "funding_type", "status"),
            List.of("scheme", "lead_institution", "partner_institutions", "themes", "decision_date", "amount",
                    "currency", "follow_on_from")),
    PHDS("phds", List.of("student_ref", "start_date", "status"),
            List.of("programme", "home_institution", "partner_institution", "themes", "submission_date", "award_date",
                    "withdrawal_date", "fte", "destination")),
    /** Optional: a run without an {@code activities/} folder has no programme metrics. */
    ACTIVITIES("activities", List.of("activity_id", "type", "title", "start_date", "status"),
            List.of("from_institution", "to_institution", "person_ref", "themes", "keywords", "end_date",
                    "participants", "funded_by_grant"));

    private final String location;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;

    Source(String location, List<String> requiredColumns, List<String> optionalColumns) {
        this.location = location;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    /** A folder of CSV files, or for {@code FX_RATES} a single file. */
    public String location() {
        return location;
    }

    public boolean isFolder() {
        return this != FX_RATES;
    }

    /** A source whose folder may be absent; present, it follows the rules of every other source. */
    public boolean isOptional() {
        return this == ACTIVITIES;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Every column the job reads; any other column is ignored. */
    public java.util.Set<String> columnsRead() {
        java.util.Set<String> read = new java.util.HashSet<>(requiredColumns);
        read.addAll(optionalColumns);
        return read;
    }
}

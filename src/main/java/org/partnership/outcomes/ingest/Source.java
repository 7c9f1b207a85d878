package org.partnership.outcomes.ingest;

import java.util.List;

/** The input sources, each with where it lives in the input folder and the columns it must have. */
public enum Source {
    FX_RATES("fx-rates.csv", List.of("currency", "date", "rate")),
    PUBLICATIONS("publications", List.of("publication_id", "title", "publication_date", "institutions")),
    GRANTS("grants", List.of("grant_id", "title", "funder", "funding_type", "status")),
    PHDS("phds", List.of("student_ref", "start_date", "status"));

    private final String location;
    private final List<String> requiredColumns;

    Source(String location, List<String> requiredColumns) {
        this.location = location;
        this.requiredColumns = requiredColumns;
    }

    /** A folder of CSV files, or for {@code FX_RATES} a single file. */
    public String location() {
        return location;
    }

    public boolean isFolder() {
        return this != FX_RATES;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }
}

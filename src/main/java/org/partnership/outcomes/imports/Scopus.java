package org.partnership.outcomes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnership.outcomes.csv.CsvRow;

/**
 * Scopus's CSV export, in its 2022 and 2023 layouts: UTF-8 with a byte-order mark, RFC 4180,
 * lists separated by {@code ;}, a year and no month or day.
 *
 * <p>Older layouts declare fewer "Funding Text" columns than their rows carry: the header names
 * "Funding Text 1" while most rows write a second one after it, so that every later column would
 * shift one to the right. A row wider than the header has its undeclared fields taken out after
 * the last "Funding Text" column the header declares; DOI, Year, Cited by and EID then come from
 * their own columns.
 */
final class Scopus extends ExportFormat {

    static final Scopus FORMAT = new Scopus();

    /** Scopus's document types as the job names them; any other (Editorial, Note, Letter, Book) is other. */
    private static final Map<String, String> TYPES = Map.of("article", "article", "review", "review",
            "short survey", "review", "conference paper", "conference-paper", "book chapter", "book-chapter");

    private Scopus() {
        super("scopus", "scopus", List.of("eid", "title", "year", "affiliations"),
                Set.of("eid", "title", "year", "affiliations", "doi", "document_type", "source_title",
                        "author_keywords", "cited_by", "open_access"));
    }

    @Override
    public String description() {
        return "Scopus CSV export";
    }

    @Override
    Set<String> personalData() {
        return Set.of("authors", "author_full_names", "author(s)_id", "authors_with_affiliations",
                "correspondence_address", "editors");
    }

    @Override
    boolean recognises(String firstLine) {
        List<String> columns = columns(firstLine, csvFormat());
        return columns.contains("eid") && columns.contains("source_title");
    }

    @Override
    CsvRow realigned(CsvRow row) {
        int extra = row.values().size() - row.header().size();
        int lastFundingText = lastFundingText(row.header().names());
        if (extra <= 0 || lastFundingText < 0) {
            return row;
        }
        List<String> values = new ArrayList<>(row.values());
        values.subList(lastFundingText + 1, lastFundingText + 1 + extra).clear();
        return new CsvRow(row.file(), row.fileIndex(), row.line(), row.header(), values);
    }

    private static int lastFundingText(List<String> header) {
        for (int i = header.size() - 1; i >= 0; i--) {
            if (header.get(i).startsWith("funding_text")) {
                return i;
            }
        }
        return -1;
    }

    @Override
    List<String> publication(CsvRow row) {
        return List.of(value(row, "eid"), value(row, "title"), value(row, "year"), value(row, "affiliations"),
                value(row, "doi"), type(value(row, "document_type")), value(row, "source_title"),
                value(row, "author_keywords"), value(row, "cited_by"), "", openAccess(value(row, "open_access")));
    }

    private static String type(String documentType) {
        return documentType.isEmpty() ? ""
                : TYPES.getOrDefault(documentType.toLowerCase(Locale.ROOT), "other");
    }
}

package org.partnership.outcomes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnership.outcomes.csv.CsvRow;

/**
 * OpenAlex's works CSV: dotted column names ({@code authorships.institutions.display_name}), lists
 * separated by {@code |}, {@code NA} for a missing value, a full {@code publication_date}, and
 * {@code fwci}, {@code cited_by_count} and {@code open_access.oa_status}.
 */
final class OpenAlex extends ExportFormat {

    static final OpenAlex FORMAT = new OpenAlex();

    private static final String INSTITUTIONS = "authorships.institutions.display_name";
    /** OpenAlex's work types the job has; any other (dissertation, book, editorial, peer-review) is other. */
    private static final Set<String> TYPES = Set.of("article", "review", "book-chapter", "preprint");

    private OpenAlex() {
        super("openalex", "openalex", List.of("id", "display_name", "publication_date", INSTITUTIONS),
                Set.of("id", "display_name", "publication_date", INSTITUTIONS, "doi", "type",
                        "primary_location.source.display_name", "primary_topic.display_name", "cited_by_count",
                        "fwci", "open_access.oa_status"));
    }

    @Override
    public String description() {
        return "OpenAlex works CSV export";
    }

    @Override
    Set<String> personalData() {
        return Set.of("authorships.author.display_name", "authorships.author.id", "authorships.author.orcid");
    }

    @Override
    boolean recognises(String firstLine) {
        List<String> columns = columns(firstLine, csvFormat());
        return columns.contains("id") && columns.contains("publication_year") && columns.contains("cited_by_count");
    }

    @Override
    List<String> publication(CsvRow row) {
        String type = value(row, "type").toLowerCase(Locale.ROOT);
        return List.of(value(row, "id"), value(row, "display_name"), value(row, "publication_date"),
                institutions(value(row, INSTITUTIONS)), value(row, "doi"),
                type.isEmpty() || TYPES.contains(type) ? type : "other",
                value(row, "primary_location.source.display_name"), value(row, "primary_topic.display_name"),
                value(row, "cited_by_count"), value(row, "fwci"), openAccess(value(row, "open_access.oa_status")));
    }

    /**
     * The institutions as the job's {@code ;} list. OpenAlex writes {@code |} between names, with
     * no space on either side; a {@code |} with a space beside it is part of a name ("DIPF | Leibniz
     * Institute for Research and Information in Education"), which stays whole. A {@code ;} inside
     * a name becomes a comma, so that it does not split the name.
     */
    static String institutions(String names) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            boolean separator = i < names.length() && names.charAt(i) == '|'
                    && (i == 0 || names.charAt(i - 1) != ' ') && (i + 1 == names.length() || names.charAt(i + 1) != ' ');
            if (i == names.length() || separator) {
                String item = names.substring(start, i).replace(';', ',').strip();
                if (!item.isEmpty() && !item.equals("NA")) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return String.join("; ", items);
    }
}

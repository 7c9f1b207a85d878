package org.partnership.outcomes.ingest.publication;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.ingest.Plausible;
import org.partnership.outcomes.ingest.RowProcessor;
import org.partnership.outcomes.ingest.ThemeColumn;
import org.partnership.outcomes.matching.AffiliationMatcher;
import org.partnership.outcomes.matching.ThemeClassifier;
import org.partnership.outcomes.period.DatePrecision;

/** Validates a publication row and derives its dedupe key, partners and themes. */
public final class PublicationProcessor extends RowProcessor<Publication> {

    static final Set<String> TYPES = Set.of("article", "review", "conference-paper", "book-chapter", "preprint", "other");
    /** What a DOI column must hold once normalised: {@link #isDoi} checks it by hand, for speed. */
    static final Pattern DOI = Pattern.compile("10\\.\\S+/\\S+");
    static final Set<String> OPEN_ACCESS = Set.of("gold", "diamond", "hybrid", "bronze", "green", "closed");

    private final PartnershipConfig config;
    private final AffiliationMatcher affiliations;
    private final ThemeClassifier classifier;
    private final Plausible plausible;
    private final boolean coarseDates;

    /** A processor for files in the job's own shape. */
    public PublicationProcessor(PartnershipConfig config, LocalDate asOf) {
        this(config, asOf, FileShape.OWN);
    }

    /** A processor for one file: its shape says whether a publication date may be a year alone. */
    public PublicationProcessor(PartnershipConfig config, LocalDate asOf, FileShape shape) {
        super("publication_id");
        this.config = config;
        this.coarseDates = shape.coarseDates();
        this.plausible = new Plausible(asOf);
        this.affiliations = new AffiliationMatcher(config.partners());
        this.classifier = new ThemeClassifier(config.themes());
    }

    @Override
    protected Publication parse(FieldReader fields) {
        String id = fields.required("publication_id");
        String title = fields.required("title");
        // the job's own shape reads YYYY-MM as its first day (REQUIREMENTS §3); an export that may
        // give a year alone keeps how much of the date it gave
        LocalDate date = plausible.date("publication_date", coarseDates
                ? fields.requiredPartialDate("publication_date") : fields.requiredDayOrMonth("publication_date"));
        DatePrecision precision = coarseDates ? DatePrecision.ofWritten(fields.required("publication_date"))
                : DatePrecision.DAY;
        String institutions = fields.required("institutions");
        String doi = fields.optional("doi").map(raw -> {
            String normalised = DedupeKey.normaliseDoi(raw);
            if (!isDoi(normalised)) {
                throw new RowRejected("doi", raw, "not a DOI (expected 10.prefix/suffix)");
            }
            return normalised;
        }).orElse("");
        var type = fields.choice("type", TYPES);
        var sourceTitle = fields.optional("source_title");
        long themes = ThemeColumn.explicitThemes(config, fields)
                .orElseGet(() -> classifier.classify(title, fields.items("keywords")));
        long citations = Plausible.citations("citations", fields.wholeNumber("citations", Publication.UNKNOWN));
        var fwci = fields.decimal("fwci").map(value -> Plausible.atMost("fwci", value, Plausible.MAX_FWCI, "FWCI"));
        var openAccess = fields.choice("open_access", OPEN_ACCESS);
        String key = doi.isEmpty() ? DedupeKey.ofTitle(title, date.getYear()) : DedupeKey.ofDoi(doi);
        return new Publication(id, doi, key, title, date, precision, type, sourceTitle, affiliations.partnersOfList(institutions),
                themes, citations, fwci, openAccess);
    }

    /**
     * Whether the whole text matches {@link #DOI}: {@code 10.}, then no white space, and a slash
     * with a character before it and one after.
     */
    static boolean isDoi(String text) {
        if (!text.startsWith("10.")) {
            return false;
        }
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // \s
                return false;
            }
        }
        int slash = text.indexOf('/', 4);
        return slash >= 0 && slash < text.length() - 1;
    }
}

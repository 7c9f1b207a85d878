package org.partnership.outcomes.ingest.publication;

import java.util.List;
import java.util.Locale;

/**
 * A publication's identity across exports: its normalised DOI, or, without a DOI, its normalised
 * title and year.
 */
public final class DedupeKey {

    private static final List<String> DOI_PREFIXES = List.of("https://doi.org/", "http://doi.org/",
            "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:");

    private DedupeKey() {
    }

    /** Lower-cased and stripped of the resolver or {@code doi:} prefix: {@code 10.1234/abc}. */
    public static String normaliseDoi(String doi) {
        String lower = doi.strip().toLowerCase(Locale.ROOT);
        for (String prefix : DOI_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return lower.substring(prefix.length()).strip();
            }
        }
        return lower;
    }

    private static final String DOI_KEY = "doi:";

    public static String ofDoi(String normalisedDoi) {
        return DOI_KEY + normalisedDoi;
    }

    /** The normalised DOI of a key made by {@link #ofDoi}, or empty text for a title key. */
    public static String doiOf(String key) {
        return key.startsWith(DOI_KEY) ? key.substring(DOI_KEY.length()) : "";
    }

    /** Lower-case letters and digits of the title, and the year. */
    public static String ofTitle(String title, int year) {
        StringBuilder key = new StringBuilder("title:");
        title.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.append('|').append(year).toString();
    }
}

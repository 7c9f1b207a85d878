package org.partnership.outcomes.matching;

import java.util.ArrayList;
import java.util.List;
import org.partnership.outcomes.config.Theme;

/**
 * Classifies a record into themes by keywords: bit {@code i} of a result is theme {@code i} of the
 * configuration; no bit means the record is {@code unclassified}. Each text (a title, one keyword
 * of a publication) is matched on its own, so a phrase never spans two keywords.
 */
public final class ThemeClassifier {

    private final PhraseMatcher keywords;

    public ThemeClassifier(List<Theme> themes) {
        List<PhraseMatcher.Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            long bit = 1L << i;
            themes.get(i).keywords().forEach(k -> phrases.add(new PhraseMatcher.Phrase(k, bit)));
        }
        this.keywords = new PhraseMatcher(phrases);
    }

    public long classify(String title, List<String> recordKeywords) {
        long themes = keywords.match(title);
        for (String keyword : recordKeywords) {
            themes |= keywords.match(keyword);
        }
        return themes;
    }
}

package org.partnership.outcomes.matching;

import java.util.ArrayList;
import java.util.List;
import org.partnership.outcomes.config.Partner;

/**
 * Decides which partners an affiliation list names. Each {@code ;}-separated affiliation is tested
 * on its own: it belongs to a partner when it carries one of the partner's ROR ids or aliases as
 * whole words and none of the partner's exclusions. Bit {@code i} of a result is partner {@code i}
 * of the configuration.
 */
public final class AffiliationMatcher {

    private final PhraseMatcher includes;
    private final PhraseMatcher exclusions;

    public AffiliationMatcher(List<Partner> partners) {
        List<PhraseMatcher.Phrase> include = new ArrayList<>();
        List<PhraseMatcher.Phrase> exclude = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            long bit = 1L << i;
            Partner partner = partners.get(i);
            partner.rorIds().forEach(ror -> include.add(new PhraseMatcher.Phrase(ror, bit)));
            partner.aliases().forEach(alias -> include.add(new PhraseMatcher.Phrase(alias, bit)));
            partner.exclusions().forEach(exclusion -> exclude.add(new PhraseMatcher.Phrase(exclusion, bit)));
        }
        this.includes = new PhraseMatcher(include);
        this.exclusions = new PhraseMatcher(exclude);
    }

    /** The partners of one affiliation. */
    public long partnersOf(String affiliation) {
        return partnersOf(affiliation, 0, affiliation.length());
    }

    /** The partners of a {@code ;}-separated affiliation list, each affiliation matched in place. */
    public long partnersOfList(String affiliations) {
        long partners = 0;
        int start = 0;
        for (int i = 0; i <= affiliations.length(); i++) {
            if (i == affiliations.length() || affiliations.charAt(i) == ';') {
                partners |= partnersOf(affiliations, start, i);
                start = i + 1;
            }
        }
        return partners;
    }

    private long partnersOf(String text, int from, int to) {
        long included = includes.match(text, from, to);
        return included == 0 ? 0 : included & ~exclusions.match(text, from, to);
    }

    /** Joint means at least two different partners. */
    public static boolean isJoint(long partners) {
        return Long.bitCount(partners) >= 2;
    }
}

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

    /** Up to this many partners, one automaton finds aliases and exclusions in the same pass. */
    private static final int ONE_PASS_PARTNERS = 32;

    private final PhraseMatcher includes;
    /** Null when {@link #includes} also finds the exclusions, partner {@code i}'s as bit {@code 32 + i}. */
    private final PhraseMatcher exclusions;

    public AffiliationMatcher(List<Partner> partners) {
        boolean onePass = partners.size() <= ONE_PASS_PARTNERS;
        List<PhraseMatcher.Phrase> include = new ArrayList<>();
        List<PhraseMatcher.Phrase> exclude = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            long bit = 1L << i;
            long exclusionBit = onePass ? 1L << (ONE_PASS_PARTNERS + i) : bit;
            Partner partner = partners.get(i);
            partner.rorIds().forEach(ror -> include.add(new PhraseMatcher.Phrase(ror, bit)));
            partner.aliases().forEach(alias -> include.add(new PhraseMatcher.Phrase(alias, bit)));
            partner.exclusions().forEach(exclusion -> exclude.add(new PhraseMatcher.Phrase(exclusion, exclusionBit)));
        }
        if (onePass) {
            include.addAll(exclude);
            this.includes = new PhraseMatcher(include);
            this.exclusions = null;
        } else {
            this.includes = new PhraseMatcher(include);
            this.exclusions = new PhraseMatcher(exclude);
        }
    }

    /** The partners of one affiliation. */
    public long partnersOf(String affiliation) {
        return partnersOf(affiliation, 0, affiliation.length());
    }

    /** The partners of a {@code ;}-separated affiliation list, each affiliation matched in place. */
    public long partnersOfList(String affiliations) {
        long partners = 0;
        int start = 0;
        while (start <= affiliations.length()) {
            int end = affiliations.indexOf(';', start);
            if (end < 0) {
                end = affiliations.length();
            }
            partners |= partnersOf(affiliations, start, end);
            start = end + 1;
        }
        return partners;
    }

    private long partnersOf(String text, int from, int to) {
        if (exclusions == null) {
            long found = includes.match(text, from, to);
            return found & ~(-1L << ONE_PASS_PARTNERS) & ~(found >>> ONE_PASS_PARTNERS);
        }
        long included = includes.match(text, from, to);
        return included == 0 ? 0 : included & ~exclusions.match(text, from, to);
    }

    /** Joint means at least two different partners. */
    public static boolean isJoint(long partners) {
        return Long.bitCount(partners) >= 2;
    }
}

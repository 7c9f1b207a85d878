package org.partnership.outcomes.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of one theme in one period, from which every metric of {@link Metric} is defined.
 * Flow facts cover the period's quarters; the {@code cumulative*} facts and {@code activeAtEnd}
 * cover everything from the first record to the period's end; {@code programmes} holds the facts of
 * programme activities.
 */
public record PeriodFacts(
        long publications, long jointPublications, long jointCitations, List<Long> jointCitationCounts,
        BigDecimal jointFwciSum, long jointFwciCount, long jointOpenAccessKnown, long jointOpenAccess,
        long grantsDecided, long grantsAwarded, BigDecimal awardedValue, BigDecimal seedValue,
        BigDecimal externalValue, BigDecimal cumulativeFollowOnExternalValue, BigDecimal cumulativeSeedValue,
        long completions, List<BigDecimal> monthsToAward, long withdrawals, long activeAtEnd,
        long cumulativeFourYearCohort, long cumulativeFourYearOnTime, ProgrammeFacts programmes) {

    /** The facts of a run without programme activities. */
    public PeriodFacts(long publications, long jointPublications, long jointCitations, List<Long> jointCitationCounts,
            BigDecimal jointFwciSum, long jointFwciCount, long jointOpenAccessKnown, long jointOpenAccess,
            long grantsDecided, long grantsAwarded, BigDecimal awardedValue, BigDecimal seedValue,
            BigDecimal externalValue, BigDecimal cumulativeFollowOnExternalValue, BigDecimal cumulativeSeedValue,
            long completions, List<BigDecimal> monthsToAward, long withdrawals, long activeAtEnd,
            long cumulativeFourYearCohort, long cumulativeFourYearOnTime) {
        this(publications, jointPublications, jointCitations, jointCitationCounts, jointFwciSum, jointFwciCount,
                jointOpenAccessKnown, jointOpenAccess, grantsDecided, grantsAwarded, awardedValue, seedValue,
                externalValue, cumulativeFollowOnExternalValue, cumulativeSeedValue, completions, monthsToAward,
                withdrawals, activeAtEnd, cumulativeFourYearCohort, cumulativeFourYearOnTime, ProgrammeFacts.NONE);
    }

    public PeriodFacts {
        jointCitationCounts = List.copyOf(jointCitationCounts);
        monthsToAward = List.copyOf(monthsToAward);
    }
}

package org.partnership.outcomes.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened in one theme in one quarter: the additive facts behind every metric. A period's
 * facts are the sum of its quarters' ({@link PeriodFacts}); cumulative metrics sum every quarter
 * up to the period's end.
 */
final class QuarterFacts {
    long publications;
    long jointPublications;
    long jointCitations;
    final List<Long> jointCitationCounts = new ArrayList<>();
    BigDecimal jointFwciSum = BigDecimal.ZERO;
    long jointFwciCount;
    long jointOpenAccessKnown;
    long jointOpenAccess;

    long grantsDecided;
    long grantsAwarded;
    BigDecimal awardedValue = BigDecimal.ZERO;
    BigDecimal seedValue = BigDecimal.ZERO;
    BigDecimal externalValue = BigDecimal.ZERO;
    BigDecimal followOnExternalValue = BigDecimal.ZERO;

    long completions;
    final List<BigDecimal> monthsToAward = new ArrayList<>();
    long withdrawals;
    long studentsStarted;
    long studentsEnded;
    long fourYearCohort;
    long fourYearOnTime;

    long exchangesStarted;
    long exchangeDays;
    long fellowshipsStarted;
    long fellowshipsEnded;
    long eventsHeld;
    long eventParticipants;
    long inventionDisclosures;
    long patentFilings;
    long licences;
    long spinOuts;
    long mobilityStarted;
    long seedFundedMobility;
}

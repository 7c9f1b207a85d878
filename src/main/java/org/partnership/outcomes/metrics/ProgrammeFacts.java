package org.partnership.outcomes.metrics;

/**
 * The programme facts of one theme in one period (REQUIREMENTS §9), over active and completed
 * activities only. {@code fellowsActiveAtEnd} covers everything up to the period's end; the rest
 * cover the period.
 *
 * @param exchangeDays days of the period covered by faculty exchanges, up to the as-of date
 * @param mobilityStarted exchanges and fellowships started in the period
 * @param seedFundedMobility of those, funded by an awarded seed grant
 */
public record ProgrammeFacts(long exchangesStarted, long exchangeDays, long fellowshipsStarted,
        long fellowsActiveAtEnd, long eventsHeld, long eventParticipants, long inventionDisclosures,
        long patentFilings, long licences, long spinOuts, long mobilityStarted, long seedFundedMobility) {

    /** A run without activities. */
    public static final ProgrammeFacts NONE = new ProgrammeFacts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

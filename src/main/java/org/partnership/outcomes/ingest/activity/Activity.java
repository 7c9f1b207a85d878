package org.partnership.outcomes.ingest.activity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A validated programme activity: a faculty exchange, a fellowship, an event or an innovation
 * milestone. People are known only by a pseudonymous {@code personRef}. {@code fromPartners} and
 * {@code toPartners} have bit i for partner i (exchanges and fellowships name two different
 * partners); {@code themes} has bit i for theme i.
 */
public record Activity(String activityId, String type, String title, Optional<String> fromInstitution,
        Optional<String> toInstitution, long fromPartners, long toPartners, Optional<String> personRef, long themes,
        LocalDate start, Optional<LocalDate> end, Optional<Long> participants, Optional<String> fundedByGrant,
        String status) {

    public static final String FACULTY_EXCHANGE = "faculty-exchange";
    public static final String FELLOWSHIP = "fellowship";
    public static final String WORKSHOP = "workshop";
    public static final String TRAINING = "training";
    public static final String INVENTION_DISCLOSURE = "invention-disclosure";
    public static final String PATENT_FILING = "patent-filing";
    public static final String LICENCE = "licence";
    public static final String SPIN_OUT = "spin-out";
    public static final Set<String> TYPES = Set.of(FACULTY_EXCHANGE, FELLOWSHIP, WORKSHOP, TRAINING,
            INVENTION_DISCLOSURE, PATENT_FILING, LICENCE, SPIN_OUT);

    public static final String PLANNED = "planned";
    public static final String ACTIVE = "active";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final Set<String> STATUSES = Set.of(PLANNED, ACTIVE, COMPLETED, CANCELLED);

    public Activity {
        if (!TYPES.contains(type) || !STATUSES.contains(status)) {
            throw new IllegalArgumentException("activity " + activityId + ": unknown type or status");
        }
        if (isMobility(type) && (personRef.isEmpty() || fromPartners == 0 || toPartners == 0
                || Long.bitCount(fromPartners | toPartners) < 2)) {
            throw new IllegalArgumentException("activity " + activityId + " is no move between two partners");
        }
        if (status.equals(COMPLETED) && end.isEmpty()) {
            throw new IllegalArgumentException("activity " + activityId + " is completed without an end date");
        }
        if (participants.isPresent() && participants.get() < 1) {
            throw new IllegalArgumentException("activity " + activityId + " has fewer than one participant");
        }
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("activity " + activityId + " ends before it starts");
        }
        if (participants.isPresent() && !isEvent(type)) {
            throw new IllegalArgumentException("activity " + activityId + " is no event but has participants");
        }
    }

    /** Exchanges and fellowships move a person from one partner to another. */
    public static boolean isMobility(String type) {
        return type.equals(FACULTY_EXCHANGE) || type.equals(FELLOWSHIP);
    }

    /** Workshops and trainings have participants. */
    public static boolean isEvent(String type) {
        return type.equals(WORKSHOP) || type.equals(TRAINING);
    }

    /** Only active and completed activities count in metrics; planned and cancelled ones are listed only. */
    public boolean counts() {
        return status.equals(ACTIVE) || status.equals(COMPLETED);
    }

    /** The end date as known on {@code date}: an end after it has not happened yet. */
    public Optional<LocalDate> endKnownOn(LocalDate date) {
        return end.filter(d -> !d.isAfter(date));
    }
}

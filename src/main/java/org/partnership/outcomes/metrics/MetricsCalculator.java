package org.partnership.outcomes.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.period.FiscalCalendar;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * Computes the metrics table from the run's records, streamed in one at a time. Each record adds
 * its facts to the quarter it falls in, under each of its themes, {@code unclassified} when it has
 * none, and {@code all}; periods then sum their quarters. Records dated after the as-of date are
 * left out (and counted); memory holds per-quarter facts plus the values behind medians and
 * h-indexes.
 */
public final class MetricsCalculator {

    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final PartnershipConfig config;
    private final FiscalCalendar calendar;
    private final LocalDate asOf;
    private final List<String> themeIds;
    private final List<Map<Long, QuarterFacts>> facts = new ArrayList<>();
    /** Per theme slot, the facts of publications dated by a year alone, by calendar year. */
    private final List<Map<Long, QuarterFacts>> yearFacts = new ArrayList<>();
    private final List<Metric> metrics;
    private LocalDate earliest;

    /** A calculator for a run without programme activities. */
    public MetricsCalculator(PartnershipConfig config, LocalDate asOf) {
        this(config, asOf, false);
    }

    /** {@code withProgrammes}: the run has an activities/ folder, so its table holds the programme metrics. */
    public MetricsCalculator(PartnershipConfig config, LocalDate asOf, boolean withProgrammes) {
        this.config = config;
        this.calendar = new FiscalCalendar(config.fiscalYearStartMonth());
        this.asOf = asOf;
        this.themeIds = config.reportThemeIds();
        this.metrics = Metric.of(withProgrammes);
        themeIds.forEach(id -> {
            facts.add(new HashMap<>());
            yearFacts.add(new HashMap<>());
        });
    }

    /**
     * Adds a publication. Its date counts as the whole span its precision gives (as the
     * {@code coarse-dates} setting reads it): a publication is after the as-of date when its span
     * starts after it; one whose span has not ended by the as-of date is in no period, as no period
     * holds all of it; one dated by a year alone falls in no quarter, only in the periods that hold
     * the whole year, and moves where the periods start to the quarter of its 1 January, so that
     * all time holds its year.
     */
    public void addPublication(MergedPublication publication) {
        DatePrecision precision = config.coarseDates().effective(publication.precision());
        LocalDate first = publication.date();
        if (isAfterAsOf(precision.lastDay(first))) {
            return;
        }
        noteDate(first);
        List<QuarterFacts> slots = precision.placesInQuarter() ? slots(publication.themes(), first)
                : slots(yearFacts, publication.themes(), first.getYear());
        for (QuarterFacts f : slots) {
            f.publications++;
            if (publication.isJoint()) {
                f.jointPublications++;
                f.jointCitations = Math.addExact(f.jointCitations, publication.citations());
                f.jointCitationCounts.add(publication.citations());
                publication.fwci().ifPresent(fwci -> {
                    f.jointFwciSum = f.jointFwciSum.add(fwci);
                    f.jointFwciCount++;
                });
                publication.isOpenAccess().ifPresent(open -> {
                    f.jointOpenAccessKnown++;
                    if (open) {
                        f.jointOpenAccess++;
                    }
                });
            }
        }
    }

    /**
     * Adds a grant. {@code seedGrantIds} are the ids of the register's seed grants: an awarded
     * external grant that follows on from one of them counts towards leverage.
     */
    public void addGrant(Grant grant, Set<String> seedGrantIds) {
        if (!grant.isDecided()) {
            return;
        }
        LocalDate decided = grant.decisionDate().orElseThrow();
        if (isAfterAsOf(decided)) {
            return;
        }
        noteDate(decided);
        boolean awarded = grant.status().equals(Grant.AWARDED);
        BigDecimal value = grant.baseValue().orElse(BigDecimal.ZERO);
        boolean seed = grant.fundingType().equals(Grant.SEED);
        boolean followOn = !seed && grant.followOnFrom().map(seedGrantIds::contains).orElse(false);
        for (QuarterFacts f : slots(grant.themes(), decided)) {
            f.grantsDecided++;
            if (awarded) {
                f.grantsAwarded++;
                f.awardedValue = f.awardedValue.add(value);
                if (seed) {
                    f.seedValue = f.seedValue.add(value);
                } else {
                    f.externalValue = f.externalValue.add(value);
                    if (followOn) {
                        f.followOnExternalValue = f.followOnExternalValue.add(value);
                    }
                }
            }
        }
    }

    /**
     * Adds a PhD student. A submission, award or withdrawal dated after the as-of date has not
     * happened yet; awards and withdrawals count only with the status that they belong to.
     */
    public void addStudent(PhdStudent recorded) {
        if (isAfterAsOf(recorded.start())) {
            return;
        }
        PhdStudent student = recorded.asKnownOn(asOf);
        noteDate(student.start());
        Optional<LocalDate> award = student.status().equals(PhdStudent.AWARDED) ? student.award() : Optional.empty();
        Optional<LocalDate> withdrawal = student.status().equals(PhdStudent.WITHDRAWN)
                ? student.withdrawal() : Optional.empty();
        Optional<LocalDate> submission = student.submission().isPresent() ? student.submission() : award;
        for (QuarterFacts f : slots(student.themes(), student.start())) {
            f.studentsStarted++;
        }
        award.ifPresent(date -> {
            BigDecimal months = BigDecimal.valueOf(ChronoUnit.DAYS.between(student.start(), date))
                    .multiply(MONTHS_PER_YEAR).divide(DAYS_PER_YEAR, MathContext.DECIMAL64);
            for (QuarterFacts f : slots(student.themes(), date)) {
                f.completions++;
                f.monthsToAward.add(months);
                f.studentsEnded++;
            }
        });
        withdrawal.ifPresent(date -> {
            for (QuarterFacts f : slots(student.themes(), date)) {
                f.withdrawals++;
                f.studentsEnded++;
            }
        });
        LocalDate deadline = student.start().plusYears(student.isPartTime() ? 7 : 4);
        if (!isAfterAsOf(deadline)) {
            boolean onTime = submission.map(date -> !date.isAfter(deadline)).orElse(false);
            for (QuarterFacts f : slots(student.themes(), deadline)) {
                f.fourYearCohort++;
                if (onTime) {
                    f.fourYearOnTime++;
                }
            }
        }
    }

    /**
     * Adds a programme activity. Planned and cancelled ones count in no metric (nor in where the
     * periods start); an end date after the as-of date has not happened yet. {@code seedGrantIds}
     * are the register's awarded seed grants.
     */
    public void addActivity(Activity activity, Set<String> seedGrantIds) {
        if (!activity.counts() || isAfterAsOf(activity.start())) {
            return;
        }
        LocalDate start = activity.start();
        noteDate(start);
        Optional<LocalDate> end = activity.endKnownOn(asOf);
        boolean seedFunded = activity.fundedByGrant().map(seedGrantIds::contains).orElse(false);
        for (QuarterFacts f : slots(activity.themes(), start)) {
            switch (activity.type()) {
                case Activity.FACULTY_EXCHANGE -> f.exchangesStarted++;
                case Activity.FELLOWSHIP -> f.fellowshipsStarted++;
                case Activity.WORKSHOP, Activity.TRAINING -> {
                    f.eventsHeld++;
                    f.eventParticipants += activity.participants().orElse(0L);
                }
                case Activity.INVENTION_DISCLOSURE -> f.inventionDisclosures++;
                case Activity.PATENT_FILING -> f.patentFilings++;
                case Activity.LICENCE -> f.licences++;
                case Activity.SPIN_OUT -> f.spinOuts++;
                default -> throw new IllegalArgumentException("unknown activity type " + activity.type());
            }
            if (Activity.isMobility(activity.type())) {
                f.mobilityStarted++;
                if (seedFunded) {
                    f.seedFundedMobility++;
                }
            }
        }
        if (activity.type().equals(Activity.FELLOWSHIP)) {
            end.ifPresent(date -> slots(activity.themes(), date).forEach(f -> f.fellowshipsEnded++));
        }
        if (activity.type().equals(Activity.FACULTY_EXCHANGE)) {
            addExchangeDays(activity.themes(), start, end.orElse(asOf));
        }
    }

    /** Each quarter gets the days of {@code [start, last]} that fall in it, so any run of quarters sums them. */
    private void addExchangeDays(long themes, LocalDate start, LocalDate last) {
        for (long q = calendar.quarterOf(start); q <= calendar.quarterOf(last); q++) {
            LocalDate from = max(start, calendar.quarterStart(q));
            LocalDate to = min(last, calendar.quarterEnd(q));
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            slots(themes, from).forEach(f -> f.exchangeDays += days);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Whether a publication counts in no quarter because of how coarse its date is (as the
     * {@code coarse-dates} setting leaves it), though it is not after the as-of date: a year alone,
     * or a month or year that has begun but not ended by the as-of date.
     */
    public boolean isTooCoarseForQuarter(MergedPublication publication) {
        DatePrecision precision = config.coarseDates().effective(publication.precision());
        LocalDate first = publication.date();
        return !isAfterAsOf(first) && (!precision.placesInQuarter() || isAfterAsOf(precision.lastDay(first)));
    }

    /** The report's periods: from the quarter of the earliest included record to the report quarter. */
    public ReportPeriods periods(long reportQuarter) {
        return ReportPeriods.of(calendar, reportQuarter, asOf, Optional.ofNullable(earliest));
    }

    public MetricsTable table(long reportQuarter) {
        ReportPeriods periods = periods(reportQuarter);
        long firstQuarter = periods.allTime().firstQuarter();
        MetricsTable table = new MetricsTable();
        for (Period period : periods.all()) {
            MetricsTable.PeriodRow row = new MetricsTable.PeriodRow(period.label(), period.start(), period.end());
            for (int slot = 0; slot < themeIds.size(); slot++) {
                PeriodFacts periodFacts = periodFacts(facts.get(slot), yearFacts.get(slot), period, firstQuarter);
                for (Metric metric : metrics) {
                    table.put(row, themeIds.get(slot), metric, metric.valueOf(periodFacts));
                }
            }
        }
        return table;
    }

    private static PeriodFacts periodFacts(Map<Long, QuarterFacts> byQuarter, Map<Long, QuarterFacts> byYear,
            Period period, long firstQuarter) {
        QuarterFacts flow = new QuarterFacts();
        QuarterFacts cumulative = new QuarterFacts();
        // a year alone counts in a period that holds all of it: never a quarter, a fiscal year only
        // when fiscal years are calendar years
        byYear.forEach((year, f) -> {
            if (!LocalDate.of(year.intValue(), 1, 1).isBefore(period.start())
                    && !LocalDate.of(year.intValue(), 12, 31).isAfter(period.end())) {
                add(flow, f, true);
            }
        });
        for (long q = firstQuarter; q <= period.lastQuarter(); q++) {
            QuarterFacts f = byQuarter.get(q);
            if (f == null) {
                continue;
            }
            if (q >= period.firstQuarter()) {
                add(flow, f, true);
            }
            add(cumulative, f, false);
        }
        return new PeriodFacts(flow.publications, flow.jointPublications, flow.jointCitations,
                flow.jointCitationCounts, flow.jointFwciSum, flow.jointFwciCount, flow.jointOpenAccessKnown,
                flow.jointOpenAccess, flow.grantsDecided, flow.grantsAwarded, flow.awardedValue, flow.seedValue,
                flow.externalValue, cumulative.followOnExternalValue, cumulative.seedValue, flow.completions,
                flow.monthsToAward, flow.withdrawals, cumulative.studentsStarted - cumulative.studentsEnded,
                cumulative.fourYearCohort, cumulative.fourYearOnTime, new ProgrammeFacts(flow.exchangesStarted,
                        flow.exchangeDays, flow.fellowshipsStarted,
                        cumulative.fellowshipsStarted - cumulative.fellowshipsEnded, flow.eventsHeld,
                        flow.eventParticipants, flow.inventionDisclosures, flow.patentFilings, flow.licences,
                        flow.spinOuts, flow.mobilityStarted, flow.seedFundedMobility));
    }

    /** Adds a quarter's facts; the value lists only where the period needs them (not for cumulative sums). */
    private static void add(QuarterFacts sum, QuarterFacts f, boolean withValueLists) {
        sum.publications += f.publications;
        sum.jointPublications += f.jointPublications;
        sum.jointCitations = Math.addExact(sum.jointCitations, f.jointCitations);
        if (withValueLists) {
            sum.jointCitationCounts.addAll(f.jointCitationCounts);
            sum.monthsToAward.addAll(f.monthsToAward);
        }
        sum.jointFwciSum = sum.jointFwciSum.add(f.jointFwciSum);
        sum.jointFwciCount += f.jointFwciCount;
        sum.jointOpenAccessKnown += f.jointOpenAccessKnown;
        sum.jointOpenAccess += f.jointOpenAccess;
        sum.grantsDecided += f.grantsDecided;
        sum.grantsAwarded += f.grantsAwarded;
        sum.awardedValue = sum.awardedValue.add(f.awardedValue);
        sum.seedValue = sum.seedValue.add(f.seedValue);
        sum.externalValue = sum.externalValue.add(f.externalValue);
        sum.followOnExternalValue = sum.followOnExternalValue.add(f.followOnExternalValue);
        sum.completions += f.completions;
        sum.withdrawals += f.withdrawals;
        sum.studentsStarted += f.studentsStarted;
        sum.studentsEnded += f.studentsEnded;
        sum.fourYearCohort += f.fourYearCohort;
        sum.fourYearOnTime += f.fourYearOnTime;
        sum.exchangesStarted += f.exchangesStarted;
        sum.exchangeDays += f.exchangeDays;
        sum.fellowshipsStarted += f.fellowshipsStarted;
        sum.fellowshipsEnded += f.fellowshipsEnded;
        sum.eventsHeld += f.eventsHeld;
        sum.eventParticipants += f.eventParticipants;
        sum.inventionDisclosures += f.inventionDisclosures;
        sum.patentFilings += f.patentFilings;
        sum.licences += f.licences;
        sum.spinOuts += f.spinOuts;
        sum.mobilityStarted += f.mobilityStarted;
        sum.seedFundedMobility += f.seedFundedMobility;
    }

    /** The quarter facts a record adds to: each of its themes (or unclassified), and all. */
    private List<QuarterFacts> slots(long themes, LocalDate date) {
        return slots(facts, themes, calendar.quarterOf(date));
    }

    /** The facts under {@code key} (a quarter, or a year) of each of a record's themes (or unclassified), and all. */
    private List<QuarterFacts> slots(List<Map<Long, QuarterFacts>> table, long themes, long key) {
        List<QuarterFacts> slots = new ArrayList<>();
        int configured = config.themes().size();
        if (themes == 0) {
            slots.add(table.get(configured).computeIfAbsent(key, q -> new QuarterFacts()));
        }
        for (int i = 0; i < configured; i++) {
            if ((themes & (1L << i)) != 0) {
                slots.add(table.get(i).computeIfAbsent(key, q -> new QuarterFacts()));
            }
        }
        slots.add(table.get(configured + 1).computeIfAbsent(key, q -> new QuarterFacts()));
        return slots;
    }

    private boolean isAfterAsOf(LocalDate date) {
        return date.isAfter(asOf);
    }

    private void noteDate(LocalDate date) {
        if (earliest == null || date.isBefore(earliest)) {
            earliest = date;
        }
    }
}

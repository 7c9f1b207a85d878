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
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;
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
    private LocalDate earliest;

    public MetricsCalculator(PartnershipConfig config, LocalDate asOf) {
        this.config = config;
        this.calendar = new FiscalCalendar(config.fiscalYearStartMonth());
        this.asOf = asOf;
        this.themeIds = config.reportThemeIds();
        themeIds.forEach(id -> facts.add(new HashMap<>()));
    }

    public void addPublication(MergedPublication publication) {
        if (isAfterAsOf(publication.date())) {
            return;
        }
        noteDate(publication.date());
        for (QuarterFacts f : slots(publication.themes(), publication.date())) {
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
                PeriodFacts periodFacts = periodFacts(facts.get(slot), period, firstQuarter);
                for (Metric metric : Metric.values()) {
                    table.put(row, themeIds.get(slot), metric, metric.valueOf(periodFacts));
                }
            }
        }
        return table;
    }

    private static PeriodFacts periodFacts(Map<Long, QuarterFacts> byQuarter, Period period, long firstQuarter) {
        QuarterFacts flow = new QuarterFacts();
        QuarterFacts cumulative = new QuarterFacts();
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
                cumulative.fourYearCohort, cumulative.fourYearOnTime);
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
    }

    /** The quarter facts a record adds to: each of its themes (or unclassified), and all. */
    private List<QuarterFacts> slots(long themes, LocalDate date) {
        long quarter = calendar.quarterOf(date);
        List<QuarterFacts> slots = new ArrayList<>();
        int configured = config.themes().size();
        if (themes == 0) {
            slots.add(facts.get(configured).computeIfAbsent(quarter, q -> new QuarterFacts()));
        }
        for (int i = 0; i < configured; i++) {
            if ((themes & (1L << i)) != 0) {
                slots.add(facts.get(i).computeIfAbsent(quarter, q -> new QuarterFacts()));
            }
        }
        slots.add(facts.get(configured + 1).computeIfAbsent(quarter, q -> new QuarterFacts()));
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

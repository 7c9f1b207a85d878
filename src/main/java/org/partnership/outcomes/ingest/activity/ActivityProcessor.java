package org.partnership.outcomes.ingest.activity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.RowProcessor;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.ThemeColumn;
import org.partnership.outcomes.ingest.UniqueIds;
import org.partnership.outcomes.ingest.grant.GrantCodec;
import org.partnership.outcomes.matching.AffiliationMatcher;
import org.partnership.outcomes.matching.ThemeClassifier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Validates a programme activity row (REQUIREMENTS §9): an exchange or fellowship goes from one
 * configured partner to another and names its person by a pseudonymous reference; a completed
 * activity has ended; only events have participants; a funding grant is an accepted grant of the
 * register (so this step runs after the grants step); an activity id that appears again rejects
 * every later row, across files.
 */
public final class ActivityProcessor extends RowProcessor<Activity> implements StepExecutionListener {

    private final PartnershipConfig config;
    private final StagingArea staging;
    private final InputFiles files;
    private final ThemeClassifier classifier;
    private final AffiliationMatcher partners;
    private final UniqueIds<Activity> ids = new UniqueIds<>(Source.ACTIVITIES, "activity_id", "activity id",
            new ActivityCodec(), Activity::activityId);
    private final Set<String> grantIds = new HashSet<>();

    public ActivityProcessor(PartnershipConfig config, StagingArea staging, InputFiles files) {
        super("activity_id");
        this.config = config;
        this.staging = staging;
        this.files = files;
        this.classifier = new ThemeClassifier(config.themes());
        this.partners = new AffiliationMatcher(config.partners());
    }

    /** Loads the ids of the grants the run accepted, and on a restart the activity ids of the rows committed before. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        grantIds.clear();
        staging.forEachAccepted(runId, files.of(Source.GRANTS), new GrantCodec(),
                staged -> grantIds.add(staged.record().grantId()));
        ids.reload(staging, files, stepExecution);
    }

    @Override
    protected void claimId(CsvRow row) {
        ids.claim(row);
    }

    @Override
    protected Activity parse(FieldReader fields) {
        String id = fields.required("activity_id");
        String type = fields.requiredChoice("type", Activity.TYPES);
        String title = fields.required("title");
        String status = fields.requiredChoice("status", Activity.STATUSES);
        LocalDate start = fields.requiredDate("start_date");
        Optional<LocalDate> end = fields.optionalDate("end_date");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new RowRejected("end_date", end.get().toString(), "end date before start date " + start);
        }
        if (status.equals(Activity.COMPLETED) && end.isEmpty()) {
            throw new RowRejected("end_date", "", "status completed needs an end date");
        }
        boolean mobility = Activity.isMobility(type);
        Optional<String> from = mobility ? Optional.of(fields.required("from_institution"))
                : fields.optional("from_institution");
        Optional<String> to = mobility ? Optional.of(fields.required("to_institution"))
                : fields.optional("to_institution");
        long fromPartners = from.map(partners::partnersOfList).orElse(0L);
        long toPartners = to.map(partners::partnersOfList).orElse(0L);
        if (mobility) {
            requireTwoPartners(from.get(), fromPartners, to.get(), toPartners);
        }
        Optional<String> person = mobility ? Optional.of(fields.required("person_ref")) : fields.optional("person_ref");
        long themes = ThemeColumn.explicitThemes(config, fields)
                .orElseGet(() -> classifier.classify(title, fields.items("keywords")));
        Optional<Long> participants = participants(fields, type);
        Optional<String> grant = fields.optional("funded_by_grant");
        if (grant.isPresent() && !grantIds.contains(grant.get())) {
            throw new RowRejected("funded_by_grant", grant.get(), "no accepted grant of the register has this id");
        }
        return new Activity(id, type, title, from, to, fromPartners, toPartners, person, themes, start, end,
                participants, grant, status);
    }

    /** The person comes from one configured partner and is hosted by another. */
    private static void requireTwoPartners(String from, long fromPartners, String to, long toPartners) {
        if (fromPartners == 0) {
            throw new RowRejected("from_institution", from, "not between two partners: names no configured partner");
        }
        if (toPartners == 0) {
            throw new RowRejected("to_institution", to, "not between two partners: names no configured partner");
        }
        // one affiliation may name two partners; any pair of different ones will do
        if (Long.bitCount(fromPartners | toPartners) < 2) {
            throw new RowRejected("to_institution", to, "not between two partners: the same partner as from_institution");
        }
    }

    private static Optional<Long> participants(FieldReader fields, String type) {
        Optional<String> text = fields.optional("participants");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!Activity.isEvent(type)) {
            throw new RowRejected("participants", text.get(), "participants are only for workshops and trainings");
        }
        long count = fields.wholeNumber("participants", 0);
        if (count < 1) {
            throw new RowRejected("participants", text.get(), "participants must be at least 1");
        }
        return Optional.of(count);
    }
}

package org.partnership.outcomes.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.partnership.outcomes.Progress;
import org.partnership.outcomes.consolidate.JointPublicationsFile;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.ingest.activity.ActivityCodec;
import org.partnership.outcomes.ingest.RejectStore;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.grant.GrantCodec;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.ingest.phd.PhdCodec;
import org.partnership.outcomes.report.ReportDetails;

/**
 * The report's detail rows, streamed from the run's staging files and the metrics step's joint
 * publications.
 */
public record StagingReportDetails(StagingArea staging, InputFiles files, long runId, LocalDate asOf,
        Path jointPublications) implements ReportDetails {

    @Override
    public void forEachJointPublication(Consumer<MergedPublication> action) {
        Progress progress = new Progress("joint publications written to the workbook");
        JointPublicationsFile.forEach(jointPublications, publication -> {
            action.accept(publication);
            progress.tick();
        });
    }

    @Override
    public void forEachGrant(Consumer<Grant> action) {
        staging.forEachAccepted(runId, files.of(Source.GRANTS), new GrantCodec(), staged -> {
            Grant grant = staged.record();
            if (grant.decisionDate().map(d -> !d.isAfter(asOf)).orElse(true)) {
                action.accept(grant);
            }
        });
    }

    @Override
    public void forEachStudent(Consumer<PhdStudent> action) {
        staging.forEachAccepted(runId, files.of(Source.PHDS), new PhdCodec(), staged -> {
            PhdStudent student = staged.record();
            if (!student.start().isAfter(asOf)) {
                action.accept(student.asKnownOn(asOf));
            }
        });
    }

    @Override
    public void forEachActivity(Consumer<Activity> action) {
        staging.forEachAccepted(runId, files.of(Source.ACTIVITIES), new ActivityCodec(), staged -> {
            if (!staged.record().start().isAfter(asOf)) {
                action.accept(staged.record());
            }
        });
    }

    @Override
    public void forEachReject(Consumer<Reject> action) {
        RejectStore.forEach(staging, runId, files, action);
    }
}

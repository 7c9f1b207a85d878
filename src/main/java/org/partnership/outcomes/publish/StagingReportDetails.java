package org.partnership.outcomes.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.partnership.outcomes.Progress;
import org.partnership.outcomes.consolidate.JointPublicationsFile;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.RejectStore;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantTable;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.ingest.phd.PhdTable;
import org.partnership.outcomes.report.ReportDetails;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report's detail rows, streamed from the run's staging tables and the metrics step's joint publications. */
public record StagingReportDetails(JdbcTemplate jdbc, long runId, LocalDate asOf, Path jointPublications)
        implements ReportDetails {

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
        GrantTable.forEach(jdbc, runId, grant -> {
            if (grant.decisionDate().map(d -> !d.isAfter(asOf)).orElse(true)) {
                action.accept(grant);
            }
        });
    }

    @Override
    public void forEachStudent(Consumer<PhdStudent> action) {
        PhdTable.forEach(jdbc, runId, student -> {
            if (!student.start().isAfter(asOf)) {
                action.accept(student.asKnownOn(asOf));
            }
        });
    }

    @Override
    public void forEachReject(Consumer<Reject> action) {
        RejectStore.forEach(jdbc, runId, action);
    }
}

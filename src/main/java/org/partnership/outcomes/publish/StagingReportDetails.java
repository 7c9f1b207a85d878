package org.partnership.outcomes.publish;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.RejectStore;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantTable;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.ingest.phd.PhdTable;
import org.partnership.outcomes.report.ReportDetails;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report's detail rows, streamed from the run's staging tables. */
public record StagingReportDetails(JdbcTemplate jdbc, long runId, LocalDate asOf) implements ReportDetails {

    @Override
    public void forEachJointPublication(Consumer<MergedPublication> action) {
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT dedupe_key, doi, title, pub_date, pub_type, source_title,"
                    + " partners, themes, citations, fwci, open_access, rows_merged FROM po_joint_publication"
                    + " WHERE run_id = ? ORDER BY pub_date DESC, title, dedupe_key");
            statement.setFetchSize(1000);
            statement.setLong(1, runId);
            return statement;
        }, (ResultSet rs) -> {
            action.accept(new MergedPublication(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class), Optional.ofNullable(rs.getString(5)),
                    Optional.ofNullable(rs.getString(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                    Optional.ofNullable(rs.getString(10)).map(BigDecimal::new), Optional.ofNullable(rs.getString(11)),
                    rs.getInt(12)));
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
                action.accept(student);
            }
        });
    }

    @Override
    public void forEachReject(Consumer<Reject> action) {
        RejectStore.forEach(jdbc, runId, action);
    }
}

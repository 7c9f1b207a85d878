package org.partnership.outcomes.metrics;

import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.consolidate.PublicationMerger;
import org.partnership.outcomes.ingest.grant.GrantTable;
import org.partnership.outcomes.ingest.phd.PhdTable;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.publish.OutputFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consolidates the staged records (merges duplicate publications, keeps the joint ones for the
 * report) and writes {@code metrics.csv} into the run's work folder.
 */
public final class MetricsTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsTasklet.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final RunSettings settings;

    public MetricsTasklet(JdbcTemplate jdbc, RunSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        LocalDate asOf = settings.options().asOf();
        LocalDate reportEnd = ReportPeriods.reportEnd(settings.calendar(), settings.reportQuarter(), asOf);
        MetricsCalculator calculator = new MetricsCalculator(settings.config(), asOf);

        jdbc.update("DELETE FROM po_joint_publication WHERE run_id = ?", runId);
        List<MergedPublication> batch = new ArrayList<>();
        long[] distinct = {0};
        PublicationMerger.forEach(jdbc, runId, publication -> {
            distinct[0]++;
            calculator.addPublication(publication);
            if (publication.isJoint() && !publication.date().isAfter(reportEnd)) {
                batch.add(publication);
                if (batch.size() == BATCH) {
                    insertJoint(runId, batch);
                }
            }
        });
        insertJoint(runId, batch);

        Set<String> seedGrantIds = new HashSet<>(jdbc.queryForList(
                "SELECT grant_id FROM po_grant WHERE run_id = ? AND funding_type = 'seed'", String.class, runId));
        GrantTable.forEach(jdbc, runId, grant -> calculator.addGrant(grant, seedGrantIds));
        PhdTable.forEach(jdbc, runId, calculator::addStudent);

        MetricsTable table = calculator.table(settings.reportQuarter());
        Path work = new OutputFolders(settings.options().output(), settings.quarterSlug(), runId).createWork();
        table.writeCsv(work.resolve("metrics.csv"));
        LOG.info("metrics computed: {} distinct publications, {} periods x {} themes x {} metrics", distinct[0],
                table.periods().size(), table.themes().size(), Metric.values().length);
        return RepeatStatus.FINISHED;
    }

    private void insertJoint(long runId, List<MergedPublication> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO po_joint_publication (run_id, dedupe_key, doi, title, pub_date, pub_type,"
                + " source_title, partners, themes, citations, fwci, open_access, rows_merged)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch, batch.size(), (ps, p) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, p.dedupeKey());
                    ps.setString(3, p.doi());
                    ps.setString(4, p.title());
                    ps.setObject(5, p.date());
                    ps.setString(6, p.type().orElse(null));
                    ps.setString(7, p.sourceTitle().orElse(null));
                    ps.setLong(8, p.partners());
                    ps.setLong(9, p.themes());
                    ps.setLong(10, p.citations());
                    if (p.fwci().isPresent()) {
                        ps.setString(11, p.fwci().get().toPlainString());
                    } else {
                        ps.setNull(11, Types.VARCHAR);
                    }
                    ps.setString(12, p.openAccess().orElse(null));
                    ps.setInt(13, p.rowsMerged());
                });
        batch.clear();
    }
}

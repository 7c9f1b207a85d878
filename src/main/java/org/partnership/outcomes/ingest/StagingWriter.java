package org.partnership.outcomes.ingest;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk's accepted records to the source's staging table and its rejects to the rejects
 * table, in the chunk's transaction: a crash loses or doubles neither. Rows are keyed by run (the
 * job instance), file and line.
 */
public final class StagingWriter<T> implements ItemWriter<Ingested<T>>, StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final StagingTable<T> table;
    private long runId;

    public StagingWriter(JdbcTemplate jdbc, StagingTable<T> table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void write(Chunk<? extends Ingested<T>> chunk) {
        List<Ingested.Accepted<T>> accepted = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Ingested<T> item : chunk) {
            if (item instanceof Ingested.Accepted<T> a) {
                accepted.add(a);
            } else if (item instanceof Ingested.Rejected<T> r) {
                rejects.add(r.reject());
            }
        }
        if (!accepted.isEmpty()) {
            jdbc.batchUpdate(table.insertSql(), accepted, accepted.size(), (PreparedStatement ps, Ingested.Accepted<T> a) -> {
                ps.setLong(1, runId);
                ps.setInt(2, a.row().fileIndex());
                ps.setLong(3, a.row().line());
                table.bind(ps, a.row(), a.record());
            });
        }
        if (!rejects.isEmpty()) {
            RejectStore.insert(jdbc, runId, rejects);
        }
    }
}

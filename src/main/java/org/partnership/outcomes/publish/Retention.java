package org.partnership.outcomes.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.partnership.outcomes.ingest.StagingArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps a year of nightly runs from filling the disk: a published run's staged records are deleted
 * at once (only a failed run needs them, to restart), and job-repository records, staged records and
 * work folders of runs older than the retention period are pruned. Published reports are never
 * deleted.
 */
public final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private Retention() {
    }

    /** Prunes runs whose last execution ended (or started) before {@code days} days ago. */
    public static void prune(JdbcTemplate jdbc, Path output, int days) {
        LocalDateTime cutoff = LocalDateTime.now().minusDays(days);
        List<Long> old = jdbc.queryForList("SELECT i.JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE i"
                + " WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID"
                + " AND (e.STATUS IN ('STARTED', 'STARTING', 'STOPPING') OR COALESCE(e.END_TIME, e.CREATE_TIME) >= ?))",
                Long.class, cutoff);
        old.forEach(instance -> forget(jdbc, output, instance));
        if (!old.isEmpty()) {
            LOG.info("pruned {} runs older than {} days from the job repository and staging", old.size(), days);
        }
        pruneWorkFolders(output, cutoff);
    }

    /** Removes one run from the job repository and staging, as if it had never run. */
    public static void forget(JdbcTemplate jdbc, Path output, long instance) {
        StagingArea.in(output).drop(instance);
        String executions = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?";
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT STEP_EXECUTION_ID"
                + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + "))", instance);
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")", instance);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + executions + ")", instance);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + executions + ")", instance);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?", instance);
        jdbc.update("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = ?", instance);
    }

    /** Work folders of runs that failed long ago and were never restarted. */
    private static void pruneWorkFolders(Path output, LocalDateTime cutoff) {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (Stream<Path> entries = Files.list(output)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(".work-")).toList()) {
                LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(entry).toInstant(),
                        java.time.ZoneId.systemDefault());
                if (modified.isBefore(cutoff)) {
                    OutputFolders.deleteTree(entry);
                    LOG.info("pruned the work folder {} of a run older than the retention period", entry);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not prune old work folders in {}: {}", output, e.getMessage());
        }
    }
}

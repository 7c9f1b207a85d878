package org.partnership.outcomes.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.partnership.outcomes.ingest.StagingArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

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
    public static void prune(JobRepository repository, Path output, int days) {
        LocalDateTime cutoff = LocalDateTime.now().minusDays(days);
        List<JobInstance> old = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.findJobInstances(job)) {
                if (repository.getJobExecutions(instance).stream().allMatch(e -> isOver(e, cutoff))) {
                    old.add(instance);
                }
            }
        }
        old.forEach(instance -> forget(repository, output, instance));
        if (!old.isEmpty()) {
            LOG.info("pruned {} runs older than {} days from the job repository and staging", old.size(), days);
        }
        pruneWorkFolders(output, cutoff);
    }

    /** An execution that no process is running and that ended (or was created) before the cutoff. */
    private static boolean isOver(JobExecution execution, LocalDateTime cutoff) {
        LocalDateTime last = execution.getEndTime() != null ? execution.getEndTime() : execution.getCreateTime();
        return !execution.isRunning() && last != null && last.isBefore(cutoff);
    }

    /**
     * Removes one run from the job repository (its executions, their steps, contexts and
     * parameters, under whatever table prefix the repository uses) and from staging, as if it had
     * never run.
     */
    public static void forget(JobRepository repository, Path output, JobInstance instance) {
        StagingArea.in(output).drop(instance.getInstanceId());
        repository.deleteJobInstance(instance);
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

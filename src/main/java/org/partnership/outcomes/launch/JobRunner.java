package org.partnership.outcomes.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.Termination;
import org.partnership.outcomes.publish.PublishedFiles;
import org.partnership.outcomes.publish.ReportTasklet;
import org.partnership.outcomes.publish.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the job once for the run's settings, the way an unattended scheduler needs it: an
 * execution left STARTED by a killed process is marked failed and restarted from where it
 * stopped; a run that already completed with the same identity is not redone.
 */
@Component
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** The error line of a run stopped by a signal before its job started. */
    public static final String STOPPED_BEFORE_START = "the run was stopped before it started; run the same command"
            + " again to run it";

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunSettings settings;
    private final int retentionDays;

    JobRunner(JobOperator operator, JobRepository repository, Job job, RunSettings settings, RunTuning tuning) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.settings = settings;
        this.retentionDays = tuning.retentionDays();
    }

    /** The run's identity: the same options and the same input bytes are the same run. */
    JobParameters parameters() {
        RunOptions options = settings.options();
        return new JobParametersBuilder()
                .addString("input", options.input().toAbsolutePath().normalize().toString())
                .addString("output", options.output().toAbsolutePath().normalize().toString())
                .addString("config", options.configFile().toAbsolutePath().normalize().toString())
                .addLocalDate("asOf", options.asOf())
                .addString("quarter", settings.quarterLabel())
                .addString("inputSha256", settings.inputFingerprint())
                .toJobParameters();
    }

    /** Runs (or restarts) the job and tells how it ended. */
    public Outcome run() throws Exception {
        Instant started = Instant.now();
        JobParameters parameters = parameters();
        JobExecution last = lastExecution(parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            Path report = settings.options().output().resolve(settings.quarterSlug());
            Optional<String> damage = damage(report, last);
            if (damage.isEmpty()) {
                LOG.info("report {} is already up to date: run {} completed at {} with these inputs and options",
                        settings.quarterLabel(), last.getJobInstance().getInstanceId(), last.getEndTime());
                return new Outcome(ExitCode.SUCCESS, Optional.empty());
            }
            LOG.warn("run {} published {} at {} but {}: running it again", last.getJobInstance().getInstanceId(),
                    settings.quarterLabel(), last.getEndTime(), damage.get());
            Retention.forget(repository, settings.options().output(), last.getJobInstance());
            last = null;
        }
        boolean restart = last != null;
        if (last != null && (last.isRunning() || hasRunningStep(last))) {
            LOG.warn("execution {} of run {} is still marked {} but its process is gone: marking it failed and"
                    + " restarting it", last.getId(), last.getJobInstance().getInstanceId(), last.getStatus());
            operator.recover(last);
        } else if (last != null) {
            LOG.info("restarting run {} (last execution {} ended {}) from where it stopped",
                    last.getJobInstance().getInstanceId(), last.getId(), last.getStatus());
        }
        if (Termination.requested()) {
            return new Outcome(ExitCode.JOB_FAILED, Optional.of(STOPPED_BEFORE_START));
        }
        JobExecution execution;
        try {
            execution = operator.start(job, parameters);
        } catch (JobExecutionException | RuntimeException refused) {
            if (!restart || refused instanceof InputProblem) {
                throw refused;
            }
            return freshStart(last, refused, started);
        }
        if (restart && execution.getStatus() == BatchStatus.FAILED && inputProblem(execution).isEmpty()
                && !Termination.requested()) {
            return freshStart(last, execution.getAllFailureExceptions().stream().findFirst().orElse(null), started);
        }
        return outcome(execution, Duration.between(started, Instant.now()));
    }

    /**
     * A restart that fails on something other than the input (the saved state of a run that died
     * mid-write, say on a full disk) would fail the same way every time: the run's saved state is
     * dropped and the run done again from the start, so that no one has to repair the job
     * repository by hand.
     */
    private Outcome freshStart(JobExecution last, Throwable failure, Instant started) throws Exception {
        LOG.warn("restarting run {} failed ({}): running it again from the start",
                last.getJobInstance().getInstanceId(), failure == null ? "no reason given" : rootMessage(failure));
        LOG.debug("the restart's failure", failure);
        Retention.forget(repository, settings.options().output(), last.getJobInstance());
        JobExecution execution = operator.start(job, parameters());
        return outcome(execution, Duration.between(started, Instant.now()));
    }

    /**
     * The run's last execution, or null; a record that cannot be read back (cut short by a failed
     * write) is dropped, and the run starts afresh.
     */
    private JobExecution lastExecution(JobParameters parameters) {
        try {
            return repository.getLastJobExecution(job.getName(), parameters);
        } catch (RuntimeException unreadable) {
            var instance = repository.getJobInstance(job.getName(), parameters);
            if (instance == null) {
                throw unreadable;
            }
            LOG.warn("the record of run {} cannot be read ({}): running it again from the start",
                    instance.getInstanceId(), rootMessage(unreadable));
            LOG.debug("the unreadable record", unreadable);
            Retention.forget(repository, settings.options().output(), instance);
            return null;
        }
    }

    /** A step execution left running by a run that died while the job's own status was being saved. */
    private static boolean hasRunningStep(JobExecution execution) {
        return execution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning());
    }

    /** Why a completed run's report is not as it published it, or empty when it is. */
    private static Optional<String> damage(Path report, JobExecution completed) {
        if (!Files.isDirectory(report)) {
            return Optional.of(report + " is gone");
        }
        String published = completed.getExecutionContext().getString(PublishedFiles.KEY, "");
        return published.isEmpty() ? Optional.empty() : PublishedFiles.firstDifference(report, published);
    }

    private static Optional<InputProblem> inputProblem(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof InputProblem problem) {
                    return Optional.of(problem);
                }
            }
        }
        return Optional.empty();
    }

    private Outcome outcome(JobExecution execution, Duration took) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Retention.prune(repository, settings.options().output(), retentionDays);
            var counts = execution.getExecutionContext();
            LOG.info("run complete: {} report{} published in {}; {} rows read, {} accepted, {} rejected; {} s",
                    settings.quarterLabel(), settings.calendar().quarterEnd(settings.reportQuarter())
                            .isAfter(settings.options().asOf()) ? " (to date)" : "",
                    settings.options().output().resolve(settings.quarterSlug()), counts.getLong(ReportTasklet.ROWS_READ, 0),
                    counts.getLong(ReportTasklet.ROWS_ACCEPTED, 0), counts.getLong(ReportTasklet.ROWS_REJECTED, 0),
                    took.toSeconds());
            return new Outcome(ExitCode.SUCCESS, Optional.empty());
        }
        Optional<InputProblem> problem = inputProblem(execution);
        if (problem.isPresent()) {
            return new Outcome(exitCodeOf(problem.get()), Optional.of(problem.get().getMessage()));
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new Outcome(ExitCode.JOB_FAILED, Optional.of("the run was stopped before it finished; run the same"
                    + " command again to resume it"));
        }
        // a partition step fails with "Partition handler returned an unsuccessful step": its worker's failure says why
        Throwable first = execution.getAllFailureExceptions().stream()
                .sorted(Comparator.comparing(failure -> failure.getClass() == JobExecutionException.class))
                .findFirst().orElse(null);
        String reason = first == null ? "" : ": " + Failures.describe(first, settings.options().output());
        LOG.error("run failed{}", reason);
        LOG.debug("run failed", first);
        return new Outcome(ExitCode.JOB_FAILED, Optional.of("the run failed" + reason + "; run the same command again"
                + " to restart it (the full trace with --logging.level.org.partnership.outcomes=debug)"));
    }

    public static ExitCode exitCodeOf(InputProblem problem) {
        return switch (problem.kind()) {
            case USAGE, CONFIGURATION -> ExitCode.INVALID_USAGE_OR_CONFIGURATION;
            case INPUT -> ExitCode.INPUT_UNUSABLE;
            case REJECT_LIMIT -> ExitCode.REJECTS_OVER_LIMIT;
        };
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** How a run ended: its exit code and, on failure, the one line for standard error. */
    public record Outcome(ExitCode code, Optional<String> error) {
    }
}

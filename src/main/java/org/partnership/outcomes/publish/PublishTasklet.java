package org.partnership.outcomes.publish;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.period.ReportPeriods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes {@code run.json} and moves the finished work folder into place. */
public final class PublishTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final RunSettings settings;

    public PublishTasklet(JdbcTemplate jdbc, JobRepository repository, RunSettings settings) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobInstance instance = execution.getJobInstance();
        OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(),
                instance.getInstanceId());
        ReportPeriods periods = ReportPeriods.of(settings.calendar(), settings.reportQuarter(),
                settings.options().asOf(), java.util.Optional.empty());
        new RunManifest(RunManifest.applicationVersion(), settings.options().asOf(), settings.quarterLabel(),
                settings.calendar().quarterStart(settings.reportQuarter()), periods.report().end(), periods.toDate(),
                instance.getInstanceId(), execution.getId(), settings.inputFingerprint(),
                ReportTasklet.dataQuality(jdbc, repository, instance, settings),
                firstStart(instance), timings(instance))
                .write(folders.work().resolve("run.json"));
        folders.publish();
        // the report is out: only a failed run needs its staging rows, to restart
        Retention.dropStaging(jdbc, instance.getInstanceId());
        LOG.info("report published in {}", folders.target());
        return RepeatStatus.FINISHED;
    }

    private LocalDateTime firstStart(JobInstance instance) {
        return repository.getJobExecutions(instance).stream().map(JobExecution::getStartTime)
                .filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo).orElse(LocalDateTime.now());
    }

    /** Each step's time summed over the run's executions (a restart adds to the steps it re-runs). */
    private List<RunManifest.StepTiming> timings(JobInstance instance) {
        Map<String, Duration> durations = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(repository.getJobExecutions(instance));
        executions.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (JobExecution execution : executions) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStartTime() == null) {
                    continue;
                }
                LocalDateTime end = step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime();
                durations.merge(step.getStepName(), Duration.between(step.getStartTime(), end), Duration::plus);
                statuses.put(step.getStepName(), step.getStatus().toString());
            }
        }
        List<RunManifest.StepTiming> timings = new ArrayList<>();
        durations.forEach((step, duration) -> timings.add(new RunManifest.StepTiming(step, statuses.get(step), duration)));
        return timings;
    }
}

package org.partnership.outcomes.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnership.outcomes.deck.DeckWriter;
import org.partnership.outcomes.ingest.IngestAccount;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.metrics.MetricsTasklet;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.ReportData;
import org.partnership.outcomes.report.ReportWriter;
import org.partnership.outcomes.web.WebPage;
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

/**
 * Writes the report into the work folder: the workbook and charts (from {@code metrics.csv}, so
 * both show the same figures), {@code rejects.csv} and {@code run.json}.
 */
public final class ReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);
    /** Job execution-context keys of the run's row counts, for the closing summary line. */
    public static final String ROWS_READ = "rowsRead";
    public static final String ROWS_ACCEPTED = "rowsAccepted";
    public static final String ROWS_REJECTED = "rowsRejected";

    private final StagingArea staging;
    private final JobRepository repository;
    private final RunSettings settings;

    public ReportTasklet(StagingArea staging, JobRepository repository, RunSettings settings) {
        this.staging = staging;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobInstance instance = execution.getJobInstance();
        long runId = instance.getInstanceId();
        OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(), runId);
        Path work = folders.createWork();
        MetricsTable metrics = MetricsTable.readCsv(work.resolve("metrics.csv"));
        ReportPeriods periods = ReportPeriods.of(settings.calendar(), settings.reportQuarter(),
                settings.options().asOf(), metrics.periods().stream().findFirst().map(MetricsTable.PeriodRow::start));
        StepExecution metricsStep = repository.getLastStepExecution(instance, MetricsTasklet.STEP_NAME);
        DataQuality quality = IngestAccount.of(staging, repository, instance, settings.inputFiles(),
                settings.fileHashes(), metricsStep.getExecutionContext());
        StagingReportDetails details = new StagingReportDetails(staging, settings.inputFiles(), runId,
                settings.options().asOf(), folders.scratch().resolve(MetricsTasklet.JOINT_PUBLICATIONS));
        ReportData data = new ReportData(settings.config(), periods, metrics, quality, details);
        // the rest of the pack is written beside the workbook, on another core; the deck and the
        // web page show the workbook's brief, figures and chart images
        ReportWriter.write(data, work, written -> {
            RejectsCsv.write(details, work.resolve("rejects.csv"));
            DeckWriter.write(data, written.brief(), written.charts(), work);
            WebPage.write(data, written.brief(), written.charts(), work);
        });
        new RunManifest(RunManifest.applicationVersion(), settings.options().asOf(), settings.quarterLabel(),
                periods.report().start(), periods.report().end(), periods.toDate(), runId, execution.getId(),
                settings.inputFingerprint(), quality, firstStart(instance), timings(instance))
                .write(work.resolve("run.json"));
        var summary = execution.getExecutionContext();
        summary.putLong(ROWS_READ, quality.rowsRead());
        summary.putLong(ROWS_ACCEPTED, quality.accepted());
        summary.putLong(ROWS_REJECTED, quality.rejected());
        LOG.info("report written for {}", periods.report().label());
        return RepeatStatus.FINISHED;
    }

    private LocalDateTime firstStart(JobInstance instance) {
        return repository.getJobExecutions(instance).stream().map(JobExecution::getStartTime)
                .filter(Objects::nonNull).min(LocalDateTime::compareTo).orElse(LocalDateTime.now());
    }

    /** Each step's time summed over the run's executions; this step's own up to now. */
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

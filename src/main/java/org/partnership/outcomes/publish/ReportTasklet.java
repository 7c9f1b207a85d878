package org.partnership.outcomes.publish;

import java.nio.file.Path;
import org.partnership.outcomes.ingest.IngestAccount;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.ReportData;
import org.partnership.outcomes.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the report into the work folder: the workbook and charts (from {@code metrics.csv}, so
 * both show the same figures) and {@code rejects.csv}.
 */
public final class ReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final RunSettings settings;

    public ReportTasklet(JdbcTemplate jdbc, JobRepository repository, RunSettings settings) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        long runId = instance.getInstanceId();
        Path work = new OutputFolders(settings.options().output(), settings.quarterSlug(), runId).createWork();
        MetricsTable metrics = MetricsTable.readCsv(work.resolve("metrics.csv"));
        ReportPeriods periods = ReportPeriods.of(settings.calendar(), settings.reportQuarter(),
                settings.options().asOf(), metrics.periods().stream().findFirst().map(MetricsTable.PeriodRow::start));
        DataQuality quality = dataQuality(jdbc, repository, instance, settings);
        StagingReportDetails details = new StagingReportDetails(jdbc, runId, settings.options().asOf());
        RejectsCsv.write(details, work.resolve("rejects.csv"));
        ReportWriter.write(new ReportData(settings.config(), periods, metrics, quality, details), work);
        LOG.info("report written for {}", periods.report().label());
        return RepeatStatus.FINISHED;
    }

    static DataQuality dataQuality(JdbcTemplate jdbc, JobRepository repository, JobInstance instance,
            RunSettings settings) {
        return IngestAccount.of(jdbc, repository, instance, settings.inputFiles(), settings.fileHashes(),
                settings.options().asOf());
    }
}

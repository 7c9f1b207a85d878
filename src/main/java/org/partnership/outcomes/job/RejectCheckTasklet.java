package org.partnership.outcomes.job;

import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.ingest.IngestAccount;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.publish.OutputFolders;
import org.partnership.outcomes.publish.RejectsCsv;
import org.partnership.outcomes.publish.StagingReportDetails;
import org.partnership.outcomes.report.DataQuality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After ingest: every file's rows must add up, and no file may reject more than the configuration
 * allows. Over the limit, the run fails and publishes nothing; the rejected rows are left in the
 * work folder's {@code rejects.csv} so the operator can see what to fix.
 */
final class RejectCheckTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(RejectCheckTasklet.class);

    private final StagingArea staging;
    private final JobRepository repository;
    private final RunSettings settings;

    RejectCheckTasklet(StagingArea staging, JobRepository repository, RunSettings settings) {
        this.staging = staging;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        DataQuality quality = IngestAccount.of(staging, repository, instance, settings.inputFiles(),
                settings.fileHashes(), new org.springframework.batch.infrastructure.item.ExecutionContext());
        try {
            IngestAccount.check(quality, settings.config());
        } catch (InputProblem overLimit) {
            OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(),
                    instance.getInstanceId());
            var rejects = folders.createWork().resolve("rejects.csv");
            RejectsCsv.write(new StagingReportDetails(staging, settings.inputFiles(), instance.getInstanceId(),
                    settings.options().asOf(), folders.scratch()), rejects);
            throw new InputProblem(overLimit.kind(), overLimit.file(), overLimit.line(),
                    overLimit.reason() + "; nothing was published; the rejected rows are listed in " + rejects);
        }
        LOG.info("input accounted for: {} rows read, {} accepted, {} rejected", quality.rowsRead(), quality.accepted(),
                quality.rejected());
        quality.files().stream().filter(f -> !f.personalDataColumns().isEmpty()).forEach(f -> LOG.info(
                "{}: personal-data columns ignored, never read or copied: {}", f.file(),
                String.join(", ", f.personalDataColumns())));
        return RepeatStatus.FINISHED;
    }
}

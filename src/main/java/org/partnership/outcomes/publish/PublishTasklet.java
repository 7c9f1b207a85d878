package org.partnership.outcomes.publish;

import org.partnership.outcomes.launch.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.partnership.outcomes.ingest.StagingArea;

/** Moves the finished work folder into place, then drops the run's staged records. */
public final class PublishTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);

    private final StagingArea staging;
    private final RunSettings settings;

    public PublishTasklet(StagingArea staging, RunSettings settings) {
        this.staging = staging;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(),
                instance.getInstanceId());
        folders.publish();
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(PublishedFiles.KEY, PublishedFiles.list(folders.target()));
        // the report is out: only a failed run needs its staged records, to restart
        staging.drop(instance.getInstanceId());
        LOG.info("report published in {}", folders.target());
        return RepeatStatus.FINISHED;
    }
}

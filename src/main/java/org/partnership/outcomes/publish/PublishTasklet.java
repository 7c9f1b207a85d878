package org.partnership.outcomes.publish;

import org.partnership.outcomes.launch.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moves the finished work folder into place, then drops the run's staging rows. */
public final class PublishTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);

    private final JdbcTemplate jdbc;
    private final RunSettings settings;

    public PublishTasklet(JdbcTemplate jdbc, RunSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        OutputFolders folders = new OutputFolders(settings.options().output(), settings.quarterSlug(),
                instance.getInstanceId());
        folders.publish();
        // the report is out: only a failed run needs its staging rows, to restart
        Retention.dropStaging(jdbc, instance.getInstanceId());
        LOG.info("report published in {}", folders.target());
        return RepeatStatus.FINISHED;
    }
}

package org.partnership.outcomes.job;

import org.partnership.outcomes.Termination;
import org.partnership.outcomes.ingest.IngestSteps;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.launch.RunSettings;
import org.partnership.outcomes.launch.RunTuning;
import org.partnership.outcomes.metrics.MetricsTasklet;
import org.partnership.outcomes.publish.PublishTasklet;
import org.partnership.outcomes.publish.ReportTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The partnership report job: ingest each source into staging files (exchange rates first: grants need
 * them; then publications beside grants and PhD students), check the rejects, compute the metrics,
 * write the report, publish it.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipJobConfiguration {

    static final String JOB_NAME = "partnership-report";

    @Bean
    Job partnershipReportJob(JobRepository repository, PlatformTransactionManager transactions,
            RunSettings settings, RunTuning tuning) {
        StagingArea staging = StagingArea.in(settings.options().output());
        IngestSteps ingest = new IngestSteps(repository, transactions, staging, settings.options().asOf(),
                settings.config(), settings.inputFiles(), tuning.chunkSize(), tuning.progressInterval(),
                tuning.ingestThreadsOrCores());
        // publications and the two registers share no rule until the check: read side by side
        Flow publications = new FlowBuilder<SimpleFlow>("publications").start(ingest.step(Source.PUBLICATIONS))
                .build();
        Flow registers = new FlowBuilder<SimpleFlow>("registers").start(ingest.step(Source.GRANTS))
                .next(ingest.step(Source.PHDS)).build();
        Flow run = new FlowBuilder<SimpleFlow>("run")
                .start(ingest.step(Source.FX_RATES))
                .next(new FlowBuilder<SimpleFlow>("ingest").split(new SimpleAsyncTaskExecutor("ingest-flow-"))
                        .add(publications, registers).build())
                .next(new StepBuilder("check-rejects", repository)
                        .tasklet(new RejectCheckTasklet(staging, repository, settings), transactions)
                        .listener(Termination.stopBeforeStart()).build())
                .next(new StepBuilder(MetricsTasklet.STEP_NAME, repository)
                        .tasklet(new MetricsTasklet(staging, settings), transactions)
                        .listener(Termination.stopBeforeStart()).build())
                .next(new StepBuilder("report", repository)
                        .tasklet(new ReportTasklet(staging, repository, settings), transactions)
                        .listener(Termination.stopBeforeStart()).build())
                .next(new StepBuilder("publish", repository)
                        .tasklet(new PublishTasklet(staging, settings), transactions)
                        .listener(Termination.stopBeforeStart()).build())
                .build();
        return new JobBuilder(JOB_NAME, repository).start(run).end().build();
    }
}

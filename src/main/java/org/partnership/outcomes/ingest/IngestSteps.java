package org.partnership.outcomes.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnership.outcomes.Termination;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.ingest.activity.ActivityCodec;
import org.partnership.outcomes.ingest.activity.ActivityProcessor;
import org.partnership.outcomes.ingest.fx.FxRateProcessor;
import org.partnership.outcomes.ingest.fx.FxRateCodec;
import org.partnership.outcomes.ingest.grant.GrantProcessor;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.grant.GrantCodec;
import org.partnership.outcomes.ingest.phd.PhdProcessor;
import org.partnership.outcomes.ingest.phd.PhdCodec;
import org.partnership.outcomes.ingest.phd.PhdStudent;
import org.partnership.outcomes.ingest.publication.PublicationProcessor;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.staging.RecordCodec;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds one chunk-oriented step per source: reader (CSV rows) → processor (validated record or
 * reject) → writer (staging files of records and rejects, committed with the chunk). Publication
 * exports, which no rule relates before they are merged, are ingested side by side on
 * {@code threads} threads, one worker step per file; grant, PhD and activity files are read in one
 * step per source, in order, because their ids must be unique across files. The optional
 * activities source has a step even when it has no file: it then reads nothing.
 */
public final class IngestSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final StagingArea staging;
    private final LocalDate asOf;
    private final PartnershipConfig config;
    private final InputFiles files;
    private final int chunkSize;
    private final Duration progressEvery;
    private final int threads;

    public IngestSteps(JobRepository repository, PlatformTransactionManager transactions, StagingArea staging,
            LocalDate asOf, PartnershipConfig config, InputFiles files, int chunkSize, Duration progressEvery,
            int threads) {
        this.repository = repository;
        this.transactions = transactions;
        this.staging = staging;
        this.asOf = asOf;
        this.config = config;
        this.files = files;
        this.chunkSize = chunkSize;
        this.progressEvery = progressEvery;
        this.threads = threads;
    }

    /** {@code ingest-publications}, {@code ingest-fx-rates}, ... */
    public static String stepName(Source source) {
        return "ingest-" + source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Step step(Source source) {
        String name = stepName(source);
        List<InputFile> ofSource = files.of(source);
        return switch (source) {
            case FX_RATES -> build(name, ofSource, new FxRateProcessor(staging, files, asOf), new FxRateCodec(),
                    rate -> null);
            case PUBLICATIONS -> new StepBuilder(name, repository)
                    .partitioner(name, FilePartitions.partitioner(ofSource))
                    .step(FilePartitions.worker(name, ofSource, file -> build(workerName(file),
                            List.of(file), new PublicationProcessor(config, asOf, file.shape()),
                            new PublicationCodec(), Publication::date)))
                    .gridSize(ofSource.size())
                    .taskExecutor(workers())
                    .build();
            case GRANTS -> build(name, ofSource, new GrantProcessor(config, staging, files, asOf), new GrantCodec(),
                    (Grant grant) -> grant.decisionDate().orElse(null));
            case PHDS -> build(name, ofSource, new PhdProcessor(config, staging, files, asOf), new PhdCodec(),
                    PhdStudent::start);
            case ACTIVITIES -> build(name, ofSource, new ActivityProcessor(config, staging, files),
                    new ActivityCodec(), Activity::start);
        };
    }

    /** At most {@code threads} partitions at a time, on threads named {@code ingest-1}, {@code ingest-2}, ... */
    private TaskExecutor workers() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(Math.max(1, threads));
        return executor;
    }

    /**
     * The steps whose saved state accounts for a source's rows: the step itself, or for
     * publications, whose exports are ingested side by side, one worker step per file.
     */
    public static List<String> accountingStepNames(Source source, InputFiles files) {
        if (source == Source.PUBLICATIONS) {
            return files.of(source).stream().map(IngestSteps::workerName).toList();
        }
        return List.of(stepName(source));
    }

    /** The worker step of one publication export, as Spring Batch's splitter names it. */
    private static String workerName(InputFile file) {
        return stepName(Source.PUBLICATIONS) + ":" + FilePartitions.partitionName(file);
    }

    /** {@code datedBy}: the date by which a record counts as after the as-of date, or null. */
    private <T> Step build(String name, List<InputFile> stepFiles, RowProcessor<T> processor, RecordCodec<T> codec,
            Function<T, LocalDate> datedBy) {
        StagingWriter<T> writer = new StagingWriter<>(staging, stepFiles, codec, datedBy, asOf);
        ChunkOrientedStepBuilder<CsvRow, Ingested<T>> builder = new StepBuilder(name, repository)
                .<CsvRow, Ingested<T>>chunk(chunkSize)
                .transactionManager(transactions)
                .interruptionPolicy(Termination.interruptionPolicy())
                .reader(new CsvSourceReader(name, stepFiles))
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) writer)
                .listener(new ProgressLog(stepFiles.size() == 1 ? stepFiles.get(0).name()
                        : stepFiles.isEmpty() ? "no file" : stepFiles.get(0).source().location(), progressEvery));
        if (processor instanceof StepExecutionListener listener) {
            builder.listener(listener);
        }
        return builder.build();
    }
}

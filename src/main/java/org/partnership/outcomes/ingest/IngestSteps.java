package org.partnership.outcomes.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.Locale;
import org.partnership.outcomes.Termination;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.CsvRow;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds one chunk-oriented step per source: reader (CSV rows) → processor (validated record or
 * reject) → writer (staging files of records and rejects, committed with the chunk).
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

    public IngestSteps(JobRepository repository, PlatformTransactionManager transactions, StagingArea staging,
            LocalDate asOf, PartnershipConfig config, InputFiles files, int chunkSize, Duration progressEvery) {
        this.repository = repository;
        this.transactions = transactions;
        this.staging = staging;
        this.asOf = asOf;
        this.config = config;
        this.files = files;
        this.chunkSize = chunkSize;
        this.progressEvery = progressEvery;
    }

    /** {@code ingest-publications}, {@code ingest-fx-rates}, ... */
    public static String stepName(Source source) {
        return "ingest-" + source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Step step(Source source) {
        return switch (source) {
            case FX_RATES -> build(source, new FxRateProcessor(staging), new FxRateCodec(), rate -> null);
            case PUBLICATIONS -> build(source, new PublicationProcessor(config), new PublicationCodec(),
                    Publication::date);
            case GRANTS -> build(source, new GrantProcessor(config, staging), new GrantCodec(),
                    (Grant grant) -> grant.decisionDate().orElse(null));
            case PHDS -> build(source, new PhdProcessor(config, staging), new PhdCodec(), PhdStudent::start);
        };
    }

    /** {@code datedBy}: the date by which a record counts as after the as-of date, or null. */
    private <T> Step build(Source source, RowProcessor<T> processor, RecordCodec<T> codec,
            Function<T, LocalDate> datedBy) {
        String name = stepName(source);
        StagingWriter<T> writer = new StagingWriter<>(staging, source, codec, datedBy, asOf);
        ChunkOrientedStepBuilder<CsvRow, Ingested<T>> builder = new StepBuilder(name, repository)
                .<CsvRow, Ingested<T>>chunk(chunkSize)
                .transactionManager(transactions)
                .interruptionPolicy(Termination.interruptionPolicy())
                .reader(new CsvSourceReader(name, files.of(source)))
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) writer)
                .listener(new ProgressLog(source.location(), progressEvery));
        if (processor instanceof StepExecutionListener listener) {
            builder.listener(listener);
        }
        return builder.build();
    }
}

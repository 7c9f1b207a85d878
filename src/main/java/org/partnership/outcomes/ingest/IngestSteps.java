package org.partnership.outcomes.ingest;

import java.time.Duration;
import java.util.Locale;
import org.partnership.outcomes.Termination;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.fx.FxRateProcessor;
import org.partnership.outcomes.ingest.fx.FxRateTable;
import org.partnership.outcomes.ingest.grant.GrantProcessor;
import org.partnership.outcomes.ingest.grant.GrantTable;
import org.partnership.outcomes.ingest.phd.PhdProcessor;
import org.partnership.outcomes.ingest.phd.PhdTable;
import org.partnership.outcomes.ingest.publication.PublicationProcessor;
import org.partnership.outcomes.ingest.publication.PublicationTable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds one chunk-oriented step per source: reader (CSV rows) → processor (validated record or
 * reject) → writer (staging and rejects, in the chunk's transaction).
 */
public final class IngestSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final PartnershipConfig config;
    private final InputFiles files;
    private final int chunkSize;
    private final Duration progressEvery;

    public IngestSteps(JobRepository repository, PlatformTransactionManager transactions, JdbcTemplate jdbc,
            PartnershipConfig config, InputFiles files, int chunkSize, Duration progressEvery) {
        this.repository = repository;
        this.transactions = transactions;
        this.jdbc = jdbc;
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
            case FX_RATES -> build(source, new FxRateProcessor(jdbc), new FxRateTable());
            case PUBLICATIONS -> build(source, new PublicationProcessor(config), new PublicationTable());
            case GRANTS -> build(source, new GrantProcessor(config, jdbc), new GrantTable());
            case PHDS -> build(source, new PhdProcessor(config, jdbc), new PhdTable());
        };
    }

    private <T> Step build(Source source, RowProcessor<T> processor, StagingTable<T> table) {
        String name = stepName(source);
        StagingWriter<T> writer = new StagingWriter<>(jdbc, table);
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

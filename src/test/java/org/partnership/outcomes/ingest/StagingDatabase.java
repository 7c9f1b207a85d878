package org.partnership.outcomes.ingest;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 database with the staging tables, and a step execution of run (job instance) 1. */
public final class StagingDatabase {

    /** The run id of {@link #stepExecution()}: staging rows keyed by it belong to the run under test. */
    public static final long RUN_ID = 1L;

    private final JdbcTemplate jdbc;

    public StagingDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:staging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(new ClassPathResource("schema-staging.sql")),
                dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public StepExecution stepExecution() {
        JobInstance instance = new JobInstance(RUN_ID, "partnershipOutcomes");
        return new StepExecution(1L, "ingest", new JobExecution(1L, instance, new JobParameters()));
    }

    /** Stages an accepted exchange rate of the run, as the fx step would have. */
    public void addRate(String currency, String validFrom, String rate) {
        Integer line = jdbc.queryForObject("SELECT COUNT(*) + 2 FROM po_fx_rate", Integer.class);
        jdbc.update("INSERT INTO po_fx_rate (run_id, file_idx, line, currency, valid_from, rate) VALUES (?, 0, ?, ?, ?, ?)",
                RUN_ID, line, currency, java.sql.Date.valueOf(validFrom), rate);
    }

    /** Drops the database. */
    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}

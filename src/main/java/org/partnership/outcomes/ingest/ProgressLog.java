package org.partnership.outcomes.ingest;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs an ingest step's start and end, and its progress (rows per second) at most every few seconds. */
final class ProgressLog implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    private final String what;
    private final Duration every;
    private StepExecution step;
    private Instant started;
    private Instant lastLog;

    ProgressLog(String what, Duration every) {
        this.what = what;
        this.every = every;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = Instant.now();
        lastLog = started;
        LOG.info("step {} started: reading {}", stepExecution.getStepName(), what);
    }

    @Override
    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<Object> chunk) {
        Instant now = Instant.now();
        if (Duration.between(lastLog, now).compareTo(every) >= 0) {
            lastLog = now;
            LOG.info("step {}: {} rows read, {} rows/s", step.getStepName(), step.getReadCount(),
                    rate(step.getReadCount(), now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LOG.info("step {} ended {}: {} rows read, {} s ({} rows/s)", stepExecution.getStepName(),
                stepExecution.getStatus(), stepExecution.getReadCount(),
                String.format("%.1f", Duration.between(started, Instant.now()).toMillis() / 1000.0),
                rate(stepExecution.getReadCount(), Instant.now()));
        return stepExecution.getExitStatus();
    }

    private long rate(long rows, Instant now) {
        long millis = Math.max(1, Duration.between(started, now).toMillis());
        return rows * 1000 / millis;
    }
}

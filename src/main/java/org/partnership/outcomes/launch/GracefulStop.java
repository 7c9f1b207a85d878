package org.partnership.outcomes.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.partnership.outcomes.Termination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On SIGTERM (what schedulers send first) asks the running job to stop after its current chunk
 * ({@link Termination}), and holds the JVM until it has and the database is closed: the execution
 * ends STOPPED, restartable, instead of being left STARTED. A step that is not a chunk step (the
 * metrics, the report) finishes first. A SIGKILL cannot be caught; the next run recovers instead.
 */
public final class GracefulStop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    private static final long WAIT_SECONDS = 120;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    /** Installs the hook for the job of this context; close it once the context is closed. */
    public static GracefulStop install(ConfigurableApplicationContext context) {
        return new GracefulStop(context.getBean(JobRepository.class), context.getBean(Job.class).getName());
    }

    private GracefulStop(JobRepository repository, String jobName) {
        hook = new Thread(() -> {
            if (!runningExecutions(repository, jobName).isEmpty()) {
                LOG.warn("termination requested: stopping after the current chunk");
            }
            Termination.request();
            try {
                if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("the job did not stop within {} s; the next run will recover it", WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static java.util.Set<JobExecution> runningExecutions(JobRepository repository, String jobName) {
        try {
            return repository.findRunningJobExecutions(jobName);
        } catch (RuntimeException databaseGone) {
            return java.util.Set.of();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the job has finished
        }
    }
}

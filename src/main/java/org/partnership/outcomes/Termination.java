package org.partnership.outcomes;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.ThreadStepInterruptionPolicy;

/**
 * A request to stop, made by SIGTERM, and the interruption policy by which chunk steps honour it
 * between chunks. The step marks its own execution to terminate, in its own thread: asking
 * {@code JobOperator.stop} from the signal's thread updated the same step execution concurrently
 * and could fail the run with an optimistic-locking error instead of stopping it.
 */
public final class Termination {

    private static final AtomicBoolean REQUESTED = new AtomicBoolean();

    private Termination() {
    }

    public static void request() {
        REQUESTED.set(true);
    }

    public static boolean requested() {
        return REQUESTED.get();
    }

    /**
     * Stops a step that is not a chunk step (the metrics, the report: a few seconds each at a
     * million rows) before it starts once termination is requested, as STOPPED: one that has
     * started finishes, and the job stops before its next step.
     */
    public static StepExecutionListener stopBeforeStart() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                if (requested()) {
                    stepExecution.setTerminateOnly(); // the step's first interruption check stops it
                }
            }
        };
    }

    /** Stops a chunk step before its next chunk once termination is requested, as STOPPED. */
    public static StepInterruptionPolicy interruptionPolicy() {
        ThreadStepInterruptionPolicy usual = new ThreadStepInterruptionPolicy();
        return stepExecution -> {
            if (requested()) {
                stepExecution.setTerminateOnly(); // what makes the step end STOPPED, not COMPLETED
                throw new JobInterruptedException("termination requested");
            }
            usual.checkInterrupted(stepExecution);
        };
    }

}

package org.partnership.outcomes.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the output folder's run lock around a run and turns unexpected failures into one line. */
public final class RunGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RunGuard.class);

    private RunGuard() {
    }

    public static ExitCode whileHolding(Path output, PrintStream err, Callable<ExitCode> run) {
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(output);
        } catch (Exception e) {
            err.println("error: cannot lock the output folder: " + Failures.describe(e, output));
            return ExitCode.JOB_FAILED;
        }
        if (lock.isEmpty()) {
            err.println("error: " + output + ": another run is in progress on this output folder; this one did nothing");
            return ExitCode.ALREADY_RUNNING;
        }
        try (RunLock held = lock.get()) {
            return run.call();
        } catch (Exception e) {
            LOG.debug("run failed", e);
            err.println("error: the run failed: " + Failures.describe(e, output) + " (the full trace with"
                    + " --logging.level.org.partnership.outcomes=debug)");
            return ExitCode.JOB_FAILED;
        }
    }
}

package org.partnership.outcomes.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.partnership.outcomes.Termination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On SIGTERM (what schedulers send first) asks the run to stop after its current chunk or step
 * ({@link Termination}), holds the JVM until the run has ended and its database is closed, and
 * then exits with the run's own status: 1 and its {@code error:} line for a stopped run, 0 for one
 * that had already published. Without this the JVM would exit 143 however the run ended. A
 * SIGKILL cannot be caught; the next run recovers instead.
 */
public final class GracefulStop {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    /** Far above the few seconds a step takes to end; the schedulers in jobs/ wait 150 s. */
    public static final long WAIT_SECONDS = 120;

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int status = ExitCode.JOB_FAILED.status();

    private GracefulStop() {
    }

    /** Installs the hook; first thing in {@code main}, so that a signal landing early is handled too. */
    public static GracefulStop install() {
        GracefulStop stop = new GracefulStop();
        Runtime.getRuntime().addShutdownHook(new Thread(stop::onShutdown, "graceful-stop"));
        installed = stop;
        return stop;
    }

    private void onShutdown() {
        if (finished.getCount() > 0) { // a signal, not the exit below
            LOG.warn("termination requested: stopping after the current chunk or step");
            Termination.request();
            try {
                if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println("error: the run did not stop within " + WAIT_SECONDS
                            + " s of the termination request; run the same command again to resume it");
                    System.err.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the signal's own status (143) would otherwise win over the run's
        Runtime.getRuntime().halt(status);
    }

    private static volatile GracefulStop installed;
    private static final AtomicBoolean ABORTED = new AtomicBoolean();

    /**
     * Ends the process at once with status 1 and one line, for a run that cannot end by itself;
     * the next run recovers it as after a kill. Does nothing in a process that did not start in
     * {@code main} (a test's own JVM).
     */
    static void abort(String message) {
        GracefulStop stop = installed;
        if (stop != null && ABORTED.compareAndSet(false, true)) {
            System.err.println("error: " + message);
            System.err.flush();
            stop.status = ExitCode.JOB_FAILED.status();
            Runtime.getRuntime().halt(stop.status);
        }
    }

    /** Ends the process with the run's status, whether or not a signal came first. */
    public void exit(ExitCode code) {
        status = code.status();
        finished.countDown();
        System.exit(code.status());
    }
}

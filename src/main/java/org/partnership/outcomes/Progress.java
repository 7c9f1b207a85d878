package org.partnership.outcomes;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far a long piece of work has got, at most every few seconds, so that an operator
 * watching the log of a large run sees it move.
 */
public final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final String what;
    private final long started = System.nanoTime();
    private long lastLog = started;
    private long count;

    /** {@code what} names the things counted: "publication rows merged". */
    public Progress(String what) {
        this.what = what;
    }

    public void tick() {
        count++;
        if ((count & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastLog >= EVERY_NANOS) {
                lastLog = now;
                LOG.info("{}: {} so far, {} per second", what, count, count * 1_000_000_000L / Math.max(1, now - started));
            }
        }
    }
}

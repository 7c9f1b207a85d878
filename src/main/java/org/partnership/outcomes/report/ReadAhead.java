package org.partnership.outcomes.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.partnership.outcomes.consolidate.MergedPublication;
import org.partnership.outcomes.ingest.Reject;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.ingest.grant.Grant;
import org.partnership.outcomes.ingest.phd.PhdStudent;

/**
 * Detail rows read and decoded on a thread of their own, a few thousand ahead of the sheet that
 * writes them: the workbook has one thread (POI's objects are for one), and reading the staged
 * rows need not take its time. Each row is handed to the sheet's thread in the order read.
 */
final class ReadAhead implements ReportDetails {

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;

    private final ReportDetails details;

    ReadAhead(ReportDetails details) {
        this.details = details;
    }

    @Override
    public void forEachJointPublication(Consumer<MergedPublication> action) {
        forEach(details::forEachJointPublication, action);
    }

    @Override
    public void forEachGrant(Consumer<Grant> action) {
        forEach(details::forEachGrant, action);
    }

    @Override
    public void forEachStudent(Consumer<PhdStudent> action) {
        forEach(details::forEachStudent, action);
    }

    @Override
    public void forEachActivity(Consumer<Activity> action) {
        forEach(details::forEachActivity, action);
    }

    @Override
    public void forEachReject(Consumer<Reject> action) {
        forEach(details::forEachReject, action);
    }

    /** Ends the reading thread's walk when the sheet's thread has stopped taking rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code source} on another thread and {@code action} on this one, on each row the source
     * gives; a failure on either side ends both, and is thrown here.
     */
    static <T> void forEach(Consumer<Consumer<T>> source, Consumer<T> action) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<T> end = new ArrayList<>(0);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
                source.accept(row -> {
                    batch.get(0).add(row);
                    if (batch.get(0).size() == BATCH) {
                        hand(queue, batch.set(0, new ArrayList<>(BATCH)), stopped);
                    }
                });
                hand(queue, batch.get(0), stopped);
            } catch (Stopped done) {
                // the sheet's thread has stopped taking rows
            } catch (RuntimeException | Error e) {
                failure.set(e);
            } finally {
                // room is made for it: the sheet's thread takes rows until this, or clears the queue
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "report-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<T> rows = take(queue); rows != end; rows = take(queue)) {
                rows.forEach(action);
            }
        } finally {
            stopped.set(true);
            queue.clear();
            join(reader);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> rows, AtomicBoolean stopped) {
        if (stopped.get()) {
            throw new Stopped();
        }
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static <T> List<T> take(BlockingQueue<List<T>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the workbook", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

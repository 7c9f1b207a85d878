package org.partnership.outcomes.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Runs one worker step per input file, side by side on a few threads. Each worker has a step of
 * its own (its own reader, processor and staging writer), so they share nothing but the job
 * repository. Spring Batch's splitter keeps the restart contract: a restart runs again only the
 * workers that did not complete, each from its last committed chunk.
 */
final class FilePartitions implements PartitionHandler {

    private static final String FILE_INDEX = "fileIndex";

    private final Map<Integer, InputFile> files = new LinkedHashMap<>();
    private final int threads;
    private final Function<InputFile, Step> workerOf;

    FilePartitions(List<InputFile> files, int threads, Function<InputFile, Step> workerOf) {
        files.forEach(file -> this.files.put(file.index(), file));
        this.threads = Math.max(1, threads);
        this.workerOf = workerOf;
    }

    static String partitionName(InputFile file) {
        return "file-" + file.index();
    }

    /** One partition per file, which names it by its index. */
    static Partitioner partitioner(List<InputFile> files) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (InputFile file : files) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(FILE_INDEX, file.index());
                partitions.put(partitionName(file), context);
            }
            return partitions;
        };
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        Set<StepExecution> partitions = splitter.split(manager, files.size());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, partitions.size())),
                task -> new Thread(task, "ingest-" + threadNumber.incrementAndGet()));
        try {
            List<Future<StepExecution>> running = new ArrayList<>();
            for (StepExecution partition : partitions) {
                Step worker = workerOf.apply(files.get(partition.getExecutionContext().getInt(FILE_INDEX)));
                running.add(pool.submit(() -> {
                    worker.execute(partition);
                    return partition;
                }));
            }
            List<StepExecution> done = new ArrayList<>();
            for (Future<StepExecution> future : running) {
                try {
                    done.add(future.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            // the manager fails with a worker's own failure, so that the run reports what went wrong
            for (StepExecution partition : done) {
                if (partition.getStatus() == BatchStatus.FAILED && !partition.getFailureExceptions().isEmpty()) {
                    Throwable failure = partition.getFailureExceptions().get(0);
                    throw failure instanceof Exception e ? e : new IllegalStateException(failure);
                }
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}

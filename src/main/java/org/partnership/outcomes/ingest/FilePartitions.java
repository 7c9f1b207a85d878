package org.partnership.outcomes.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The partitions of a source read one file per partition: Spring Batch's partition step splits,
 * runs the workers on its task executor, restarts only the partitions that did not complete and
 * aggregates them. The worker hands each partition to the step of its file (a reader, processor
 * and staging writer of its own), so that side-by-side files share nothing but the job repository.
 */
final class FilePartitions {

    private static final String FILE_INDEX = "fileIndex";

    private FilePartitions() {
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

    /**
     * The worker step: runs a partition with the step of the file it names, made when the
     * partition runs (a restart makes none for the files that completed). It bears the partition
     * step's own name, which the splitter puts before each partition's: {@code ingest-publications:file-3}.
     */
    static Step worker(String name, List<InputFile> files, Function<InputFile, Step> stepOf) {
        Map<Integer, InputFile> byIndex = new LinkedHashMap<>();
        files.forEach(file -> byIndex.put(file.index(), file));
        return new Step() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public void execute(StepExecution partition) throws JobInterruptedException {
                stepOf.apply(byIndex.get(partition.getExecutionContext().getInt(FILE_INDEX))).execute(partition);
            }
        };
    }
}

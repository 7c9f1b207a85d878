package org.partnership.outcomes.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.Staged;
import org.partnership.outcomes.staging.StagingFile;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends a chunk's accepted records and rejects to the staging files of their input file. The
 * files are flushed when the step saves its state, inside the chunk's transaction, and their
 * lengths are saved with that state: a restart cuts each file back to its last committed length,
 * so a crash loses or doubles nothing. The per-file counts of accepted rows and of rows dated after
 * the as-of date are saved the same way, for the run's account.
 */
public final class StagingWriter<T> implements ItemStreamWriter<Ingested<T>>, StepExecutionListener {

    /** Execution-context key prefixes, each followed by the input file's name. */
    public static final String ACCEPTED_BYTES = "stagedBytes:";
    public static final String REJECTED_BYTES = "rejectedBytes:";
    public static final String ACCEPTED = "accepted:";
    public static final String AFTER_AS_OF = "afterAsOf:";

    private final StagingArea area;
    private final List<InputFile> files;
    private final RecordCodec<T> codec;
    private final Function<T, LocalDate> datedBy;
    private final LocalDate asOf;
    private final Map<Integer, Staging<T>> byFile = new HashMap<>();
    private long runId;

    /**
     * Stages the rows of {@code files}; {@code datedBy} gives the date by which a record counts as
     * after the as-of date, or null.
     */
    public StagingWriter(StagingArea area, List<InputFile> files, RecordCodec<T> codec,
            Function<T, LocalDate> datedBy, LocalDate asOf) {
        this.area = area;
        this.files = List.copyOf(files);
        this.codec = codec;
        this.datedBy = datedBy;
        this.asOf = asOf;
    }

    /** One input file's staging: its two files and its counts. */
    private static final class Staging<T> {
        final InputFile file;
        final StagingFile<T> records;
        final StagingFile<Reject> rejects;
        long accepted;
        long afterAsOf;

        Staging(InputFile file, StagingFile<T> records, StagingFile<Reject> rejects, ExecutionContext context) {
            this.file = file;
            this.records = records;
            this.rejects = rejects;
            this.accepted = context.getLong(ACCEPTED + file.name(), 0L);
            this.afterAsOf = context.getLong(AFTER_AS_OF + file.name(), 0L);
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void open(ExecutionContext context) {
        close();
        for (InputFile file : files) {
            // a file not yet committed to is cut to nothing: what a killed run left there never committed
            long acceptedBytes = context.getLong(ACCEPTED_BYTES + file.name(), 0L);
            long rejectedBytes = context.getLong(REJECTED_BYTES + file.name(), 0L);
            byFile.put(file.index(), new Staging<>(file,
                    StagingFile.append(area.accepted(runId, file), acceptedBytes, codec),
                    StagingFile.append(area.rejects(runId, file), rejectedBytes, RejectStore.CODEC), context));
        }
    }

    /** The last file's staging, kept: a step's rows come from one file, or from one after another. */
    private Staging<T> last;

    private Staging<T> staging(int fileIndex) {
        if (last == null || last.file.index() != fileIndex) {
            last = byFile.get(fileIndex);
        }
        return last;
    }

    @Override
    public void write(Chunk<? extends Ingested<T>> chunk) {
        for (Ingested<T> item : chunk) {
            if (item instanceof Ingested.Accepted<T> a) {
                Staging<T> staging = staging(a.row().fileIndex());
                staging.records.add(a.row().fileIndex(), a.row().line(), a.record());
                staging.accepted++;
                LocalDate date = datedBy.apply(a.record());
                if (date != null && date.isAfter(asOf)) {
                    staging.afterAsOf++;
                }
            } else if (item instanceof Ingested.Rejected<T> r) {
                staging(r.reject().fileIndex()).rejects.add(r.reject().fileIndex(), r.reject().line(), r.reject());
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        for (Staging<T> staging : byFile.values()) {
            String name = staging.file.name();
            context.putLong(ACCEPTED_BYTES + name, staging.records.flush());
            context.putLong(REJECTED_BYTES + name, staging.rejects.flush());
            context.putLong(ACCEPTED + name, staging.accepted);
            context.putLong(AFTER_AS_OF + name, staging.afterAsOf);
        }
    }

    @Override
    public void close() {
        byFile.values().forEach(staging -> {
            staging.records.close();
            staging.rejects.close();
        });
        byFile.clear();
        last = null;
    }

    /** The records a step committed, as its saved state says: on a restart, those of the run before. */
    public static <T> void forEachCommitted(StagingArea area, long runId, List<InputFile> files, RecordCodec<T> codec,
            ExecutionContext context, Consumer<Staged<T>> action) {
        for (InputFile file : files) {
            StagingFile.forEach(area.accepted(runId, file), context.getLong(ACCEPTED_BYTES + file.name(), 0L), codec,
                    action);
        }
    }

    /** The rejects a step committed, as its saved state says. */
    public static void forEachCommittedReject(StagingArea area, long runId, List<InputFile> files,
            ExecutionContext context, Consumer<Reject> action) {
        for (InputFile file : files) {
            StagingFile.forEach(area.rejects(runId, file), context.getLong(REJECTED_BYTES + file.name(), 0L),
                    RejectStore.CODEC, staged -> action.accept(staged.record()));
        }
    }
}

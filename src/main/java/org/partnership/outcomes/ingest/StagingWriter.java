package org.partnership.outcomes.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Appends a chunk's accepted records to the source's staging file and its rejects to the source's
 * rejects file. Both are flushed when the step saves its state, inside the chunk's transaction, and
 * their lengths are saved with that state: a restart cuts each file back to its last committed
 * length, so a crash loses or doubles nothing. The per-file counts of accepted rows and of rows
 * dated after the as-of date are saved the same way, for the run's account.
 */
public final class StagingWriter<T> implements ItemStreamWriter<Ingested<T>>, StepExecutionListener {

    /** Execution-context keys of the committed lengths of the staging files. */
    public static final String ACCEPTED_BYTES = "staging.acceptedBytes";
    public static final String REJECTED_BYTES = "staging.rejectedBytes";
    /** Execution-context key prefixes of the per-file counts of accepted rows and rows after the as-of date. */
    public static final String ACCEPTED = "accepted:";
    public static final String AFTER_AS_OF = "afterAsOf:";

    private final StagingArea area;
    private final Source source;
    private final RecordCodec<T> codec;
    private final Function<T, LocalDate> datedBy;
    private final LocalDate asOf;
    private final Map<String, Long> accepted = new LinkedHashMap<>();
    private final Map<String, Long> afterAsOf = new LinkedHashMap<>();
    private long runId;
    private StagingFile<T> records;
    private StagingFile<Reject> rejects;

    /** {@code datedBy} gives the date by which a record counts as after the as-of date, or null. */
    public StagingWriter(StagingArea area, Source source, RecordCodec<T> codec, Function<T, LocalDate> datedBy,
            LocalDate asOf) {
        this.area = area;
        this.source = source;
        this.codec = codec;
        this.datedBy = datedBy;
        this.asOf = asOf;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void open(ExecutionContext context) {
        close();
        accepted.clear();
        afterAsOf.clear();
        context.entrySet().forEach(entry -> {
            if (entry.getKey().startsWith(ACCEPTED)) {
                accepted.put(entry.getKey().substring(ACCEPTED.length()), ((Number) entry.getValue()).longValue());
            } else if (entry.getKey().startsWith(AFTER_AS_OF)) {
                afterAsOf.put(entry.getKey().substring(AFTER_AS_OF.length()), ((Number) entry.getValue()).longValue());
            }
        });
        records = StagingFile.append(area.accepted(runId, source), context.getLong(ACCEPTED_BYTES, 0L), codec);
        rejects = StagingFile.append(area.rejects(runId, source), context.getLong(REJECTED_BYTES, 0L),
                RejectStore.CODEC);
    }

    @Override
    public void write(Chunk<? extends Ingested<T>> chunk) {
        for (Ingested<T> item : chunk) {
            if (item instanceof Ingested.Accepted<T> a) {
                records.add(a.row().fileIndex(), a.row().line(), a.record());
                accepted.merge(a.row().file(), 1L, Long::sum);
                LocalDate date = datedBy.apply(a.record());
                if (date != null && date.isAfter(asOf)) {
                    afterAsOf.merge(a.row().file(), 1L, Long::sum);
                }
            } else if (item instanceof Ingested.Rejected<T> r) {
                rejects.add(r.reject().fileIndex(), r.reject().line(), r.reject());
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ACCEPTED_BYTES, records.flush());
        context.putLong(REJECTED_BYTES, rejects.flush());
        accepted.forEach((file, count) -> context.putLong(ACCEPTED + file, count));
        afterAsOf.forEach((file, count) -> context.putLong(AFTER_AS_OF + file, count));
    }

    @Override
    public void close() {
        if (records != null) {
            records.close();
            records = null;
        }
        if (rejects != null) {
            rejects.close();
            rejects = null;
        }
    }

    /** The records a step committed, as its saved state says: on a restart, those of the run before. */
    public static <T> void forEachCommitted(StagingArea area, long runId, Source source, RecordCodec<T> codec,
            ExecutionContext context, java.util.function.Consumer<Staged<T>> action) {
        StagingFile.forEach(area.accepted(runId, source), context.getLong(ACCEPTED_BYTES, 0L), codec, action);
    }

    /** The rejects a step committed, as its saved state says. */
    public static void forEachCommittedReject(StagingArea area, long runId, Source source, ExecutionContext context,
            java.util.function.Consumer<Reject> action) {
        StagingFile.forEach(area.rejects(runId, source), context.getLong(REJECTED_BYTES, 0L), RejectStore.CODEC,
                staged -> action.accept(staged.record()));
    }
}

package org.partnership.outcomes.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowRejected;
import org.partnership.outcomes.staging.RecordCodec;
import org.springframework.batch.core.step.StepExecution;

/**
 * The ids of a source whose ids must be unique (grant ids, student refs): an id that appears again
 * rejects every later row, whatever became of its first row. On a restart the ids of the rows
 * committed before, accepted or rejected, are reloaded, so the rule gives what an uninterrupted
 * run gives.
 */
public final class UniqueIds<T> {

    private final Source source;
    private final String column;
    private final String what;
    private final RecordCodec<T> codec;
    private final Function<T, String> idOf;
    private final Set<String> seen = new HashSet<>();

    /** {@code what} names the id in a reject's reason: "grant id". */
    public UniqueIds(Source source, String column, String what, RecordCodec<T> codec, Function<T, String> idOf) {
        this.source = source;
        this.column = column;
        this.what = what;
        this.codec = codec;
        this.idOf = idOf;
    }

    /** The ids of the rows the step committed before, as its saved state says; none on a first start. */
    public void reload(StagingArea area, InputFiles files, StepExecution step) {
        seen.clear();
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        var context = step.getExecutionContext();
        List<InputFile> ofSource = files.of(source);
        StagingWriter.forEachCommitted(area, runId, ofSource, codec, context,
                staged -> seen.add(idOf.apply(staged.record())));
        StagingWriter.forEachCommittedReject(area, runId, ofSource, context, reject -> {
            if (reject.id() != null && !reject.id().isEmpty()) {
                seen.add(reject.id());
            }
        });
    }

    /** Records the row's id, or rejects the row when an earlier row holds it. */
    public void claim(CsvRow row) {
        row.value(column).ifPresent(id -> {
            if (!seen.add(id)) {
                throw new RowRejected(column, id, "duplicate " + what + ": an earlier row holds it");
            }
        });
    }
}

package org.partnership.outcomes.ingest;

import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a row into a validated record, or into a reject that names the field, the value and the
 * reason of the row's first fault. Subclasses validate in {@link #parse}, throwing
 * {@link RowRejected} at the first fault.
 */
public abstract class RowProcessor<T> implements ItemProcessor<CsvRow, Ingested<T>> {

    private final String idColumn;

    protected RowProcessor(String idColumn) {
        this.idColumn = idColumn;
    }

    @Override
    public final Ingested<T> process(CsvRow row) {
        try {
            claimId(row);
            T record = parse(new FieldReader(row));
            return new Ingested.Accepted<>(row, record);
        } catch (RowRejected fault) {
            String id = row.value(idColumn).orElse("");
            return new Ingested.Rejected<>(new Reject(row.file(), row.fileIndex(), row.line(), id, fault.field(),
                    fault.value(), fault.reason()));
        }
    }

    protected abstract T parse(FieldReader fields);

    /**
     * Called first for every row, even one whose shape is wrong: a source whose ids must be unique
     * records the row's id here and rejects an id seen before, so that the rule does not depend on
     * whether an earlier row had another fault (nor on a restart, which reloads every id seen).
     */
    protected void claimId(CsvRow row) {
    }
}

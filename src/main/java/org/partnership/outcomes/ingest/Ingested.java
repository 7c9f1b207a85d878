package org.partnership.outcomes.ingest;

import org.partnership.outcomes.csv.CsvRow;

/** What a processor makes of a row: a typed, validated record, or a reject. */
public sealed interface Ingested<T> {

    record Accepted<T>(CsvRow row, T record) implements Ingested<T> {
    }

    record Rejected<T>(Reject reject) implements Ingested<T> {
    }
}

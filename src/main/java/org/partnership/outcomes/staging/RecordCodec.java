package org.partnership.outcomes.staging;

import java.io.IOException;

/** How one kind of record is written to its staging file and read back, field by field. */
public interface RecordCodec<T> {

    void write(StagingOutput out, T record) throws IOException;

    T read(StagingInput in) throws IOException;
}

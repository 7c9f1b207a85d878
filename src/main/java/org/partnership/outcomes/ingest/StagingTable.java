package org.partnership.outcomes.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.partnership.outcomes.csv.CsvRow;

/** How one source's accepted records are stored in its staging table. */
public interface StagingTable<T> {

    /** An INSERT whose first three parameters are run id, file index and line. */
    String insertSql();

    /** Binds the record's own values, from parameter 4 on. */
    void bind(PreparedStatement statement, CsvRow row, T record) throws SQLException;
}

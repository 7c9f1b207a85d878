package org.partnership.outcomes.ingest;

import java.util.HashSet;
import java.util.Set;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowRejected;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of a source whose ids must be unique (grant ids, student refs): an id that appears again
 * rejects every later row, whatever became of its first row. On a restart the ids of the rows
 * committed before, accepted or rejected, are reloaded, so the rule gives what an uninterrupted
 * run gives.
 */
public final class UniqueIds {

    private final Source source;
    private final String stagingTable;
    private final String column;
    private final String what;
    private final Set<String> seen = new HashSet<>();

    /** {@code what} names the id in a reject's reason: "grant id". */
    public UniqueIds(Source source, String stagingTable, String column, String what) {
        this.source = source;
        this.stagingTable = stagingTable;
        this.column = column;
        this.what = what;
    }

    public void reload(JdbcTemplate jdbc, long runId) {
        seen.clear();
        seen.addAll(jdbc.queryForList("SELECT " + column + " FROM " + stagingTable + " WHERE run_id = ?",
                String.class, runId));
        seen.addAll(RejectStore.idsOf(jdbc, runId, source));
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

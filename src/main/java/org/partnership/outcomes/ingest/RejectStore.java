package org.partnership.outcomes.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rejects of a run, kept in the staging database until the report is written. */
public final class RejectStore {

    private RejectStore() {
    }

    static void insert(JdbcTemplate jdbc, long runId, List<Reject> rejects) {
        jdbc.batchUpdate("INSERT INTO po_reject (run_id, file_idx, line, file, record_id, field, field_value, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rejects, rejects.size(), (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, r.fileIndex());
                    ps.setLong(3, r.line());
                    ps.setString(4, r.file());
                    ps.setString(5, r.id());
                    ps.setString(6, r.field());
                    ps.setString(7, r.value());
                    ps.setString(8, r.reason());
                });
    }

    /** The ids of a source's rejected rows (those that have one): on a restart, ids already seen. */
    public static List<String> idsOf(JdbcTemplate jdbc, long runId, Source source) {
        return jdbc.queryForList("SELECT record_id FROM po_reject WHERE run_id = ? AND file LIKE ? AND record_id <> ''",
                String.class, runId, source.location() + "/%");
    }

    /** Every reject of the run in file and line order. */
    public static void forEach(JdbcTemplate jdbc, long runId, Consumer<Reject> action) {
        jdbc.query("SELECT file_idx, line, file, record_id, field, field_value, reason FROM po_reject"
                + " WHERE run_id = ? ORDER BY file_idx, line", rs -> {
                    action.accept(new Reject(rs.getString(3), rs.getInt(1), rs.getLong(2), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }, runId);
    }
}

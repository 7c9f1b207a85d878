package org.partnership.outcomes.ingest.publication;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.StagingTable;

/** Staging of publication rows, before duplicates are merged. */
public final class PublicationTable implements StagingTable<Publication> {

    @Override
    public String insertSql() {
        return "INSERT INTO po_publication (run_id, file_idx, line, dedupe_key, title, pub_date, pub_type,"
                + " source_title, partners, themes, citations, fwci, open_access)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement ps, CsvRow row, Publication p) throws SQLException {
        ps.setString(4, p.dedupeKey());
        ps.setString(5, p.title());
        ps.setObject(6, p.date());
        ps.setString(7, p.type().orElse(null));
        ps.setString(8, p.sourceTitle().orElse(null));
        ps.setLong(9, p.partners());
        ps.setLong(10, p.themes());
        ps.setLong(11, p.citations());
        if (p.fwci().isPresent()) {
            ps.setString(12, p.fwci().get().toPlainString());
        } else {
            ps.setNull(12, Types.VARCHAR);
        }
        ps.setString(13, p.openAccess().orElse(null));
    }
}

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
        return "INSERT INTO po_publication (run_id, file_idx, line, publication_id, doi, dedupe_key, title, pub_date,"
                + " pub_type, source_title, partners, themes, citations, fwci, open_access)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement ps, CsvRow row, Publication p) throws SQLException {
        ps.setString(4, p.publicationId());
        ps.setString(5, p.doi());
        ps.setString(6, p.dedupeKey());
        ps.setString(7, p.title());
        ps.setObject(8, p.date());
        ps.setString(9, p.type().orElse(null));
        ps.setString(10, p.sourceTitle().orElse(null));
        ps.setLong(11, p.partners());
        ps.setLong(12, p.themes());
        ps.setLong(13, p.citations());
        if (p.fwci().isPresent()) {
            ps.setString(14, p.fwci().get().toPlainString());
        } else {
            ps.setNull(14, Types.VARCHAR);
        }
        ps.setString(15, p.openAccess().orElse(null));
    }
}

package org.partnership.outcomes.ingest.phd;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.sql.SQLException;
import java.sql.Types;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.StagingTable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staging of PhD students. */
public final class PhdTable implements StagingTable<PhdStudent> {

    @Override
    public String insertSql() {
        return "INSERT INTO po_phd (run_id, file_idx, line, student_ref, programme, home_institution,"
                + " partner_institution, themes, start_date, submission_date, award_date, withdrawal_date, status,"
                + " fte, destination) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement ps, CsvRow row, PhdStudent s) throws SQLException {
        ps.setString(4, s.studentRef());
        ps.setString(5, s.programme().orElse(null));
        ps.setString(6, s.homeInstitution().orElse(null));
        ps.setString(7, s.partnerInstitution().orElse(null));
        ps.setLong(8, s.themes());
        ps.setObject(9, s.start());
        ps.setObject(10, s.submission().orElse(null), Types.DATE);
        ps.setObject(11, s.award().orElse(null), Types.DATE);
        ps.setObject(12, s.withdrawal().orElse(null), Types.DATE);
        ps.setString(13, s.status());
        ps.setString(14, s.fte().toPlainString());
        ps.setString(15, s.destination().orElse(null));
    }

    /** Every accepted student of the run, in file order. */
    public static void forEach(JdbcTemplate jdbc, long runId, Consumer<PhdStudent> action) {
        jdbc.query("SELECT student_ref, programme, home_institution, partner_institution, themes, start_date,"
                + " submission_date, award_date, withdrawal_date, status, fte, destination FROM po_phd"
                + " WHERE run_id = ? ORDER BY file_idx, line", (ResultSet rs) -> {
                    action.accept(new PhdStudent(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)), rs.getLong(5),
                            rs.getObject(6, LocalDate.class), Optional.ofNullable(rs.getObject(7, LocalDate.class)),
                            Optional.ofNullable(rs.getObject(8, LocalDate.class)),
                            Optional.ofNullable(rs.getObject(9, LocalDate.class)), rs.getString(10),
                            new BigDecimal(rs.getString(11)), Optional.ofNullable(rs.getString(12))));
                }, runId);
    }
}

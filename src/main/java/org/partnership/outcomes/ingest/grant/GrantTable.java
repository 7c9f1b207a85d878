package org.partnership.outcomes.ingest.grant;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.StagingTable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staging of the grant register. Amounts are kept as exact decimal text. */
public final class GrantTable implements StagingTable<Grant> {

    @Override
    public String insertSql() {
        return "INSERT INTO po_grant (run_id, file_idx, line, grant_id, title, funder, scheme, funding_type,"
                + " lead_institution, partner_institutions, themes, status, decision_date, amount, currency,"
                + " base_value, follow_on_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement ps, CsvRow row, Grant g) throws SQLException {
        ps.setString(4, g.grantId());
        ps.setString(5, g.title());
        ps.setString(6, g.funder());
        ps.setString(7, g.scheme().orElse(null));
        ps.setString(8, g.fundingType());
        ps.setString(9, g.leadInstitution().orElse(null));
        ps.setString(10, g.partnerInstitutions().orElse(null));
        ps.setLong(11, g.themes());
        ps.setString(12, g.status());
        ps.setObject(13, g.decisionDate().orElse(null), java.sql.Types.DATE);
        ps.setString(14, g.amount().map(BigDecimal::toPlainString).orElse(null));
        ps.setString(15, g.currency().orElse(null));
        ps.setString(16, g.baseValue().map(BigDecimal::toPlainString).orElse(null));
        ps.setString(17, g.followOnFrom().orElse(null));
    }

    /** Every accepted grant of the run, in register order. */
    public static void forEach(JdbcTemplate jdbc, long runId, Consumer<Grant> action) {
        jdbc.query("SELECT grant_id, title, funder, scheme, funding_type, lead_institution, partner_institutions,"
                + " themes, status, decision_date, amount, currency, base_value, follow_on_from FROM po_grant"
                + " WHERE run_id = ? ORDER BY file_idx, line", (ResultSet rs) -> {
                    action.accept(new Grant(rs.getString(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), rs.getString(5), Optional.ofNullable(rs.getString(6)),
                            Optional.ofNullable(rs.getString(7)), rs.getLong(8), rs.getString(9),
                            Optional.ofNullable(rs.getObject(10, LocalDate.class)),
                            Optional.ofNullable(rs.getString(11)).map(BigDecimal::new), Optional.ofNullable(rs.getString(12)),
                            Optional.ofNullable(rs.getString(13)).map(BigDecimal::new), Optional.ofNullable(rs.getString(14))));
                }, runId);
    }
}

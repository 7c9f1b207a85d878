package org.partnership.outcomes.ingest.fx;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.ingest.StagingTable;

/** Staging of exchange rates. */
public final class FxRateTable implements StagingTable<FxRate> {

    @Override
    public String insertSql() {
        return "INSERT INTO po_fx_rate (run_id, file_idx, line, currency, valid_from, rate) VALUES (?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement ps, CsvRow row, FxRate rate) throws SQLException {
        ps.setString(4, rate.currency());
        ps.setObject(5, rate.validFrom());
        ps.setString(6, rate.rate().toPlainString());
    }
}

package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams a run's staged publication rows in dedupe-key order (files by name, then line, within a
 * key) and hands out one {@link MergedPublication} per key. Memory holds one key's rows at a time.
 */
public final class PublicationMerger {

    private PublicationMerger() {
    }

    public static void forEach(JdbcTemplate jdbc, long runId, Consumer<MergedPublication> action) {
        Accumulator[] current = {null};
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT dedupe_key, doi, title, pub_date, pub_type, source_title,"
                    + " partners, themes, citations, fwci, open_access FROM po_publication WHERE run_id = ?"
                    + " ORDER BY dedupe_key, file_idx, line", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            statement.setLong(1, runId);
            return statement;
        }, (ResultSet rs) -> {
            String key = rs.getString(1);
            if (current[0] != null && !current[0].key.equals(key)) {
                action.accept(current[0].result());
                current[0] = null;
            }
            if (current[0] == null) {
                current[0] = new Accumulator(rs);
            } else {
                current[0].merge(rs);
            }
        });
        if (current[0] != null) {
            action.accept(current[0].result());
        }
    }

    /** The merge rules, applied row by row in reading order. */
    private static final class Accumulator {
        final String key;
        String doi;
        String title;
        LocalDate date;
        String type;
        String sourceTitle;
        long partners;
        long themes;
        long citations;
        BigDecimal fwci;
        String openAccess;
        int rows;

        Accumulator(ResultSet rs) throws SQLException {
            key = rs.getString(1);
            doi = rs.getString(2);
            title = rs.getString(3);
            date = rs.getObject(4, LocalDate.class);
            type = rs.getString(5);
            sourceTitle = rs.getString(6);
            partners = rs.getLong(7);
            themes = rs.getLong(8);
            citations = rs.getLong(9);
            fwci = decimal(rs.getString(10));
            openAccess = rs.getString(11);
            rows = 1;
        }

        void merge(ResultSet rs) throws SQLException {
            LocalDate rowDate = rs.getObject(4, LocalDate.class);
            if (rowDate.isBefore(date)) {
                date = rowDate;
            }
            if (type == null) {
                type = rs.getString(5);
            }
            if (sourceTitle == null) {
                sourceTitle = rs.getString(6);
            }
            partners |= rs.getLong(7);
            themes |= rs.getLong(8);
            citations = Math.max(citations, rs.getLong(9));
            BigDecimal rowFwci = decimal(rs.getString(10));
            if (rowFwci != null && (fwci == null || rowFwci.compareTo(fwci) > 0)) {
                fwci = rowFwci;
            }
            if (openAccess == null) {
                openAccess = rs.getString(11);
            }
            rows++;
        }

        MergedPublication result() {
            return new MergedPublication(key, doi, title, date, Optional.ofNullable(type),
                    Optional.ofNullable(sourceTitle), partners, themes, citations, Optional.ofNullable(fwci),
                    Optional.ofNullable(openAccess), rows);
        }

        private static BigDecimal decimal(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }
}

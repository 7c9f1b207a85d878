package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnership.outcomes.ingest.publication.DedupeKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges a run's staged publication rows into distinct publications. The rows are read once in
 * reading order (files by name, then line), which is the order the merge rules speak of; memory
 * holds one entry per distinct publication — the dedupe keys the rules must remember.
 */
public final class PublicationMerger {

    private PublicationMerger() {
    }

    /** The distinct publications, in the order their first row was read. */
    public static List<MergedPublication> mergeAll(JdbcTemplate jdbc, long runId) {
        Map<String, Accumulator> byKey = new HashMap<>();
        List<Accumulator> inOrder = new ArrayList<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT dedupe_key, title, pub_date, pub_type, source_title,"
                    + " partners, themes, citations, fwci, open_access FROM po_publication WHERE run_id = ?"
                    + " ORDER BY file_idx, line", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            statement.setLong(1, runId);
            return statement;
        }, (ResultSet rs) -> {
            Accumulator existing = byKey.get(rs.getString(1));
            if (existing == null) {
                Accumulator first = new Accumulator(rs);
                byKey.put(first.key, first);
                inOrder.add(first);
            } else {
                existing.merge(rs);
            }
        });
        List<MergedPublication> merged = new ArrayList<>(inOrder.size());
        inOrder.forEach(a -> merged.add(a.result()));
        return merged;
    }

    /** The merge rules, applied row by row in reading order; title and venue come from the first row. */
    private static final class Accumulator {
        final String key;
        final String title;
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
            title = rs.getString(2);
            date = rs.getObject(3, LocalDate.class);
            type = rs.getString(4);
            sourceTitle = rs.getString(5);
            partners = rs.getLong(6);
            themes = rs.getLong(7);
            citations = rs.getLong(8);
            fwci = decimal(rs.getString(9));
            openAccess = rs.getString(10);
            rows = 1;
        }

        void merge(ResultSet rs) throws SQLException {
            LocalDate rowDate = rs.getObject(3, LocalDate.class);
            if (rowDate.isBefore(date)) {
                date = rowDate;
            }
            if (type == null) {
                type = rs.getString(4);
            }
            if (sourceTitle == null) {
                sourceTitle = rs.getString(5);
            }
            partners |= rs.getLong(6);
            themes |= rs.getLong(7);
            citations = Math.max(citations, rs.getLong(8));
            BigDecimal rowFwci = decimal(rs.getString(9));
            if (rowFwci != null && (fwci == null || rowFwci.compareTo(fwci) > 0)) {
                fwci = rowFwci;
            }
            if (openAccess == null) {
                openAccess = rs.getString(10);
            }
            rows++;
        }

        MergedPublication result() {
            return new MergedPublication(key, DedupeKey.doiOf(key), title, date, Optional.ofNullable(type),
                    Optional.ofNullable(sourceTitle), partners, themes, citations, Optional.ofNullable(fwci),
                    Optional.ofNullable(openAccess), rows);
        }

        private static BigDecimal decimal(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }
}

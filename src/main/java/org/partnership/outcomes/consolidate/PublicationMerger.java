package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnership.outcomes.Progress;
import org.partnership.outcomes.ingest.publication.DedupeKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges a run's staged publication rows into distinct publications, in one pass over staging.
 * Where the rules speak of reading order (files by name, then line) each row's position decides,
 * so the rows may arrive in any order and no database sort is needed. Memory holds one entry per
 * distinct publication: the dedupe keys the rules must remember.
 */
public final class PublicationMerger {

    private PublicationMerger() {
    }

    /** The distinct publications, in the reading order of their first row. */
    public static List<MergedPublication> mergeAll(JdbcTemplate jdbc, long runId) {
        Map<String, Accumulator> byKey = new HashMap<>();
        Progress progress = new Progress("publication rows merged");
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT dedupe_key, title, pub_date, pub_type, source_title,"
                    + " partners, themes, citations, fwci, open_access, file_idx, line FROM po_publication"
                    + " WHERE run_id = ?", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            statement.setLong(1, runId);
            return statement;
        }, (ResultSet rs) -> {
            progress.tick();
            Accumulator existing = byKey.get(rs.getString(1));
            if (existing == null) {
                Accumulator first = new Accumulator(rs);
                byKey.put(first.key, first);
            } else {
                existing.merge(rs);
            }
        });
        List<Accumulator> inOrder = new ArrayList<>(byKey.values());
        inOrder.sort(Comparator.comparingLong(a -> a.firstPosition));
        List<MergedPublication> merged = new ArrayList<>(inOrder.size());
        inOrder.forEach(a -> merged.add(a.result()));
        return merged;
    }

    /** A row's place in reading order: its file's position, then its line. */
    private static long position(ResultSet rs) throws SQLException {
        return ((long) rs.getInt(11) << 40) | rs.getLong(12);
    }

    /**
     * The merge rules: themes and partners unioned, highest citations and fwci, earliest date; the
     * title, type, venue and open-access status of the first row in reading order that has one.
     */
    private static final class Accumulator {
        final String key;
        long firstPosition;
        String title;
        LocalDate date;
        Positioned type;
        Positioned sourceTitle;
        long partners;
        long themes;
        long citations;
        BigDecimal fwci;
        Positioned openAccess;
        int rows;

        Accumulator(ResultSet rs) throws SQLException {
            key = rs.getString(1);
            firstPosition = position(rs);
            title = rs.getString(2);
            date = rs.getObject(3, LocalDate.class);
            type = Positioned.of(rs.getString(4), firstPosition);
            sourceTitle = Positioned.of(rs.getString(5), firstPosition);
            partners = rs.getLong(6);
            themes = rs.getLong(7);
            citations = rs.getLong(8);
            fwci = decimal(rs.getString(9));
            openAccess = Positioned.of(rs.getString(10), firstPosition);
            rows = 1;
        }

        void merge(ResultSet rs) throws SQLException {
            long position = position(rs);
            if (position < firstPosition) {
                firstPosition = position;
                title = rs.getString(2);
            }
            LocalDate rowDate = rs.getObject(3, LocalDate.class);
            if (rowDate.isBefore(date)) {
                date = rowDate;
            }
            type = type.earlier(rs.getString(4), position);
            sourceTitle = sourceTitle.earlier(rs.getString(5), position);
            partners |= rs.getLong(6);
            themes |= rs.getLong(7);
            citations = Math.max(citations, rs.getLong(8));
            BigDecimal rowFwci = decimal(rs.getString(9));
            if (rowFwci != null && (fwci == null || rowFwci.compareTo(fwci) > 0)) {
                fwci = rowFwci;
            }
            openAccess = openAccess.earlier(rs.getString(10), position);
            rows++;
        }

        MergedPublication result() {
            return new MergedPublication(key, DedupeKey.doiOf(key), title, date, type.value(),
                    sourceTitle.value(), partners, themes, citations, Optional.ofNullable(fwci), openAccess.value(),
                    rows);
        }

        private static BigDecimal decimal(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }

    /** A value that may be blank, and the reading position of the row it came from. */
    private record Positioned(String text, long position) {
        private static final Positioned NONE = new Positioned(null, Long.MAX_VALUE);

        static Positioned of(String text, long position) {
            return text == null ? NONE : new Positioned(text, position);
        }

        /** This value, or the other one when it is known and read earlier. */
        Positioned earlier(String other, long otherPosition) {
            return other != null && otherPosition < position ? new Positioned(other, otherPosition) : this;
        }

        Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }
}

package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnership.outcomes.Progress;
import org.partnership.outcomes.ingest.publication.DedupeKey;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.staging.Staged;

/**
 * Merges a run's staged publication rows into distinct publications, in one pass over staging.
 * Where the rules speak of reading order (files by name, then line) each row's position decides,
 * so the rows may arrive in any order and no database sort is needed. Memory holds one entry per
 * distinct publication: the dedupe keys the rules must remember.
 */
public final class PublicationMerger {

    private PublicationMerger() {
    }

    /** The distinct publications of the run's staged rows, in the reading order of their first row. */
    public static List<MergedPublication> mergeAll(StagingArea staging, InputFiles files, long runId) {
        // in the order keys are first met, which is reading order when the staging files are read in
        // file order: the sort below then finds the order made already
        Map<String, Accumulator> byKey = new LinkedHashMap<>(1 << 16);
        Progress progress = new Progress("publication rows merged");
        staging.forEachAccepted(runId, files.of(Source.PUBLICATIONS), new PublicationCodec(), row -> {
            progress.tick();
            Accumulator existing = byKey.get(row.record().dedupeKey());
            if (existing == null) {
                byKey.put(row.record().dedupeKey(), new Accumulator(row));
            } else {
                existing.merge(row);
            }
        });
        List<Accumulator> inOrder = new ArrayList<>(byKey.values());
        inOrder.sort(Comparator.comparingLong(a -> a.firstPosition));
        List<MergedPublication> merged = new ArrayList<>(inOrder.size());
        inOrder.forEach(a -> merged.add(a.result()));
        return merged;
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

        Accumulator(Staged<Publication> row) {
            Publication p = row.record();
            key = p.dedupeKey();
            firstPosition = row.position();
            title = p.title();
            date = p.date();
            type = Positioned.of(p.type(), firstPosition);
            sourceTitle = Positioned.of(p.sourceTitle(), firstPosition);
            partners = p.partners();
            themes = p.themes();
            citations = p.citations();
            fwci = p.fwci().orElse(null);
            openAccess = Positioned.of(p.openAccess(), firstPosition);
            rows = 1;
        }

        void merge(Staged<Publication> row) {
            Publication p = row.record();
            long position = row.position();
            if (position < firstPosition) {
                firstPosition = position;
                title = p.title();
            }
            if (p.date().isBefore(date)) {
                date = p.date();
            }
            type = type.earlier(p.type(), position);
            sourceTitle = sourceTitle.earlier(p.sourceTitle(), position);
            partners |= p.partners();
            themes |= p.themes();
            citations = Math.max(citations, p.citations());
            if (p.fwci().isPresent() && (fwci == null || p.fwci().get().compareTo(fwci) > 0)) {
                fwci = p.fwci().get();
            }
            openAccess = openAccess.earlier(p.openAccess(), position);
            rows++;
        }

        MergedPublication result() {
            return new MergedPublication(key, DedupeKey.doiOf(key), title, date, type.value(),
                    sourceTitle.value(), partners, themes, citations, Optional.ofNullable(fwci), openAccess.value(),
                    rows);
        }
    }

    /** A value that may be blank, and the reading position of the row it came from. */
    private record Positioned(String text, long position) {
        private static final Positioned NONE = new Positioned(null, Long.MAX_VALUE);

        static Positioned of(Optional<String> text, long position) {
            return text.isEmpty() ? NONE : new Positioned(text.get(), position);
        }

        /** This value, or the other one when it is known and read earlier. */
        Positioned earlier(Optional<String> other, long otherPosition) {
            return other.isPresent() && otherPosition < position ? new Positioned(other.get(), otherPosition) : this;
        }

        Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }
}

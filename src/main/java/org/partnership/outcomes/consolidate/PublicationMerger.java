package org.partnership.outcomes.consolidate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnership.outcomes.Progress;
import org.partnership.outcomes.ingest.publication.DedupeKey;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.partnership.outcomes.ingest.StagingArea;
import org.partnership.outcomes.ingest.publication.Publication;
import org.partnership.outcomes.ingest.publication.PublicationCodec;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.staging.StagingFile;
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

    /**
     * The distinct publications of the run's staged rows, in the reading order of their first row.
     * Each export's rows are merged on a core of their own, then the exports are folded together.
     */
    public static List<MergedPublication> mergeAll(StagingArea staging, InputFiles files, long runId) {
        List<MergedPublication> merged = new ArrayList<>();
        mergeAll(staging, files, runId, merged::add);
        return merged;
    }

    /**
     * Hands each distinct publication to {@code consumer}, in the reading order of its first row.
     * A caller that keeps only some of them lets the rest go at once: at a million rows the
     * difference is a few hundred megabytes of heap, and the collector's time with it.
     */
    public static void mergeAll(StagingArea staging, InputFiles files, long runId,
            Consumer<MergedPublication> consumer) {
        List<Map<String, Accumulator>> perFile = files.of(Source.PUBLICATIONS).parallelStream()
                .map(file -> mergeFile(staging, runId, file)).toList();
        Map<String, Accumulator> byKey = perFile.isEmpty() ? new LinkedHashMap<>() : perFile.get(0);
        for (Map<String, Accumulator> later : perFile.subList(Math.min(1, perFile.size()), perFile.size())) {
            later.forEach((key, accumulator) -> byKey.merge(key, accumulator, Accumulator::absorb));
            later.clear(); // memory is what a million rows run short of: let go of what is merged
        }
        // keys come in the order first met, files in order, so this sort (which makes reading order
        // certain) finds them sorted and takes one pass
        List<Accumulator> inOrder = new ArrayList<>(byKey.values());
        byKey.clear();
        inOrder.sort(Comparator.comparingLong(a -> a.firstPosition));
        for (int i = 0; i < inOrder.size(); i++) {
            consumer.accept(inOrder.get(i).result());
            inOrder.set(i, null);
        }
    }

    private static Map<String, Accumulator> mergeFile(StagingArea staging, long runId, InputFile file) {
        Map<String, Accumulator> byKey = new LinkedHashMap<>(1 << 16);
        Progress progress = new Progress("publication rows merged from " + file.name());
        StagingFile.forEach(staging.accepted(runId, file), new PublicationCodec(), row -> {
            progress.tick();
            Accumulator one = new Accumulator(row);
            Accumulator existing = byKey.putIfAbsent(one.key, one);
            if (existing != null) {
                existing.absorb(one);
            }
        });
        return byKey;
    }

    /**
     * The merge rules: themes and partners unioned, highest citations and fwci, earliest date; the
     * title, type, venue and open-access status of the first row in reading order that has one.
     * A date that places the publication in a quarter (a day or a month) wins over a year alone,
     * whatever its order; among dates of the same span the finer wins. A million rows make hundreds
     * of thousands of these at once, so they hold plain fields: each optional value with the
     * reading position of the row it came from, the date's precision as a byte.
     */
    private static final class Accumulator {
        final String key;
        long firstPosition;
        String title;
        long epochDay;
        byte precision;
        int dateSource;
        String type;
        long typeAt;
        String sourceTitle;
        long sourceTitleAt;
        String openAccess;
        long openAccessAt;
        long partners;
        long themes;
        long citations;
        BigDecimal fwci;
        int rows;

        Accumulator(Staged<Publication> row) {
            Publication p = row.record();
            key = p.dedupeKey();
            firstPosition = row.position();
            title = p.title();
            epochDay = p.date().toEpochDay();
            precision = p.precision().code();
            dateSource = row.fileIndex();
            type = p.type().orElse(null);
            typeAt = type == null ? Long.MAX_VALUE : firstPosition;
            sourceTitle = p.sourceTitle().orElse(null);
            sourceTitleAt = sourceTitle == null ? Long.MAX_VALUE : firstPosition;
            openAccess = p.openAccess().orElse(null);
            openAccessAt = openAccess == null ? Long.MAX_VALUE : firstPosition;
            partners = p.partners();
            themes = p.themes();
            citations = p.citations();
            fwci = p.fwci().orElse(null);
            rows = 1;
        }

        /** Merges in the rows another accumulator holds; returns this one. */
        Accumulator absorb(Accumulator other) {
            if (other.firstPosition < firstPosition) {
                firstPosition = other.firstPosition;
                title = other.title;
            }
            if (isBetterDate(other)) {
                epochDay = other.epochDay;
                precision = other.precision;
                dateSource = other.dateSource;
            }
            if (other.typeAt < typeAt) { // a known value read earlier
                type = other.type;
                typeAt = other.typeAt;
            }
            if (other.sourceTitleAt < sourceTitleAt) {
                sourceTitle = other.sourceTitle;
                sourceTitleAt = other.sourceTitleAt;
            }
            if (other.openAccessAt < openAccessAt) {
                openAccess = other.openAccess;
                openAccessAt = other.openAccessAt;
            }
            partners |= other.partners;
            themes |= other.themes;
            citations = Math.max(citations, other.citations);
            if (other.fwci != null && (fwci == null || other.fwci.compareTo(fwci) > 0)) {
                fwci = other.fwci;
            }
            rows += other.rows;
            return this;
        }

        /** A date that places the record in a quarter, then the earliest, then the finer; on a tie, this one. */
        private boolean isBetterDate(Accumulator other) {
            boolean placed = DatePrecision.ofCode(precision).placesInQuarter();
            if (DatePrecision.ofCode(other.precision).placesInQuarter() != placed) {
                return !placed;
            }
            if (other.epochDay != epochDay) {
                return other.epochDay < epochDay;
            }
            return other.precision < precision;
        }

        MergedPublication result() {
            return new MergedPublication(key, DedupeKey.doiOf(key), title, LocalDate.ofEpochDay(epochDay),
                    DatePrecision.ofCode(precision), dateSource, Optional.ofNullable(type),
                    Optional.ofNullable(sourceTitle), partners, themes, Math.max(0, citations),
                    Optional.ofNullable(fwci), Optional.ofNullable(openAccess), rows);
        }
    }
}

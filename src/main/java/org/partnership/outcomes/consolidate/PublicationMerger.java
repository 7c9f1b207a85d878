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
import org.partnership.outcomes.config.Enrichment;
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
 *
 * <p>When files of different kinds (the CRIS, a bibliographic database) hold the same publication,
 * each of the date, citations, FWCI and open-access status comes from the kind that
 * {@code partnership.yml}'s {@code enrichment} ranks first for it, among the rows that give one;
 * among rows of the same rank the rules of REQUIREMENTS §4 decide, so a run of one kind merges
 * exactly as they say.
 */
public final class PublicationMerger {

    private PublicationMerger() {
    }

    /** What one publication export gave the distinct publications (docs/metrics.md, "Enrichment"). */
    public record Contribution(InputFile file, long contributed, long enriched, long alone) {
    }

    /**
     * The distinct publications of the run's staged rows, in the reading order of their first row,
     * with the default enrichment ranking.
     */
    public static List<MergedPublication> mergeAll(StagingArea staging, InputFiles files, long runId) {
        List<MergedPublication> merged = new ArrayList<>();
        mergeAll(staging, files, runId, Enrichment.DEFAULT, merged::add);
        return merged;
    }

    /**
     * Hands each distinct publication to {@code consumer}, in the reading order of its first row,
     * and returns what each export gave them. Each export's rows are merged on a core of their
     * own, then the exports are folded together. A caller that keeps only some publications lets
     * the rest go at once: at a million rows the difference is a few hundred megabytes of heap,
     * and the collector's time with it.
     */
    public static List<Contribution> mergeAll(StagingArea staging, InputFiles files, long runId,
            Enrichment enrichment, Consumer<MergedPublication> consumer) {
        List<InputFile> exports = files.of(Source.PUBLICATIONS);
        Ranks ranks = Ranks.of(exports, enrichment);
        List<Map<String, Accumulator>> perFile = exports.parallelStream()
                .map(file -> mergeFile(staging, runId, file, ranks)).toList();
        int slots = exports.stream().mapToInt(InputFile::index).max().orElse(-1) + 1;
        long[] contributed = new long[slots];
        long[] enriched = new long[slots];
        long[] alone = new long[slots];
        for (int i = 0; i < exports.size(); i++) {
            contributed[exports.get(i).index()] = perFile.get(i).size();
        }
        Map<String, Accumulator> byKey = perFile.isEmpty() ? new LinkedHashMap<>() : perFile.get(0);
        for (Map<String, Accumulator> later : perFile.subList(Math.min(1, perFile.size()), perFile.size())) {
            later.forEach((key, accumulator) -> byKey.merge(key, accumulator, (a, b) -> a.absorb(b, ranks)));
            later.clear(); // memory is what a million rows run short of: let go of what is merged
        }
        // keys come in the order first met, files in order, so this sort (which makes reading order
        // certain) finds them sorted and takes one pass
        List<Accumulator> inOrder = new ArrayList<>(byKey.values());
        byKey.clear();
        inOrder.sort(Comparator.comparingLong(a -> a.firstPosition));
        for (int i = 0; i < inOrder.size(); i++) {
            Accumulator a = inOrder.get(i);
            a.countInto(enriched, alone);
            consumer.accept(a.result());
            inOrder.set(i, null);
        }
        return exports.stream().map(file -> new Contribution(file, contributed[file.index()],
                enriched[file.index()], alone[file.index()])).toList();
    }

    private static Map<String, Accumulator> mergeFile(StagingArea staging, long runId, InputFile file, Ranks ranks) {
        Map<String, Accumulator> byKey = new LinkedHashMap<>(1 << 16);
        Progress progress = new Progress("publication rows merged from " + file.name());
        StagingFile.forEach(staging.accepted(runId, file), new PublicationCodec(), row -> {
            progress.tick();
            Accumulator one = new Accumulator(row);
            Accumulator existing = byKey.putIfAbsent(one.key, one);
            if (existing != null) {
                existing.absorb(one, ranks);
            }
        });
        return byKey;
    }

    /** Each field's rank of each input file (by its index), from its kind of source: 0 is first. */
    private record Ranks(byte[] date, byte[] citations, byte[] fwci, byte[] openAccess) {

        static Ranks of(List<InputFile> exports, Enrichment enrichment) {
            int slots = exports.stream().mapToInt(InputFile::index).max().orElse(-1) + 1;
            Ranks ranks = new Ranks(new byte[slots], new byte[slots], new byte[slots], new byte[slots]);
            for (InputFile file : exports) {
                String kind = file.shape().sourceKind();
                ranks.date[file.index()] = (byte) Enrichment.rank(enrichment.date(), kind);
                ranks.citations[file.index()] = (byte) Enrichment.rank(enrichment.citations(), kind);
                ranks.fwci[file.index()] = (byte) Enrichment.rank(enrichment.fwci(), kind);
                ranks.openAccess[file.index()] = (byte) Enrichment.rank(enrichment.openAccess(), kind);
            }
            return ranks;
        }
    }

    /**
     * The merge rules: themes and partners unioned; each of the date, citations, FWCI and
     * open-access status from the best-ranked kind of source that gives one, and within a rank the
     * highest citations and FWCI, the earliest date and the first open-access status in reading
     * order; the title, type and venue of the first row in reading order that has one. A date that
     * places the publication in a quarter (a day or a month) wins over a year alone, whatever its
     * rank; among dates of the same rank that start on the same day the finer wins. A million rows
     * make hundreds of thousands of these at once, so they hold plain fields: each optional value
     * with the reading position or the index of the file it came from, the date's precision as a
     * byte, and the one file that holds the publication (or {@link #MANY}).
     */
    private static final class Accumulator {
        static final int NONE = -1;
        static final int MANY = -2;

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
        int citationsSource;
        BigDecimal fwci;
        int fwciSource;
        int soleFile;
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
            citationsSource = citations == Publication.UNKNOWN ? NONE : row.fileIndex();
            fwci = p.fwci().orElse(null);
            fwciSource = fwci == null ? NONE : row.fileIndex();
            soleFile = row.fileIndex();
            rows = 1;
        }

        /** Merges in the rows another accumulator holds; returns this one. On a tie this one's value stays. */
        Accumulator absorb(Accumulator other, Ranks ranks) {
            if (other.firstPosition < firstPosition) {
                firstPosition = other.firstPosition;
                title = other.title;
            }
            if (isBetterDate(other, ranks)) {
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
            if (other.openAccess != null && (openAccess == null
                    || ranks.openAccess[fileOf(other.openAccessAt)] < ranks.openAccess[fileOf(openAccessAt)]
                    || ranks.openAccess[fileOf(other.openAccessAt)] == ranks.openAccess[fileOf(openAccessAt)]
                            && other.openAccessAt < openAccessAt)) {
                openAccess = other.openAccess;
                openAccessAt = other.openAccessAt;
            }
            partners |= other.partners;
            themes |= other.themes;
            if (other.citationsSource != NONE && (citationsSource == NONE
                    || ranks.citations[other.citationsSource] < ranks.citations[citationsSource]
                    || ranks.citations[other.citationsSource] == ranks.citations[citationsSource]
                            && other.citations > citations)) {
                citations = other.citations;
                citationsSource = other.citationsSource;
            }
            if (other.fwci != null && (fwci == null || ranks.fwci[other.fwciSource] < ranks.fwci[fwciSource]
                    || ranks.fwci[other.fwciSource] == ranks.fwci[fwciSource] && other.fwci.compareTo(fwci) > 0)) {
                fwci = other.fwci;
                fwciSource = other.fwciSource;
            }
            if (other.soleFile != soleFile) {
                soleFile = MANY;
            }
            rows += other.rows;
            return this;
        }

        /** A date that places the record in a quarter, then the better-ranked source, then the earliest, then the finer. */
        private boolean isBetterDate(Accumulator other, Ranks ranks) {
            boolean placed = DatePrecision.ofCode(precision).placesInQuarter();
            if (DatePrecision.ofCode(other.precision).placesInQuarter() != placed) {
                return !placed;
            }
            if (ranks.date[other.dateSource] != ranks.date[dateSource]) {
                return ranks.date[other.dateSource] < ranks.date[dateSource];
            }
            if (other.epochDay != epochDay) {
                return other.epochDay < epochDay;
            }
            return other.precision < precision;
        }

        private static int fileOf(long position) {
            return (int) (position >>> 40);
        }

        /**
         * Counts this publication for the files it came from: alone when one file holds it; else
         * enriched for each file that gave it a field (date, citations, FWCI, open access).
         */
        void countInto(long[] enriched, long[] alone) {
            if (soleFile != MANY) {
                alone[soleFile]++;
                return;
            }
            int oaSource = openAccess == null ? NONE : fileOf(openAccessAt);
            int[] givers = {dateSource, citationsSource, fwciSource, oaSource};
            for (int i = 0; i < givers.length; i++) {
                if (givers[i] != NONE && indexOf(givers, givers[i]) == i) {
                    enriched[givers[i]]++;
                }
            }
        }

        private static int indexOf(int[] values, int value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        MergedPublication result() {
            return new MergedPublication(key, DedupeKey.doiOf(key), title, LocalDate.ofEpochDay(epochDay),
                    DatePrecision.ofCode(precision), dateSource, Optional.ofNullable(type),
                    Optional.ofNullable(sourceTitle), partners, themes, Math.max(0, citations),
                    Optional.ofNullable(fwci), Optional.ofNullable(openAccess), rows);
        }
    }
}

package org.partnership.outcomes.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.StagingFile;
import org.partnership.outcomes.staging.StagingInput;
import org.partnership.outcomes.staging.StagingOutput;

/**
 * The report's joint publications, handed from the metrics step to the report step through a file
 * in the run's work folder, in the staging format: written once, newest first, and streamed back
 * as often as a sheet needs. A restarted metrics step writes it again.
 */
public final class JointPublicationsFile {

    /** Newest first; ties by title and key, so the order never depends on the input's. */
    public static final Comparator<MergedPublication> NEWEST_FIRST = (a, b) -> {
        int order = b.date().compareTo(a.date());
        if (order == 0) {
            order = a.title().compareTo(b.title());
        }
        return order != 0 ? order : a.dedupeKey().compareTo(b.dedupeKey());
    };

    private JointPublicationsFile() {
    }

    /**
     * Sorts the list as {@link #NEWEST_FIRST} orders it. Dates are put in order by a sort of
     * primitive keys and only publications of the same day are compared as records, each day's on
     * whichever core is free: at a million rows, comparing records alone took seconds.
     */
    public static void sortNewestFirst(List<MergedPublication> publications) {
        int count = publications.size();
        long[] keys = new long[count]; // the negated day in the high half, the position in the low half
        for (int i = 0; i < count; i++) {
            keys[i] = -publications.get(i).date().toEpochDay() << 32 | i;
        }
        Arrays.sort(keys);
        MergedPublication[] sorted = new MergedPublication[count];
        List<int[]> days = new ArrayList<>(); // [start, end) of each day with more than one publication
        for (int start = 0; start < count; ) {
            int end = start;
            while (end < count && (keys[end] >> 32) == (keys[start] >> 32)) {
                sorted[end] = publications.get((int) keys[end]);
                end++;
            }
            if (end - start > 1) {
                days.add(new int[] {start, end});
            }
            start = end;
        }
        days.parallelStream().forEach(day -> Arrays.sort(sorted, day[0], day[1], NEWEST_FIRST));
        for (int i = 0; i < count; i++) {
            publications.set(i, sorted[i]);
        }
    }

    private static final int FLUSH_EVERY = 4096;

    /** Writes the publications, in the given order, replacing what the file held. */
    public static void write(List<MergedPublication> publications, Path file) throws IOException {
        Files.deleteIfExists(file);
        try (StagingFile<MergedPublication> out = StagingFile.append(file, 0, CODEC)) {
            int added = 0;
            for (MergedPublication p : publications) {
                out.add(0, 0, p);
                if (++added % FLUSH_EVERY == 0) { // a buffer of a megabyte or so, not one of the whole file
                    out.flush();
                }
            }
            out.flush();
        }
    }

    public static void forEach(Path file, Consumer<MergedPublication> action) {
        StagingFile.forEach(file, CODEC, staged -> action.accept(staged.record()));
    }

    private static final RecordCodec<MergedPublication> CODEC = new RecordCodec<>() {
        @Override
        public void write(StagingOutput out, MergedPublication p) throws IOException {
            out.writeText(p.dedupeKey());
            out.writeText(p.doi());
            out.writeText(p.title());
            out.writeDate(p.date());
            out.writeByte(p.precision().code());
            out.writeInt(p.dateSource());
            out.writeText(p.type());
            out.writeText(p.sourceTitle());
            out.writeLong(p.partners());
            out.writeLong(p.themes());
            out.writeLong(p.citations());
            out.writeDecimal(p.fwci());
            out.writeText(p.openAccess());
            out.writeInt(p.rowsMerged());
        }

        @Override
        public MergedPublication read(StagingInput in) throws IOException {
            return new MergedPublication(in.readText(), in.readText(), in.readText(), in.readDate(),
                    DatePrecision.ofCode(in.readByte()), in.readInt(), in.readOptionalText(), in.readOptionalText(), in.readLong(), in.readLong(), in.readLong(),
                    in.readOptionalDecimal(), in.readOptionalText(), in.readInt());
        }
    };
}

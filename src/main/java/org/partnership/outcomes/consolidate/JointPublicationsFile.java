package org.partnership.outcomes.consolidate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The report's joint publications, handed from the metrics step to the report step through a file
 * in the run's work folder: written once, newest first, and streamed back as often as a sheet
 * needs. A restarted metrics step writes it again.
 */
public final class JointPublicationsFile {

    /** Newest first; ties by title and key, so the order never depends on the input's. */
    public static final Comparator<MergedPublication> NEWEST_FIRST = Comparator
            .comparing(MergedPublication::date).reversed()
            .thenComparing(MergedPublication::title)
            .thenComparing(MergedPublication::dedupeKey);

    private JointPublicationsFile() {
    }

    public static void write(List<MergedPublication> publications, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (MergedPublication p : publications) {
                printer.printRecord(p.dedupeKey(), p.doi(), p.title(), p.date(), p.type().orElse(""),
                        p.sourceTitle().orElse(""), p.partners(), p.themes(), p.citations(),
                        p.fwci().map(BigDecimal::toPlainString).orElse(""), p.openAccess().orElse(""), p.rowsMerged());
            }
        }
    }

    public static void forEach(Path file, Consumer<MergedPublication> action) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                action.accept(new MergedPublication(r.get(0), r.get(1), r.get(2), LocalDate.parse(r.get(3)),
                        optional(r.get(4)), optional(r.get(5)), Long.parseLong(r.get(6)), Long.parseLong(r.get(7)),
                        Long.parseLong(r.get(8)), optional(r.get(9)).map(BigDecimal::new), optional(r.get(10)),
                        Integer.parseInt(r.get(11))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}

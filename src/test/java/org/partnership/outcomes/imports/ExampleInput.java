package org.partnership.outcomes.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.partnership.outcomes.ingest.Source;

/**
 * An input folder for one of docs/examples' configurations: the example's partnership.yml, its
 * register as downloaded in its source folder, and every other source in the job's own shape with
 * no rows, so that the register alone makes the figures.
 */
final class ExampleInput {

    private ExampleInput() {
    }

    /** {@code fxRates} is the whole of fx-rates.csv, header included. */
    static Path create(Path folder, Path example, Source source, Path register, String fxRates) {
        try {
            Files.createDirectories(folder);
            Files.copy(example, folder.resolve("partnership.yml"));
            Files.writeString(folder.resolve("fx-rates.csv"), fxRates, StandardCharsets.UTF_8);
            for (Source other : new Source[] {Source.PUBLICATIONS, Source.GRANTS, Source.PHDS}) {
                Path sourceFolder = Files.createDirectories(folder.resolve(other.location()));
                if (other == source) {
                    Files.copy(register, sourceFolder.resolve(register.getFileName()));
                } else {
                    Files.writeString(sourceFolder.resolve("none.csv"),
                            String.join(",", other.requiredColumns()) + "\n", StandardCharsets.UTF_8);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** metrics.csv by "period|theme|metric". */
    static Map<String, String> metrics(Path metricsCsv) {
        Map<String, String> metrics = new HashMap<>();
        try {
            for (String line : Files.readAllLines(metricsCsv, StandardCharsets.UTF_8)) {
                String[] f = line.split(",", -1);
                metrics.put(f[0] + "|" + f[3] + "|" + f[4], f[5]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metrics;
    }
}

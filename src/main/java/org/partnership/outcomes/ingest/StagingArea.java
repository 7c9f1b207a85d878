package org.partnership.outcomes.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where runs keep their staged records until the report is published: {@code run-<id>/} in
 * {@code <output>/.staging/}, one file of accepted records and one of rejects per source. A
 * run's folder is deleted when it publishes; only a failed run needs it, to restart.
 */
public record StagingArea(Path root) {

    public static final String FOLDER = ".staging";

    public static StagingArea in(Path output) {
        return new StagingArea(output.resolve(FOLDER));
    }

    public Path folder(long runId) {
        return root.resolve("run-" + runId);
    }

    public Path accepted(long runId, Source source) {
        return folder(runId).resolve(name(source) + ".bin");
    }

    public Path rejects(long runId, Source source) {
        return folder(runId).resolve(name(source) + "-rejects.bin");
    }

    /** Deletes one run's staged records. */
    public void drop(long runId) {
        Path folder = folder(runId);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String name(Source source) {
        return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

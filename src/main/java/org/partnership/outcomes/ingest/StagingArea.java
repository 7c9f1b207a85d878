package org.partnership.outcomes.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.partnership.outcomes.staging.RecordCodec;
import org.partnership.outcomes.staging.Staged;
import org.partnership.outcomes.staging.StagingFile;

/**
 * Where runs keep their staged records until the report is published: {@code run-<id>/} in
 * {@code <output>/.staging/}, one file of accepted records and one of rejects per input file. A
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

    /** The accepted records of one input file. */
    public Path accepted(long runId, InputFile file) {
        return folder(runId).resolve("file-" + file.index() + ".bin");
    }

    /** The rejected rows of one input file. */
    public Path rejects(long runId, InputFile file) {
        return folder(runId).resolve("file-" + file.index() + "-rejects.bin");
    }

    /** The accepted records of every file of a completed step, in reading order (files by name, then line). */
    public <T> void forEachAccepted(long runId, List<InputFile> files, RecordCodec<T> codec,
            Consumer<Staged<T>> action) {
        files.forEach(file -> StagingFile.forEach(accepted(runId, file), codec, action));
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

}

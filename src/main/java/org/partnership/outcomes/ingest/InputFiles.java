package org.partnership.outcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.FileShape;

/** The CSV files of an input folder, found and checked before anything is read. */
public record InputFiles(Path inputDir, List<InputFile> files) {

    /** The import format of each file that is not in the job's own shape. */
    public interface Formats {
        Formats NONE = (source, fileName) -> Optional.empty();

        /** The shape {@code partnership.yml} gives the file of that name in a source folder, if any. */
        Optional<FileShape> of(Source source, String fileName);

        /** The built-in format a file of a source folder is in, recognised from the file itself, if any. */
        default Optional<FileShape> detect(Source source, Path file, String displayName) {
            return Optional.empty();
        }
    }

    public InputFiles {
        files = List.copyOf(files);
    }

    /**
     * Finds every source's files (a folder's {@code *.csv} in file-name order) and checks that each
     * exists and has a header with the required columns, so that such faults stop the run before it starts.
     */
    public static InputFiles discover(Path inputDir) {
        return discover(inputDir, Formats.NONE);
    }

    /**
     * Finds and checks every source's files as {@link #discover(Path)} does; a file that an import
     * format reads is taken whatever its name ends with, and {@code publications/} takes the
     * bibliographic databases' exports as they are downloaded ({@code .tsv}, {@code .txt}), each
     * in its built-in format. Such a file in none of the shapes the job reads stops the run here.
     */
    public static InputFiles discover(Path inputDir, Formats formats) {
        if (!Files.isDirectory(inputDir)) {
            throw InputProblem.input(inputDir.toString(), "input folder not found");
        }
        List<InputFile> files = new ArrayList<>();
        for (Source source : Source.values()) {
            Path location = inputDir.resolve(source.location());
            if (!source.isFolder()) {
                if (!Files.isRegularFile(location)) {
                    throw InputProblem.input(source.location(), "file not found in the input folder " + inputDir);
                }
                files.add(new InputFile(source, files.size(), source.location(), location));
                continue;
            }
            if (!Files.isDirectory(location)) {
                if (source.isOptional() && !Files.exists(location)) {
                    continue;
                }
                throw InputProblem.input(source.location() + "/", "folder not found in the input folder " + inputDir);
            }
            List<Path> csvs;
            try (Stream<Path> listing = Files.list(location)) {
                csvs = listing.filter(p -> isInput(source, p.getFileName().toString(), formats))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw InputProblem.input(source.location() + "/", "cannot be listed: "
                        + (e instanceof java.nio.file.AccessDeniedException ? "Permission denied" : e.getMessage()));
            }
            for (Path csv : csvs) {
                if (!Files.isRegularFile(csv)) { // a folder or a pipe would be skipped, or block the run
                    throw InputProblem.input(source.location() + "/" + csv.getFileName(),
                            "not a regular file (a folder, pipe or device): move it out of " + source.location() + "/");
                }
            }
            if (csvs.isEmpty()) {
                throw InputProblem.input(source.location() + "/", "holds no CSV file");
            }
            for (Path csv : csvs) {
                String name = csv.getFileName().toString();
                String displayName = source.location() + "/" + name;
                files.add(new InputFile(source, files.size(), displayName, csv, shape(source, csv, displayName, formats)));
            }
        }
        for (InputFile f : files) {
            try {
                f.shape().open(f.path(), f.name(), f.index(), f.source().requiredColumns(), f.source().columnsRead())
                        .close();
            } catch (InputProblem problem) {
                throw f.shape() == FileShape.OWN ? withHowToMap(problem, f.source()) : problem;
            }
        }
        return new InputFiles(inputDir, files);
    }

    /** Exports as the databases name them when downloaded. */
    private static final List<String> EXPORT_ENDINGS = List.of(".tsv", ".txt");

    private static boolean isInput(Source source, String name, Formats formats) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || formats.of(source, name).isPresent()
                || source == Source.PUBLICATIONS && EXPORT_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * How a file is read: as {@code partnership.yml} says, else in the built-in format it is
     * recognised as, else in the job's own shape; a {@code .tsv} or {@code .txt} in none of them
     * is refused, saying what was expected.
     */
    private static FileShape shape(Source source, Path file, String displayName, Formats formats) {
        Optional<FileShape> shape = formats.of(source, file.getFileName().toString())
                .or(() -> formats.detect(source, file, displayName));
        if (shape.isPresent() || displayName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return shape.orElse(FileShape.OWN);
        }
        throw InputProblem.input(displayName, "is neither in the job's shape (columns "
                + String.join(", ", source.requiredColumns()) + ", ...) nor a Scopus, Web of Science or OpenAlex"
                + " export; map its columns under sources." + source.location()
                + " in partnership.yml (see docs/imports.md), or move it out of " + source.location() + "/");
    }

    /** A header without the job's columns, with how a file in another shape is read. */
    private static InputProblem withHowToMap(InputProblem problem, Source source) {
        if (!problem.reason().startsWith("required column") || !MAPPED.contains(source)) {
            return problem;
        }
        String exports = source == Source.PUBLICATIONS ? "; nor is it a Scopus, Web of Science or OpenAlex export" : "";
        return new InputProblem(problem.kind(), problem.file(), problem.line(), problem.reason() + exports
                + "; another system's file is read by mapping its columns under sources." + source.location()
                + " in partnership.yml (see docs/imports.md)");
    }

    /** The sources whose files partnership.yml can map. */
    private static final java.util.Set<Source> MAPPED = java.util.Set.of(Source.PUBLICATIONS, Source.GRANTS,
            Source.PHDS);

    public List<InputFile> of(Source source) {
        return files.stream().filter(f -> f.source() == source).toList();
    }

    /** SHA-256 of one file, hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
import java.util.Optional;
import java.util.stream.Stream;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvFile;
import org.partnership.outcomes.csv.FileShape;

/** The CSV files of an input folder, found and checked before anything is read. */
public record InputFiles(Path inputDir, List<InputFile> files) {

    /** The import format of each file that is not in the job's own shape. */
    public interface Formats {
        Formats NONE = (source, fileName) -> Optional.empty();

        Optional<FileShape> of(Source source, String fileName);
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
     * format reads is taken whatever its name ends with ({@code .tsv}, {@code .txt}).
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
                throw InputProblem.input(source.location() + "/", "folder not found in the input folder " + inputDir);
            }
            List<Path> csvs;
            try (Stream<Path> listing = Files.list(location)) {
                csvs = listing.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")
                                || formats.of(source, p.getFileName().toString()).isPresent())
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
                files.add(new InputFile(source, files.size(), source.location() + "/" + name, csv,
                        formats.of(source, name).orElse(FileShape.OWN)));
            }
        }
        files.forEach(f -> CsvFile.open(f.path(), f.name(), f.index(), f.source().requiredColumns(),
                f.source().columnsRead(), f.shape()).close());
        return new InputFiles(inputDir, files);
    }

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

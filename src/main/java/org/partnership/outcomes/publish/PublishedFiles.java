package org.partnership.outcomes.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnership.outcomes.ingest.InputFiles;

/**
 * What a run published: each file of the report folder with its SHA-256, one per line, kept with
 * the run's record in the job repository. A later run with the same identity checks the folder
 * against it before it calls the report up to date, so a file deleted or damaged by hand is
 * published again.
 */
public final class PublishedFiles {

    /** Job execution-context key of the listing. */
    public static final String KEY = "publishedFiles";

    private PublishedFiles() {
    }

    /** {@code <sha256> <relative path>} for every file under {@code report}, in path order. */
    public static String list(Path report) throws IOException {
        try (Stream<Path> paths = Files.walk(report)) {
            return paths.filter(Files::isRegularFile).sorted()
                    .map(file -> InputFiles.sha256(file) + " " + report.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.joining("\n"));
        }
    }

    /** The first file of the listing that is missing or differs, or empty when all are as published. */
    public static Optional<String> firstDifference(Path report, String listing) {
        for (String line : listing.lines().toList()) {
            int space = line.indexOf(' ');
            Path file = report.resolve(line.substring(space + 1));
            if (!Files.isRegularFile(file)) {
                return Optional.of(file + " is missing");
            }
            // run.json gains the mail's delivery record after publishing: it need only be there
            boolean changesLater = file.getFileName().toString().equals("run.json");
            if (!changesLater && !InputFiles.sha256(file).equals(line.substring(0, space))) {
                return Optional.of(file + " differs from what was published");
            }
        }
        return Optional.empty();
    }
}

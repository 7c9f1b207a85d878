package org.partnership.outcomes.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a run writes: everything goes into a work folder beside the target
 * ({@code output/.work-FY2026-27-Q2-<run>}) and is moved into place ({@code output/FY2026-27-Q2})
 * only when complete, so a failed or killed run never damages the last good report.
 */
public record OutputFolders(Path output, String slug, long runId) {

    public Path work() {
        return output.resolve(".work-" + slug + "-" + runId);
    }

    /** Files that steps hand to each other; removed before the report is published. */
    public Path scratch() {
        return work().resolve(".scratch");
    }

    public Path target() {
        return output.resolve(slug);
    }

    /** Creates the work folder if needed; a restarted step overwrites the files it writes. */
    public Path createWork() throws IOException {
        Path work = work();
        Files.createDirectories(work);
        return work;
    }

    /**
     * Moves the work folder into place: the old report is moved aside, the new one renamed in, the
     * old one deleted. Each rename is atomic on one file system.
     */
    public void publish() throws IOException {
        Path target = target();
        if (!Files.exists(work()) && Files.isDirectory(target)) { // moved in by this run before it was killed
            pointLatestAt(target);
            return;
        }
        deleteTree(scratch());
        Path aside = output.resolve(".old-" + slug + "-" + runId);
        deleteTree(aside);
        if (Files.exists(target)) {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(work(), target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(aside);
        pointLatestAt(target);
    }

    /**
     * {@code output/latest} points at the newest report: a symbolic link where the file system has
     * them, and always {@code output/latest.txt} naming the folder, which works everywhere. Reporting
     * a past quarter leaves it at a later quarter's report.
     */
    private void pointLatestAt(Path target) throws IOException {
        Path named = output.resolve("latest.txt");
        String current = Files.isRegularFile(named) ? Files.readString(named).strip() : "";
        if (isLaterQuarter(current, slug) && Files.isDirectory(output.resolve(current))) {
            return;
        }
        Files.writeString(output.resolve("latest.txt"), target.getFileName() + System.lineSeparator());
        Path link = output.resolve("latest");
        Path temporary = output.resolve(".latest-" + runId);
        try {
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, target.getFileName());
            Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Whether quarter folder {@code a} is of a later quarter than {@code b}. Labels of one shape
     * ({@code FY2026-27-Q2}, or {@code 2026-Q2}) with four-digit years sort as their quarters do;
     * labels of two shapes (the fiscal year's start changed) are not compared.
     */
    static boolean isLaterQuarter(String a, String b) {
        return a.length() == b.length() && a.startsWith("FY") == b.startsWith("FY") && a.compareTo(b) > 0;
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package org.partnership.outcomes.ingest;

import java.nio.file.Path;

/**
 * One CSV file of the run.
 *
 * @param index position among all the run's files (sources in order, files by name), for stable ordering
 * @param name the path relative to the input folder, with {@code /}, as reports name it
 */
public record InputFile(Source source, int index, String name, Path path) {
}
